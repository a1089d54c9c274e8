package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.ReplicaState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * lock and idle-in-transaction timeouts, the application name and no JIT compilation of queries; the
 * transaction opens implicitly.
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
            "SET application_name = '" + APPLICATION_NAME + "'",
            // The catalog fingerprint and the capture's queries over thousands of tables pass
            // jit_above_cost; compiling them costs seconds and saves nothing (SessionSettings).
            "SET jit = off");

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

    // Caught up when everything received is replayed; else the age of the last replayed commit.
    private static final String PG_SQL = """
            SELECT pg_catalog.pg_is_in_recovery(),
                   CASE WHEN NOT pg_catalog.pg_is_in_recovery() THEN NULL
                        WHEN pg_catalog.pg_last_wal_receive_lsn() = pg_catalog.pg_last_wal_replay_lsn() THEN 0
                        ELSE EXTRACT(EPOCH FROM pg_catalog.clock_timestamp() - pg_catalog.pg_last_xact_replay_timestamp())
                   END""";

    @Override
    public String catalogFingerprintQuery() {
        return PgCatalogFingerprint.SQL;
    }

    @Override
    public ReplicaState replicaState(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(PG_SQL)) {
            row.next();
            if (!row.getBoolean(1)) {
                return ReplicaState.NONE;
            }
            double lag = row.getDouble(2);
            return new ReplicaState(true, true, row.wasNull() ? null : Math.max(0, lag));
        }
    }
}
