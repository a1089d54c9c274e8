package io.github.schemaparity.jdbc;

import io.github.schemaparity.model.ReplicaState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/**
 * What differs between engines when {@link ReadOnlyConnector} opens a session: the driver, its
 * connection properties, the statements that make the session read-only and bounded, and the error codes
 * worth explaining. Implemented in each engine's package and handed to the connector by the caller.
 */
public interface SessionDialect {

    /** The engine's driver. */
    DriverFacts driver();

    /**
     * Adds the driver's connection properties: connect and login timeouts, application name. Defaults only:
     * a property written in the URL wins, as the drivers document.
     *
     * @param connectTimeoutSeconds whole seconds, at least one
     */
    void addConnectionProperties(Properties properties, long connectTimeoutSeconds);

    /**
     * The statements that make the session read-only and bounded (statement and lock timeouts), for the
     * server at hand, run with auto-commit still on.
     *
     * @param statement a statement on the new connection, to ask the server what it is where that matters
     */
    List<String> sessionSetup(Statement statement) throws SQLException;

    /** The statements that open the capture's one read-only, repeatable-read snapshot transaction. */
    List<String> transactionStart();

    /** The vendor error codes worth a specific message. */
    ErrorCodes errorCodes();

    /**
     * A one-row, one-column query whose value changes whenever DDL commits (catalog tables only, no lock
     * on a user table): equal values before and after a capture mean no DDL committed while it ran.
     */
    String catalogFingerprintQuery();

    /**
     * Whether the connected server replicates from another one, and how far behind it is;
     * {@link ReplicaState#NONE} when it is not or does not tell (no privilege to ask).
     */
    ReplicaState replicaState(Connection connection) throws SQLException;
}
