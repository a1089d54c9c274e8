package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.jdbc.ReadOnlyConnector.APPLICATION_NAME;
import static io.github.schemaparity.jdbc.ReadOnlyConnector.IDLE_IN_TRANSACTION_TIMEOUT;
import static io.github.schemaparity.jdbc.ReadOnlyConnector.LOCK_TIMEOUT;
import static io.github.schemaparity.jdbc.ReadOnlyConnector.STATEMENT_TIMEOUT;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.jdbc.ErrorCodes;
import io.github.schemaparity.jdbc.SessionDialect;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL read-only session: {@code SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY}, statement,
 * lock and idle-in-transaction timeouts and the application name; the transaction opens implicitly.
 * PostgreSQL's SQLStates are precise, so no vendor codes are needed.
 */
final class PgSession implements SessionDialect {
    static final DriverFacts DRIVER = new DriverFacts("PostgreSQL", "org.postgresql.Driver",
            "org.postgresql:postgresql", "postgresql", 5432, "jdbc:postgresql://host:5432/db");
    private static final List<String> SETUP = List.of(
            "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
            "SET statement_timeout = '" + STATEMENT_TIMEOUT + "'",
            "SET lock_timeout = '" + LOCK_TIMEOUT + "'",
            "SET idle_in_transaction_session_timeout = '" + IDLE_IN_TRANSACTION_TIMEOUT + "'",
            "SET application_name = '" + APPLICATION_NAME + "'");

    @Override
    public DriverFacts driver() {
        return DRIVER;
    }

    @Override
    public void addConnectionProperties(Properties properties, long connectTimeoutSeconds) {
        properties.setProperty("connectTimeout", Long.toString(connectTimeoutSeconds));
        properties.setProperty("loginTimeout", Long.toString(connectTimeoutSeconds));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        // Lets the driver send the application name in the startup packet (servers 9.0+), so
        // that even the driver's own first statements are attributed to SchemaParity.
        properties.setProperty("assumeMinServerVersion", "9.0");
    }

    @Override
    public List<String> sessionSetup(Statement statement) {
        return SETUP;
    }

    @Override
    public List<String> transactionStart() {
        return List.of("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }

    @Override
    public ErrorCodes errorCodes() {
        return ErrorCodes.NONE;
    }
}
