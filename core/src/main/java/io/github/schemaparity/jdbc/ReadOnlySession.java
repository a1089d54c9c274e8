package io.github.schemaparity.jdbc;

import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * An open connection that cannot change the database: read-only at the driver, read-only at the
 * server for the whole session, with statement and lock timeouts, and inside a transaction that is
 * rolled back, never committed, when the session closes. Obtain one from {@link ReadOnlyConnector}.
 */
public final class ReadOnlySession implements AutoCloseable {
    private final JdbcSource source;
    private final Engine engine;
    private final Connection connection;
    private final SessionDialect dialect;

    ReadOnlySession(JdbcSource source, Engine engine, Connection connection, SessionDialect dialect) {
        this.dialect = dialect;
        this.source = source;
        this.engine = engine;
        this.connection = connection;
    }

    /** Where this session is connected. */
    public JdbcSource source() {
        return source;
    }

    /** The engine of the connected database. */
    /** What is engine-specific about this session (its engine's dialect). */
    public SessionDialect dialect() {
        return dialect;
    }

    public Engine engine() {
        return engine;
    }

    /**
     * The underlying connection, for catalog readers. It is owned by the session: do not close it,
     * commit it, or change its read-only or auto-commit state.
     */
    public Connection connection() {
        return connection;
    }

    /** The server's version as the driver reports it, e.g. {@code 17.2}. */
    public String serverVersion() throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion();
    }

    /** Rolls back the read-only transaction and closes the connection. */
    @Override
    public void close() {
        try (Connection closing = connection) {
            if (!closing.isClosed() && !closing.getAutoCommit()) {
                closing.rollback();
            }
        } catch (SQLException ignored) {
            // The session only read: a failed rollback or close loses nothing, and the server ends
            // the transaction when the socket goes away.
        }
    }

    @Override
    public String toString() {
        return "ReadOnlySession[" + source.maskedUrl() + "]";
    }
}
