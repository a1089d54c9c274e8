package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcErrors;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.jdbc.SessionDialect;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * One side of a data comparison: a few read-only sessions that all read the same consistent snapshot
 * (on engines that cannot share a snapshot, a single session), and the way statements are run on them.
 */
final class DataSide implements AutoCloseable {
    private static final int FETCH_SIZE = 2_000;

    private final String name;
    private final JdbcSource source;
    private final DataDialect dialect;
    private final SessionDialect session;
    private final DataParityConfig config;
    private final List<ReadOnlySession> sessions;
    private final BlockingQueue<ReadOnlySession> idle;
    private final String version;
    /** Runs the side's share of work spread over its sessions (a long scan's slices), one thread per session. */
    private final ExecutorService pool;

    private DataSide(String name, JdbcSource source, DataDialect dialect, SessionDialect session,
            DataParityConfig config, List<ReadOnlySession> sessions, String version) {
        this.name = name;
        this.source = source;
        this.dialect = dialect;
        this.session = session;
        this.config = config;
        this.sessions = sessions;
        this.idle = new ArrayBlockingQueue<>(sessions.size(), false, sessions);
        this.version = version;
        this.pool = Executors.newFixedThreadPool(sessions.size(), DataComparison.daemon("schemaparity-data-" + name));
    }

    /** Opens the side's sessions and starts their shared snapshot. */
    static DataSide open(String name, JdbcSource source, DataDialect dialect, SessionDialect session,
            DataParityConfig config) {
        ReadOnlyConnector connector = ReadOnlyConnector.withConnectTimeout(config.connectTimeout());
        List<ReadOnlySession> sessions = new ArrayList<>();
        try {
            ReadOnlySession first = connector.connect(source, session);
            sessions.add(first);
            String version = first.serverVersion();
            dialect.startSnapshot(first.connection(), config.statementTimeout());
            int wanted = config.parallelism() > 0 ? config.parallelism() : dialect.defaultSessions(first.connection());
            Optional<String> snapshot = wanted > 1 ? dialect.exportSnapshot(first.connection()) : Optional.empty();
            if (snapshot.isPresent()) {
                for (int i = 1; i < wanted; i++) {
                    ReadOnlySession more = connector.connect(source, session);
                    sessions.add(more);
                    dialect.joinSnapshot(more.connection(), config.statementTimeout(), snapshot.get());
                }
            }
            return new DataSide(name, source, dialect, session, config, List.copyOf(sessions), version);
        } catch (SQLException e) {
            sessions.forEach(ReadOnlySession::close);
            throw JdbcErrors.readFailed(source, "starting a read-only snapshot on the " + name + " side", e,
                    session.errorCodes());
        } catch (RuntimeException e) {
            sessions.forEach(ReadOnlySession::close);
            throw e;
        }
    }

    /** {@code expected} or {@code actual}. */
    String name() {
        return name;
    }

    /** The server's version. */
    String version() {
        return version;
    }

    /** Where the side is. */
    JdbcSource source() {
        return source;
    }

    /** How many sessions the side has (all in one snapshot). */
    int sessions() {
        return sessions.size();
    }

    /**
     * Runs work on the side's own threads, as many at once as it has sessions, so that pieces handed in
     * together keep every session busy whatever the other side is doing.
     */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, pool);
    }

    /** Runs work on one of the side's sessions (waiting for one to be free). */
    <T> T withConnection(String what, String table, SqlWork<T> work) {
        ReadOnlySession session;
        try {
            session = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaParityException("Interrupted while " + what);
        }
        try {
            return work.run(session.connection());
        } catch (SQLException e) {
            throw failure(what, table, e);
        } finally {
            idle.add(session);
        }
    }

    /** Runs a query with a large result and hands each row, as texts, to the consumer, a batch at a time. */
    void stream(SqlQuery query, String what, String table, RowConsumer consumer) {
        run(query, what, table, FETCH_SIZE, consumer);
    }

    /**
     * Runs a query with a small result (digests: at most one row per range). Not through a cursor: the
     * server runs a statement fetched in batches without parallel workers, and a digest is a scan.
     */
    void small(SqlQuery query, String what, String table, RowConsumer consumer) {
        run(query, what, table, 0, consumer);
    }

    private void run(SqlQuery query, String what, String table, int fetchSize, RowConsumer consumer) {
        withConnection(what, table, connection -> {
            try (PreparedStatement statement = prepare(connection, query, fetchSize);
                    ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                String[] row = new String[width];
                while (rows.next()) {
                    for (int i = 0; i < width; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    consumer.accept(row);
                }
            }
            return null;
        });
    }

    /** Runs a query and returns all rows as texts (for small results only). */
    List<String[]> rows(SqlQuery query, String what, String table) {
        List<String[]> result = new ArrayList<>();
        small(query, what, table, row -> result.add(row.clone()));
        return result;
    }

    private static PreparedStatement prepare(Connection connection, SqlQuery query, int fetchSize)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(fetchSize);
        int index = 1;
        for (Object parameter : query.parameters()) {
            if (parameter instanceof String[] values) {
                Array array = connection.createArrayOf("text", values);
                statement.setArray(index++, array);
            } else {
                statement.setString(index++, (String) parameter);
            }
        }
        return statement;
    }

    private SchemaParityException failure(String what, String table, SQLException e) {
        if (dialect.isStatementTimeout(e)) {
            return new SchemaParityException("Timed out " + what + " on the " + name + " side ("
                    + source.maskedUrl() + "): one statement ran longer than schemaparity.data.statementTimeout ("
                    + readable(config.statementTimeout()) + ", the server's " + dialect.statementTimeoutSetting()
                    + "); raise it, or narrow " + (table == null ? "the tables" : table) + " with a row filter");
        }
        return JdbcErrors.readFailed(source, what + " on the " + name + " side", e,
                session.errorCodes());
    }

    private static String readable(java.time.Duration timeout) {
        long millis = timeout.toMillis();
        return millis < 1000 || millis % 1000 != 0 ? millis + " ms" : timeout.toSeconds() + " s";
    }

    @Override
    public void close() {
        pool.shutdownNow();
        sessions.forEach(ReadOnlySession::close);
    }

    /** Work on a connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Receives one row; the array is reused between rows. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(String[] row);
    }
}
