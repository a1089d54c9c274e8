package io.github.schemaparity.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.MigrationHistoryDiffer;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.testing.MariaDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history on real MariaDB 11.4: DDL there is not transactional, so a failed Flyway migration leaves a
 * failed row in production, which the read-only reader sees and the parity reports; the candidate is built
 * to production's version and lists the rest as pending, as on PostgreSQL.
 */
class MariaDbHistoryTest {
    private static final List<String> PROJECT = List.of(
            "CREATE TABLE customers (id bigint PRIMARY KEY, legacy_code varchar(20));",
            "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);",
            "CREATE INDEX orders_customer_idx ON orders (customer_id);",
            "ALTER TABLE orders ADD COLUMN notes text;",
            "ALTER TABLE customers DROP COLUMN legacy_code;");

    private static MariaDbServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = MariaDbServer.shared();
    }

    @Test
    void aFailedMigrationInProductionIsAFailedRowAndTheCandidateStopsAtItsVersion() throws Exception {
        String production = server.createDatabase("hist_prod");
        Path productionFolder = folder("production", List.of(PROJECT.get(0), PROJECT.get(1),
                // Half applied: the index is created, then the second statement fails.
                PROJECT.get(2) + "\nINSERT INTO no_such_table VALUES (1);"));
        assertThatThrownBy(() -> new Migrator().apply(FlywayMigrations.inFolders(productionFolder),
                server.url(production), server.user(), server.password()))
                .isInstanceOf(SchemaParityException.class).hasMessageContaining("V3__step.sql");
        List<AppliedMigration> productionHistory = read(production);
        assertThat(productionHistory).extracting(AppliedMigration::key, AppliedMigration::success)
                .containsExactly(tuple("1", true), tuple("2", true), tuple("3", false));

        String candidate = server.createDatabase("hist_cand");
        FlywayMigrations project = FlywayMigrations.inFolders(folder("project", PROJECT));
        Migrator migrator = new Migrator();
        List<ProjectMigration> all = migrator.pending(project, server.url(candidate), server.user(), server.password());
        VersionPlan plan = VersionPlan.of(true, io.github.schemaparity.migrate.MigrationTool.FLYWAY, productionHistory);
        int applied = plan.appliedCount(all);
        assertThat(applied).isEqualTo(3);
        migrator.apply(project, server.url(candidate), server.user(), server.password(), plan.targetFor(all, applied));
        assertThat(migrator.pending(project, server.url(candidate), server.user(), server.password()))
                .extracting(ProjectMigration::version).containsExactly("4", "5");

        // The project's V3 is the fixed script, not the one that failed in production: its checksum differs too.
        String fixed = read(candidate).get(2).checksum();
        String failed = productionHistory.get(2).checksum();
        assertThat(fixed).isNotEqualTo(failed);
        assertThat(MigrationHistoryDiffer.diff(read(candidate), productionHistory))
                .extracting(d -> d.object(), d -> d.change().name(), d -> d.attribute(), d -> d.expected(), d -> d.actual())
                .containsExactly(tuple("migration:3", "CHANGED", "success", "true", "false"),
                        tuple("migration:3", "CHANGED", "checksum", fixed, failed));
    }

    @Test
    void liquibaseHistoryIsReadFromItsUpperCaseTable() throws Exception {
        String database = server.createDatabase("hist_lb");
        Path changelog = dir.resolve("lb/src/main/resources/db/changelog/db.changelog-master.sql");
        Files.createDirectories(changelog.getParent());
        Files.writeString(changelog, """
                --liquibase formatted sql

                --changeset alice:1
                CREATE TABLE customers (id bigint PRIMARY KEY);

                --changeset bob:2
                CREATE TABLE orders (id bigint PRIMARY KEY);
                """);
        new Migrator().apply(LiquibaseChangelog.ofFile(changelog), server.url(database), server.user(),
                server.password(), new MigrationTarget.NextChangesets(1));

        assertThat(read(database)).extracting(AppliedMigration::tool, AppliedMigration::key, AppliedMigration::success)
                .containsExactly(tuple("liquibase", "1::alice::db/changelog/db.changelog-master.sql", true));
        assertThat(read(database).get(0).checksum()).startsWith("9:");
    }

    private static List<AppliedMigration> read(String database) throws SQLException {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(JdbcSource.of(server.urlWithCredentials(database)))) {
            return MigrationHistoryReader.read(session.connection(), EngineRegistry.of(Engine.MARIADB).historyQueries(), List.of(database)).rows();
        }
    }

    private Path folder(String name, List<String> scripts) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < scripts.size(); i++) {
                Files.writeString(folder.resolve("V" + (i + 1) + "__step.sql"), scripts.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
