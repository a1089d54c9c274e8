package io.github.schemaparity.database.mysql;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.SqlQuery;
import io.github.schemaparity.data.TableShape;
import io.github.schemaparity.data.ValueKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB: one session per side in {@code START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY}
 * (the engines cannot share a snapshot between sessions), UTC session time zone, rows hashed by
 * {@link MySqlDataSql#rowHash} (a CRC pair when both servers are MariaDB 10.8 or later, else MD5), buckets of a
 * whole-number key as one index range scan each ({@code UNION ALL}) and a balanced {@code CASE} tree otherwise,
 * all comparisons of character keys on their bytes.
 */
public final class MySqlDataDialect implements DataDialect {
    private static final int MYSQL_EXECUTION_TIME_EXCEEDED = 3024;
    private static final int MARIADB_STATEMENT_TIME_EXCEEDED = 1969;
    /** The first MariaDB with {@code CRC32C}. */
    private static final int[] CRC32C_SINCE = {10, 8};

    private final boolean crc;

    /** The dialect before the servers are known: MD5 row hashes, which every MySQL and MariaDB has. */
    public MySqlDataDialect() {
        this(false);
    }

    private MySqlDataDialect(boolean crc) {
        this.crc = crc;
    }

    /** CRC row hashes when both servers have {@code CRC32C} (both sides must hash alike). */
    @Override
    public DataDialect forServers(String expectedVersion, String actualVersion) {
        return hasCrc32c(expectedVersion) && hasCrc32c(actualVersion) ? new MySqlDataDialect(true) : this;
    }

    static boolean hasCrc32c(String version) {
        if (version == null || !version.contains("MariaDB")) {
            return false;
        }
        // a MariaDB server may announce itself as 5.5.5-<version> to MySQL clients
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)")
                .matcher(version);
        if (!number.find()) {
            return false;
        }
        int major = Integer.parseInt(number.group(1));
        int minor = Integer.parseInt(number.group(2));
        return major > CRC32C_SINCE[0] || major == CRC32C_SINCE[0] && minor >= CRC32C_SINCE[1];
    }

    @Override
    public void startSnapshot(Connection connection, Duration statementTimeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // ends the connector's plain read-only transaction before any read, then takes the snapshot
            statement.execute("ROLLBACK");
            statement.execute("SET SESSION time_zone = '+00:00'");
            statement.execute(timeout(statement, statementTimeout));
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
        }
    }

    private static String timeout(Statement statement, Duration timeout) throws SQLException {
        String version;
        try (ResultSet row = statement.executeQuery("SELECT VERSION()")) {
            row.next();
            version = row.getString(1);
        }
        long millis = Math.max(1, timeout.toMillis());
        return version != null && version.contains("MariaDB")
                ? "SET SESSION max_statement_time = " + millis / 1000.0
                : "SET SESSION max_execution_time = " + millis;
    }

    @Override
    public Optional<String> exportSnapshot(Connection connection) {
        return Optional.empty();
    }

    @Override
    public void joinSnapshot(Connection connection, Duration statementTimeout, String snapshot) {
        throw new UnsupportedOperationException("MySQL and MariaDB sessions cannot share a snapshot");
    }

    @Override
    public List<TableShape> tables(Connection connection, List<String> schemas) throws SQLException {
        List<String> names = schemas;
        if (names.isEmpty()) {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT DATABASE()")) {
                row.next();
                names = row.getString(1) == null ? List.of() : List.of(row.getString(1));
            }
        }
        return MySqlDataTables.read(connection, names);
    }

    @Override
    public SqlQuery digests(TableShape table, String filter, KeyRange range, List<List<String>> bounds) {
        List<ColumnShape> key = table.keyColumns();
        if (!bounds.isEmpty() && key.size() == 1 && key.get(0).kind() == ValueKind.INTEGER) {
            return rangeDigests(table, filter, range, bounds);
        }
        List<Object> parameters = new ArrayList<>();
        String bucket = bounds.isEmpty() ? "0" : MySqlDataSql.bucketTree(table, bounds, 0, bounds.size(), parameters);
        String where = MySqlDataSql.where(table, range, filter, parameters);
        return new SqlQuery("SELECT " + bucket + " AS bucket, COUNT(*), CAST(SUM(" + MySqlDataSql.rowHash(table, crc)
                + ") AS CHAR) FROM " + MySqlDataSql.table(table) + where + " GROUP BY 1", parameters);
    }

    /**
     * A whole-number key's buckets as one index range scan each, joined by {@code UNION ALL}: no per-row bucket
     * expression and no temporary table to group in (together about a quarter of the server's own scan).
     */
    private SqlQuery rangeDigests(TableShape table, String filter, KeyRange range, List<List<String>> bounds) {
        List<Object> parameters = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= bounds.size(); i++) {
            KeyRange bucket = new KeyRange(i == 0 ? range.low() : bounds.get(i - 1),
                    i == bounds.size() ? range.high() : bounds.get(i));
            parts.add("SELECT " + i + ", COUNT(*), CAST(SUM(" + MySqlDataSql.rowHash(table, crc) + ") AS CHAR) FROM "
                    + MySqlDataSql.table(table) + MySqlDataSql.where(table, bucket, filter, parameters));
        }
        return new SqlQuery(String.join(" UNION ALL ", parts), parameters);
    }

    @Override
    public SqlQuery keyExtremes(TableShape table, String filter) {
        String key = MySqlDataSql.quote(table.key().get(0));
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT CAST(MIN(" + key + ") AS CHAR), CAST(MAX(" + key + ") AS CHAR) FROM "
                + MySqlDataSql.table(table) + MySqlDataSql.where(table, KeyRange.ALL, filter, parameters), parameters);
    }

    @Override
    public SqlQuery sampleKeys(TableShape table, String filter, KeyRange range, double probability, long rows) {
        List<Object> parameters = new ArrayList<>();
        String where = MySqlDataSql.where(table, range, filter, parameters);
        if (probability < 1.0) {
            where += String.format(java.util.Locale.ROOT, " AND RAND() < %.8f", probability);
        }
        return new SqlQuery("SELECT " + MySqlDataSql.keyTexts(table) + " FROM " + MySqlDataSql.table(table) + where
                + " ORDER BY " + MySqlDataSql.orderedKey(table), parameters);
    }

    @Override
    public SqlQuery rowHashes(TableShape table, String filter, KeyRange range) {
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT " + MySqlDataSql.keyTexts(table) + ", CAST(" + MySqlDataSql.rowHash(table, crc) + " AS CHAR) FROM "
                + MySqlDataSql.table(table) + MySqlDataSql.where(table, range, filter, parameters) + " ORDER BY "
                + MySqlDataSql.orderedKey(table), parameters);
    }

    @Override
    public SqlQuery columnValues(TableShape table, List<List<String>> keys, boolean values) {
        List<Object> parameters = new ArrayList<>();
        keys.forEach(parameters::addAll);
        String match = keys.stream().map(k -> "(" + table.keyColumns().stream()
                .map(c -> MySqlDataSql.ordered(c) + " = " + MySqlDataSql.parameter(c)).collect(Collectors.joining(" AND ")) + ")")
                .collect(Collectors.joining(" OR "));
        String columns = table.columns().stream().map(values ? MySqlDataSql::valueText : MySqlDataSql::valueHash)
                .collect(Collectors.joining(", "));
        return new SqlQuery("SELECT " + MySqlDataSql.keyTexts(table) + ", " + columns + " FROM " + MySqlDataSql.table(table)
                + " WHERE " + match, parameters);
    }

    @Override
    public SqlQuery hashGroups(TableShape table, String filter) {
        List<Object> parameters = new ArrayList<>();
        return new SqlQuery("SELECT CAST(" + MySqlDataSql.rowHash(table, crc) + " AS CHAR) AS h, COUNT(*) FROM "
                + MySqlDataSql.table(table) + MySqlDataSql.where(table, KeyRange.ALL, filter, parameters) + " GROUP BY 1",
                parameters);
    }

    @Override
    public List<IntegrityFinding> integrity(Connection connection, List<TableShape> tables, String side)
            throws SQLException {
        return new MySqlDataIntegrity(connection, tables, side).findings();
    }

    @Override
    public String displayKey(ColumnShape column, String keyText) {
        return MySqlDataSql.hexKey(column) && keyText != null
                ? new String(HexFormat.of().parseHex(keyText), StandardCharsets.UTF_8) : keyText;
    }

    @Override
    public boolean isStatementTimeout(SQLException error) {
        return error.getErrorCode() == MYSQL_EXECUTION_TIME_EXCEEDED
                || error.getErrorCode() == MARIADB_STATEMENT_TIME_EXCEEDED;
    }

    @Override
    public String statementTimeoutSetting() {
        return "max_statement_time (MariaDB) / max_execution_time (MySQL)";
    }
}
