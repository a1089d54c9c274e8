package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Engine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build that is killed while it migrates (run by {@link KillTest} in a JVM of its own): starts an
 * embedded PostgreSQL candidate and runs a migration that sleeps for a minute. Prints
 * {@code MIGRATING} when the migration runs, and the one-line error it ends with.
 */
public final class SlowMigrationMain {
    private SlowMigrationMain() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("slow-migration-");
        Files.writeString(folder.resolve("V1__tables.sql"), "CREATE TABLE t (id int);");
        Files.writeString(folder.resolve("V3_5__slow.sql"), "SELECT pg_sleep(60);");
        ParityLog log = new ParityLog() {
            @Override
            public void info(String line) {
                System.out.println("[INFO] " + line);
            }

            @Override
            public void warn(String line) {
                System.out.println("[WARNING] " + line);
            }

            @Override
            public void error(String line) {
                System.out.println("[ERROR] " + line);
            }
        };
        Provisioner provisioner = new Provisioner(log, () -> new DockerStatus(false, "not asked"),
                LocalPostgresBinaries.defaults());
        try (CandidateDatabase candidate = provisioner.provision(
                ProvisionRequest.of(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).server(), "17").withProvider(ProviderChoice.EMBEDDED))) {
            System.out.println("MIGRATING");
            System.out.flush();
            new Migrator().withScriptSyntax(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).scriptSyntax())
                    .apply(new SqlFolder(folder), candidate.jdbcUrl(), candidate.user(), candidate.password());
            System.out.println("MIGRATED");
        } catch (SchemaParityException e) {
            System.out.println("[ERROR] " + e.getMessage());
            System.out.flush();
        }
    }
}
