package io.github.schemaparity.database.postgres;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.SqlQuery;
import io.github.schemaparity.data.TableShape;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * PostgreSQL: {@code REPEATABLE READ READ ONLY} snapshots shared with {@code pg_export_snapshot},
 * rows hashed with {@code hashtextextended} over their canonical row text, buckets by
 * {@code width_bucket} (one key column) or a {@code CASE} over row comparisons, all in {@code COLLATE "C"}.
 */
public final class PgDataDialect implements DataDialect {
    /**
     * Session settings that make every value's text form the same whatever the server's defaults:
     * instants in UTC, ISO dates and intervals, shortest exact floats, hex bytea.
     */
    private static final List<String> CANONICAL_SESSION = List.of(
            "SET TimeZone = 'UTC'", "SET DateStyle = 'ISO, YMD'", "SET IntervalStyle = 'postgres'",
            "SET extra_float_digits = 3", "SET bytea_output = 'hex'");
    /**
     * Planner settings for the digest scans. The planner takes {@code GROUP BY width_bucket(key, ...)} to have
     * as many groups as the key has values (it has about a thousand), so it sorts every row, spilling the
     * sort to disk on a large table, where hashing the few buckets in memory is the cheap plan; and with
     * that many groups assumed it would not hand partial aggregates over from parallel workers either.
     * Sorting is still done where nothing else gives the order (sampled keys, leaf rows by text key).
     */
    private static final List<String> PLANNER = List.of("SET enable_sort = off", "SET parallel_tuple_cost = 0");

