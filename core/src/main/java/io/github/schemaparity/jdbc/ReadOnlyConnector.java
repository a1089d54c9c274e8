package io.github.schemaparity.jdbc;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Opens {@link ReadOnlySession}s, the only way SchemaParity connects to a database it compares.
 *
 * <p>On PostgreSQL a session is made read-only three times over: {@code Connection.setReadOnly(true)},
 * {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY}, and an explicit
 * {@code BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY} with auto-commit off, so that every read runs
 * in one transaction, on one snapshot, that {@link ReadOnlySession#close()} rolls back. A statement timeout
 * ({@value #STATEMENT_TIMEOUT}) and a lock timeout ({@value #LOCK_TIMEOUT}) keep a capture from
 * holding up a busy production server; {@code application_name} is {@value #APPLICATION_NAME} so a
 * DBA can see who is connected.
 *
 * <p>On MySQL and MariaDB likewise: {@code setReadOnly(true)}, {@code SET SESSION TRANSACTION READ ONLY},
 * auto-commit off and an explicit {@code START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY} at
 * {@code REPEATABLE READ} (InnoDB's snapshot; MariaDB's {@code information_schema} is not transactional,
 * which {@code capture.ConsistentCapture} covers by checking that nothing changed); the statement timeout is
 * {@code max_execution_time} (milliseconds) on MySQL and {@code max_statement_time} (seconds) on MariaDB,
 * chosen by what the server reports, not by the URL: a {@code jdbc:mysql:} URL may point at MariaDB.
 * {@code lock_wait_timeout} (metadata locks) and {@code innodb_lock_wait_timeout} are {@value #LOCK_TIMEOUT}.
 * The {@code jdbc:mysql:} URLs go through MySQL Connector/J, {@code jdbc:mariadb:} through MariaDB
 * Connector/J.
 */
public final class ReadOnlyConnector {
    /** How long to wait for the server to accept the connection and log in, by default. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The longest a single catalog query may run. */
    public static final String STATEMENT_TIMEOUT = "120s";
    /** The longest a catalog query may wait for a lock (e.g. behind running DDL). */
    public static final String LOCK_TIMEOUT = "5s";
    /** Ends the session if it sits idle inside its transaction, e.g. when the tool is killed. */
    public static final String IDLE_IN_TRANSACTION_TIMEOUT = "300s";
    /** The application name the server sees. */
    public static final String APPLICATION_NAME = "schemaparity";

    private final Duration connectTimeout;

    private ReadOnlyConnector(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    /** Opens a read-only session with the default connect timeout. */
    public static ReadOnlySession open(JdbcSource source) {
        return withConnectTimeout(DEFAULT_CONNECT_TIMEOUT).connect(source);
    }

    /** A connector with another connect timeout (whole seconds, at least one). */
    public static ReadOnlyConnector withConnectTimeout(Duration connectTimeout) {
        return new ReadOnlyConnector(connectTimeout);
    }

    /**
     * Opens a read-only session.
     *
     * @throws SchemaParityException with a one-line, password-free message when the URL is wrong, the
     *                               driver is missing, or the server cannot be reached or refuses the login
     */
    public ReadOnlySession connect(JdbcSource source) {
        Engine engine = source.engine();
        Dialect dialect = Dialect.of(engine);
        Driver driver = dialect.driver();
        JdbcSource forDriver = source.forDriver();
        Connection connection;
        try {
            connection = driver.connect(forDriver.url(), dialect.connectionProperties(forDriver, connectTimeout));
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unable to parse URL")) {
                throw dialect.invalidUrl(source);
            }
            throw JdbcErrors.connectFailed(source, e);
        }
        if (connection == null) {
            // The driver's way of saying that it does not understand the URL.
            throw dialect.invalidUrl(source);
        }
        try {
            connection.setReadOnly(true);
            try (Statement statement = connection.createStatement()) {
                for (String sql : dialect.sessionSetup(statement)) {
                    statement.execute(sql);
                }
                // One snapshot for the whole capture: every catalog query sees the same committed state.
                // The session default covers transactions the driver begins after a rollback.
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                // explicit, so the read-only transaction does not rest on the session default alone
                statement.execute(dialect.beginTransaction);
                connection.setAutoCommit(false);
            }
            return new ReadOnlySession(source, engine, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw JdbcErrors.readFailed(source, "making the session read-only", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }

    /** MySQL and MariaDB: same read-only statements, different statement timeouts. */
    private static final class MySqlFamily {
        /** InnoDB's snapshot is taken here rather than at the first read. */
        static final String BEGIN = "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY";
        static final List<String> SETUP = List.of(
                "SET SESSION TRANSACTION READ ONLY",
                "SET SESSION lock_wait_timeout = " + seconds(LOCK_TIMEOUT),
                "SET SESSION innodb_lock_wait_timeout = " + seconds(LOCK_TIMEOUT));

        /** {@code max_statement_time} in seconds on MariaDB, {@code max_execution_time} in ms on MySQL. */
        static String statementTimeout(Statement statement) throws SQLException {
            String version;
            try (java.sql.ResultSet row = statement.executeQuery("SELECT VERSION()")) {
                row.next();
                version = row.getString(1);
            }
            long seconds = seconds(STATEMENT_TIMEOUT);
            return version != null && version.contains("MariaDB")
                    ? "SET SESSION max_statement_time = " + seconds
                    : "SET SESSION max_execution_time = " + seconds * 1000;
        }

        private static long seconds(String timeout) {
            return Long.parseLong(timeout.substring(0, timeout.length() - 1));
        }
    }

    /** What differs between engines when opening a session. */
    private enum Dialect {
        POSTGRESQL("PostgreSQL", "org.postgresql.Driver", "org.postgresql:postgresql",
                "jdbc:postgresql://host:5432/db", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", List.of(
                "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
                "SET statement_timeout = '" + STATEMENT_TIMEOUT + "'",
                "SET lock_timeout = '" + LOCK_TIMEOUT + "'",
                "SET idle_in_transaction_session_timeout = '" + IDLE_IN_TRANSACTION_TIMEOUT + "'",
                "SET application_name = '" + APPLICATION_NAME + "'")),
        MYSQL("MySQL", "com.mysql.cj.jdbc.Driver", "com.mysql:mysql-connector-j",
                "jdbc:mysql://host:3306/db", MySqlFamily.BEGIN, MySqlFamily.SETUP),
        MARIADB("MariaDB", "org.mariadb.jdbc.Driver", "org.mariadb.jdbc:mariadb-java-client",
                "jdbc:mariadb://host:3306/db", MySqlFamily.BEGIN, MySqlFamily.SETUP);

        private final String displayName;
        private final String driverClass;
        private final String driverArtifact;
        private final String exampleUrl;
        /** Opens the capture's one read-only, repeatable-read transaction. */
        private final String beginTransaction;
        private final List<String> sessionSetup;

        Dialect(String displayName, String driverClass, String driverArtifact, String exampleUrl,
                String beginTransaction, List<String> sessionSetup) {
            this.beginTransaction = beginTransaction;
            this.displayName = displayName;
            this.driverClass = driverClass;
            this.driverArtifact = driverArtifact;
            this.exampleUrl = exampleUrl;
            this.sessionSetup = sessionSetup;
        }

        /** The statements that make the session read-only and bounded, for the server at hand. */
        List<String> sessionSetup(Statement statement) throws SQLException {
            if (this == POSTGRESQL) {
                return sessionSetup;
            }
            List<String> setup = new java.util.ArrayList<>(sessionSetup);
            setup.add(MySqlFamily.statementTimeout(statement));
            return setup;
        }

        SchemaParityException invalidUrl(JdbcSource source) {
            return new SchemaParityException("Not a valid " + displayName + " JDBC URL: '" + source.maskedUrl()
                    + "'; expected e.g. " + exampleUrl);
        }

        static Dialect of(Engine engine) {
            return valueOf(engine.name());
        }

        /**
         * The driver, loaded from this library's class loader. Going around {@code DriverManager}
         * matters inside Maven and IDE class-loader hierarchies, where {@code DriverManager} only
         * sees drivers registered by its caller's loader.
         */
        Driver driver() {
            for (ClassLoader loader : new ClassLoader[] {ReadOnlyConnector.class.getClassLoader(),
                    Thread.currentThread().getContextClassLoader()}) {
                if (loader == null) {
                    continue;
                }
                try {
                    return (Driver) Class.forName(driverClass, true, loader).getDeclaredConstructor().newInstance();
                } catch (ClassNotFoundException e) {
                    // try the next loader
                } catch (ReflectiveOperationException | LinkageError e) {
                    throw new SchemaParityException("Cannot load the " + displayName + " JDBC driver " + driverClass
                            + ": " + e + "; check the " + driverArtifact + " version on the classpath", e);
                }
            }
            throw new SchemaParityException("No " + displayName + " JDBC driver on the classpath: add "
                    + driverArtifact + " (class " + driverClass + ")");
        }

        Properties connectionProperties(JdbcSource source, Duration connectTimeout) {
            Properties properties = new Properties();
            if (source.user() != null) {
                properties.setProperty("user", source.user());
            }
            if (source.password() != null) {
                properties.setProperty("password", source.password());
            }
            long seconds = Math.max(1, connectTimeout.toSeconds());
            // Defaults only: a property written in the URL wins, as the drivers document.
            if (this == POSTGRESQL) {
                properties.setProperty("connectTimeout", Long.toString(seconds));
                properties.setProperty("loginTimeout", Long.toString(seconds));
                properties.setProperty("ApplicationName", APPLICATION_NAME);
                // Lets the driver send the application name in the startup packet (servers 9.0+), so
                // that even the driver's own first statements are attributed to SchemaParity.
                properties.setProperty("assumeMinServerVersion", "9.0");
            } else {
                properties.setProperty("connectTimeout", Long.toString(seconds * 1000));
            }
            return properties;
        }
    }
}
