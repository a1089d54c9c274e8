package io.github.schemaparity.jdbc;

import io.github.schemaparity.SchemaParityException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens {@link ReadOnlySession}s, the only way SchemaParity connects to a database it compares.
 *
 * <p>On PostgreSQL a session is made read-only three times over: {@code Connection.setReadOnly(true)},
 * {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY}, and auto-commit off so that every
 * read runs in one transaction that {@link ReadOnlySession#close()} rolls back. A statement timeout
 * ({@value #STATEMENT_TIMEOUT}) and a lock timeout ({@value #LOCK_TIMEOUT}) keep a capture from
 * holding up a busy production server; {@code application_name} is {@value #APPLICATION_NAME} so a
 * DBA can see who is connected.
 *
 * <p>On MySQL and MariaDB likewise: {@code setReadOnly(true)}, {@code SET SESSION TRANSACTION READ ONLY},
 * auto-commit off and an explicit {@code START TRANSACTION READ ONLY}; the statement timeout is
 * {@code max_execution_time} (milliseconds) on MySQL and {@code max_statement_time} (seconds) on MariaDB,
 * chosen by what the server reports, not by the URL: a {@code jdbc:mysql:} URL may point at MariaDB.
 * {@code lock_wait_timeout} (metadata locks) and {@code innodb_lock_wait_timeout} are {@value #LOCK_TIMEOUT}.
 * The {@code jdbc:mysql:} URLs go through MySQL Connector/J, {@code jdbc:mariadb:} through MariaDB
 * Connector/J.
 *
 * <p>What differs between the engines is each engine's {@link SessionDialect}, which the caller passes in
 * (from the engine's support); this class holds only what every engine's session shares.
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
    public static ReadOnlySession open(JdbcSource source, SessionDialect dialect) {
        return withConnectTimeout(DEFAULT_CONNECT_TIMEOUT).connect(source, dialect);
    }

    /** A connector with another connect timeout (whole seconds, at least one). */
    public static ReadOnlyConnector withConnectTimeout(Duration connectTimeout) {
        return new ReadOnlyConnector(connectTimeout);
    }

    /**
     * Opens a read-only session.
     *
     * @param dialect the engine's session rules (from its support)
     * @throws SchemaParityException with a one-line, password-free message when the URL is wrong, the
     *                               driver is missing, or the server cannot be reached or refuses the login
     */
    public ReadOnlySession connect(JdbcSource source, SessionDialect dialect) {
        DriverFacts facts = dialect.driver();
        Driver driver = driver(facts);
        // user:password@host read by SchemaParity and handed to the driver as properties (percent-decoded)
        JdbcSource forDriver = source.forDriver();
        Connection connection;
        try {
            connection = driver.connect(forDriver.url(), connectionProperties(forDriver, dialect));
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unable to parse URL")) {
                throw invalidUrl(source, facts);
            }
            throw JdbcErrors.connectFailed(source, e, dialect.errorCodes());
        }
        if (connection == null) {
            // The driver's way of saying that it does not understand the URL.
            throw invalidUrl(source, facts);
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
                // explicit, so the read-only snapshot transaction does not rest on the session default alone
                for (String sql : dialect.transactionStart()) {
                    statement.execute(sql);
                }
                connection.setAutoCommit(false);
            }
            return new ReadOnlySession(source, source.engine(), connection, dialect);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw JdbcErrors.readFailed(source, "making the session read-only", e, dialect.errorCodes());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }

    private static SchemaParityException invalidUrl(JdbcSource source, DriverFacts facts) {
        return new SchemaParityException("Not a valid " + facts.engineName() + " JDBC URL: '" + source.maskedUrl()
                + "'; expected e.g. " + facts.exampleUrl());
    }

    /**
     * The driver, loaded from this library's class loader. Going around {@code DriverManager}
     * matters inside Maven and IDE class-loader hierarchies, where {@code DriverManager} only
     * sees drivers registered by its caller's loader.
     */
    private static Driver driver(DriverFacts facts) {
        for (ClassLoader loader : new ClassLoader[] {ReadOnlyConnector.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return (Driver) Class.forName(facts.driverClass(), true, loader).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                // try the next loader
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new SchemaParityException("Cannot load the " + facts.engineName() + " JDBC driver "
                        + facts.driverClass() + ": " + e + "; check the " + facts.driverArtifact()
                        + " version on the classpath", e);
            }
        }
        throw new SchemaParityException("No " + facts.engineName() + " JDBC driver on the classpath: add "
                + facts.driverArtifact() + " (class " + facts.driverClass() + ")");
    }

    private Properties connectionProperties(JdbcSource source, SessionDialect dialect) {
        Properties properties = new Properties();
        if (source.user() != null) {
            properties.setProperty("user", source.user());
        }
        if (source.password() != null) {
            properties.setProperty("password", source.password());
        }
        dialect.addConnectionProperties(properties, Math.max(1, connectTimeout.toSeconds()));
        return properties;
    }
}