    @Override
    public void startSnapshot(Connection connection, Duration statementTimeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // first in the transaction, before any query takes the snapshot
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            settings(statement, statementTimeout);
        }
    }

    @Override
    public Optional<String> exportSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT pg_export_snapshot()")) {
            row.next();
            return Optional.of(row.getString(1));
        }
    }

    /**
     * A parallel query's leader and workers ({@code max_parallel_workers_per_gather} + 1): a long table's first
     * scan is cut into TID ranges, which PostgreSQL scans without workers, so the side's sessions stand in for
     * them. At most half the connections still free (the other side may share the server), and at most
     * {@link DataParityConfig#MAX_AUTO_SESSIONS}.
     */
    @Override
    public int defaultSessions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT current_setting('max_parallel_workers_per_gather')::int,"
                        + " current_setting('max_connections')::int"
                        + " - current_setting('superuser_reserved_connections')::int"
                        + " - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int")) {
            row.next();
            int wanted = Math.max(1, row.getInt(1) + 1);
            int free = row.getInt(2);
            return Math.max(1, Math.min(DataParityConfig.MAX_AUTO_SESSIONS, Math.min(wanted, free / 2)));
        }
    }

    @Override
    public void joinSnapshot(Connection connection, Duration statementTimeout, String snapshot) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot.replace("'", "''") + "'");
            settings(statement, statementTimeout);
        }
    }

    private static void settings(Statement statement, Duration statementTimeout) throws SQLException {
        for (String sql : CANONICAL_SESSION) {
            statement.execute(sql);
        }
        for (String sql : PLANNER) {
            statement.execute(sql);
        }
        statement.execute("SET statement_timeout = '" + Math.max(1, statementTimeout.toMillis()) + "ms'");
    }

    @Override
    public List<TableShape> tables(Connection connection, List<String> schemas) throws SQLException {
        return PgDataTables.read(connection, schemas.isEmpty() ? List.of("public") : schemas);
    }

    @Override
    public SqlQuery digests(TableShape table, String filter, KeyRange range, List<List<String>> bounds) {
        List<Object> parameters = new ArrayList<>();
        String bucket = bucket(table, bounds, parameters);
        String where = PgDataSql.where(table, range, filter, parameters);
        return new SqlQuery("SELECT " + bucket + " AS bucket, count(*), sum(" + PgDataSql.rowHash(table) + ")::text FROM "
                + PgDataSql.table(table) + where + " GROUP BY 1", parameters);
    }

    private static String bucket(TableShape table, List<List<String>> bounds, List<Object> parameters) {
        if (bounds.isEmpty()) {
            return "0";
        }
        List<ColumnShape> key = table.keyColumns();
        if (key.size() == 1) {
            parameters.add(bounds.stream().map(b -> b.get(0)).toArray(String[]::new));
            return "width_bucket(" + PgDataSql.ordered(key.get(0)) + ", " + PgDataSql.arrayParameter(key.get(0)) + ")";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < bounds.size(); i++) {
            sql.append(" WHEN ").append(PgDataSql.compareKey(table, "<")).append(" THEN ").append(i);
            parameters.addAll(bounds.get(i));
        }
        return sql.append(" ELSE ").append(bounds.size()).append(" END").toString();
    }

    /** Heap block ranges, read by TID range scans (PostgreSQL 14+): sequential, no index needed. */
    @Override
    public List<String> scanSlices(TableShape table, int slices) {
        if (table.pages() < slices * 8L || slices < 2) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        long previous = 0;
        for (int i = 1; i <= slices; i++) {
            long bound = table.pages() * i / slices;
            String low = i == 1 ? null : "ctid >= '(" + previous + ",0)'::tid";
            String high = i == slices ? null : "ctid < '(" + bound + ",0)'::tid";
            conditions.add(low == null ? high : high == null ? low : low + " AND " + high);
            previous = bound;
        }
        return conditions;
    }

    @Override
    public SqlQuery keyExtremes(TableShape table, String filter) {
        String key = PgDataSql.quote(table.key().get(0));
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT min(" + key + ")::text, max(" + key + ")::text FROM " + PgDataSql.table(table)
                + PgDataSql.where(table, KeyRange.ALL, filter, parameters), parameters);
    }

    @Override
    public SqlQuery sampleKeys(TableShape table, String filter, KeyRange range, double probability, long rows) {
        List<Object> parameters = new ArrayList<>();
        String sample = "";
        String where = PgDataSql.where(table, range, filter, parameters);
        if (probability < 1.0 && range.low() == null && range.high() == null) {
            // pages rather than rows: a first cut of a large table must not cost a scan of it
            sample = String.format(java.util.Locale.ROOT, " TABLESAMPLE SYSTEM (%.6f)",
                    Math.min(100.0, probability * 400.0));
        } else if (probability < 1.0) {
            where += String.format(java.util.Locale.ROOT, " AND random() < %.8f", probability);
        }
        return new SqlQuery("SELECT " + PgDataSql.keyTexts(table) + " FROM " + PgDataSql.table(table) + sample + where
                + " ORDER BY " + PgDataSql.orderBy(table), parameters);
    }

    @Override
    public SqlQuery rowHashes(TableShape table, String filter, KeyRange range) {
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT " + PgDataSql.keyTexts(table) + ", " + PgDataSql.rowHash(table) + "::text FROM "
                + PgDataSql.table(table) + PgDataSql.where(table, range, filter, parameters) + " ORDER BY "
                + PgDataSql.orderBy(table), parameters);
    }

    @Override
    public SqlQuery columnValues(TableShape table, List<List<String>> keys, boolean values) {
        List<Object> parameters = new ArrayList<>();
        String tuple = "(" + table.keyColumns().stream().map(PgDataSql::parameter).collect(Collectors.joining(", ")) + ")";
        keys.forEach(parameters::addAll);
        String columns = table.columns().stream().map(values ? PgDataSql::valueText : PgDataSql::valueHash)
                .collect(Collectors.joining(", "));
        return new SqlQuery("SELECT " + PgDataSql.keyTexts(table) + ", " + columns + " FROM " + PgDataSql.table(table)
                + " WHERE (" + PgDataSql.orderedKey(table) + ") IN ("
                + keys.stream().map(k -> tuple).collect(Collectors.joining(", ")) + ")", parameters);
    }

    @Override
    public SqlQuery hashGroups(TableShape table, String filter) {
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT " + PgDataSql.rowHash(table) + "::text, count(*) FROM " + PgDataSql.table(table)
                + PgDataSql.where(table, KeyRange.ALL, filter, parameters) + " GROUP BY 1", parameters);
    }

    @Override
    public List<IntegrityFinding> integrity(Connection connection, List<TableShape> tables, String side)
            throws SQLException {
        return new PgDataIntegrity(connection, tables, side).findings();
    }

    @Override
    public boolean isStatementTimeout(SQLException error) {
        return "57014".equals(error.getSQLState());
    }

    @Override
    public String statementTimeoutSetting() {
        return "statement_timeout";
    }
}
