package io.github.schemaparity.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The SQL one engine family needs for the data comparison. Implementations build statements; the
 * generic code runs them, so every statement of a comparison is visible here and each is a read.
 *
 * <p>Result shapes are fixed: {@link #digests} returns rows {@code (bucket, rows, sum)};
 * {@link #rowHashes} returns the key texts then the row hash; {@link #columnValues} returns the key
 * texts then one text per compared column; {@link #sampleKeys} and {@link #keyExtremes} return key
 * texts. A key text is the canonical text of a key column, bound back with {@code CAST(? AS type)}.
 *
 * <p>Each engine's implementation lives in its {@code database.<engine>} package and is handed out by its
 * {@code EngineSupport#dataDialect()}; this package never looks an engine up.
 */
public interface DataDialect {

    /**
     * Prepares a fresh read-only session: canonical session settings (UTC, ISO dates, exact floats)
     * and the statement timeout, then starts the consistent read-only snapshot. Nothing is written.
     */
    void startSnapshot(Connection connection, Duration statementTimeout) throws SQLException;

    /**
     * Exports the snapshot of a session started by {@link #startSnapshot}, so that more sessions read the
     * same data; empty when the engine cannot share a snapshot (then one session per side is used).
     */
    Optional<String> exportSnapshot(Connection connection) throws SQLException;

    /**
     * How many sessions a side opens when {@link DataParityConfig#parallelism()} is 0, asked on the side's
     * first session (inside its snapshot): what the server would spend on one parallel query, within its free
     * connections. One by default (engines that cannot share a snapshot).
     */
    default int defaultSessions(Connection connection) throws SQLException {
        return 1;
    }

    /** Prepares another session like {@link #startSnapshot}, inside the exported snapshot. */
    void joinSnapshot(Connection connection, Duration statementTimeout, String snapshot) throws SQLException;

    /**
     * The dialect to use once both servers' versions are known: an engine may hash with functions only newer
     * servers have, provided both sides have them (both must compute the same hash). This one by default.
     */
    default DataDialect forServers(String expectedVersion, String actualVersion) {
        return this;
    }

    /** The base tables of the schemas, with their columns and keys. */
    List<TableShape> tables(Connection connection, List<String> schemas) throws SQLException;

    /** Digests of the rows in {@code range}, bucketed at {@code bounds} (bucket i: i bounds at or below the key). */
    SqlQuery digests(TableShape table, String filter, KeyRange range, List<List<String>> bounds);

    /**
     * Conditions that cut a full scan of the table into about {@code slices} physical pieces whose digests
     * add up (so long scans report progress and can spread over sessions); empty when the engine cannot
     * cut a scan cheaply. The last piece is open-ended, so rows in pages added since are not lost.
     */
    default List<String> scanSlices(TableShape table, int slices) {
        return List.of();
    }

    /** Smallest and largest key of a single-column {@link ValueKind#INTEGER} key (null texts when empty). */
    SqlQuery keyExtremes(TableShape table, String filter);

    /**
     * Keys in {@code range}, each kept with about {@code probability}, in binary key order; a
     * probability of 1 returns every key.
     */
    SqlQuery sampleKeys(TableShape table, String filter, KeyRange range, double probability, long rowsInRange);

    /** Key texts and row hash of every row in {@code range}. */
    SqlQuery rowHashes(TableShape table, String filter, KeyRange range);

    /**
     * For the given keys: the key texts and, per compared column, a hash of its canonical value
     * ({@code values} false) or the canonical value itself ({@code values} true).
     */
    SqlQuery columnValues(TableShape table, List<List<String>> keys, boolean values);

    /** For a table without a key: {@code (row hash, count)} groups of all its rows. */
    SqlQuery hashGroups(TableShape table, String filter);

    /** The integrity findings of one side: orphans, unvalidated constraints, disabled triggers, sequences behind. */
    List<IntegrityFinding> integrity(Connection connection, List<TableShape> tables, String side) throws SQLException;

    /** A key text as reports show it (e.g. MySQL sends text keys hex-encoded for exact comparison). */
    default String displayKey(ColumnShape column, String keyText) {
        return keyText;
    }

    /** Whether a driver error is the statement timeout firing. */
    boolean isStatementTimeout(SQLException error);

    /** The name of the setting that bounds a statement on this engine (for messages). */
    String statementTimeoutSetting();
}
