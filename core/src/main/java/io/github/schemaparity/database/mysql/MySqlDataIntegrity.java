package io.github.schemaparity.database.mysql;

import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.TableShape;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The integrity checks on one MySQL/MariaDB side: orphans per foreign key (an import with
 * {@code foreign_key_checks = 0} leaves them), AUTO_INCREMENT counters not above their column, and
 * MariaDB sequences used as column defaults whose next value is already in the column.
 */
final class MySqlDataIntegrity {
    private static final int FIRST_KEYS = 5;
    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\(`([^`]+)`\\.`([^`]+)`\\)");

    private final Connection connection;
    private final List<TableShape> tables;
    private final String side;

    MySqlDataIntegrity(Connection connection, List<TableShape> tables, String side) {
        this.connection = connection;
        this.tables = tables;
        this.side = side;
    }

    List<IntegrityFinding> findings() throws SQLException {
        List<IntegrityFinding> findings = new ArrayList<>();
        if (tables.isEmpty()) {
            return findings;
        }
        List<String> schemas = tables.stream().map(TableShape::schema).distinct().toList();
        String in = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        Map<String, List<String[]>> foreignKeys = new LinkedHashMap<>();
        MySqlDataTables.query(connection, "SELECT CONSTRAINT_NAME, TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME,"
                + " REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME"
                + " FROM information_schema.KEY_COLUMN_USAGE WHERE REFERENCED_TABLE_NAME IS NOT NULL"
                + " AND TABLE_SCHEMA IN (" + in + ") ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME,"
                + " ORDINAL_POSITION", schemas,
                row -> foreignKeys.computeIfAbsent(row[1] + "." + row[2] + "." + row[0], k -> new ArrayList<>()).add(row));
        for (List<String[]> columns : foreignKeys.values()) {
            if (selected(columns.get(0)[1] + "." + columns.get(0)[2])) {
                orphans(columns, findings);
            }
        }
        MySqlDataTables.query(connection, "SELECT t.TABLE_SCHEMA, t.TABLE_NAME, t.AUTO_INCREMENT, c.COLUMN_NAME"
                + " FROM information_schema.TABLES t JOIN information_schema.COLUMNS c"
                + " ON c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME"
                + " WHERE c.EXTRA LIKE '%auto_increment%' AND t.AUTO_INCREMENT IS NOT NULL AND t.TABLE_SCHEMA IN ("
                + in + ")", schemas, row -> behind(row[0], row[1], row[3], "AUTO_INCREMENT", row[2], findings));
        MySqlDataTables.query(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT"
                + " FROM information_schema.COLUMNS WHERE COLUMN_DEFAULT LIKE '%nextval(%' AND TABLE_SCHEMA IN ("
                + in + ")", schemas, row -> {
                    Matcher sequence = NEXTVAL.matcher(row[3]);
                    if (sequence.find()) {
                        String name = MySqlDataSql.quote(sequence.group(1)) + "." + MySqlDataSql.quote(sequence.group(2));
                        String[] next = new String[1];
                        MySqlDataTables.query(connection, "SELECT CAST(next_not_cached_value AS CHAR) FROM " + name,
                                List.of(), r -> next[0] = r[0]);
                        behind(row[0], row[1], row[2], sequence.group(1) + "." + sequence.group(2), next[0], findings);
                    }
                });
        return findings;
    }

    private boolean selected(String table) {
        return tables.stream().anyMatch(t -> t.qualifiedName().equals(table));
    }

    private void orphans(List<String[]> columns, List<IntegrityFinding> findings) throws SQLException {
        String[] first = columns.get(0);
        String childName = first[1] + "." + first[2];
        String child = MySqlDataSql.quote(first[1]) + "." + MySqlDataSql.quote(first[2]);
        String parent = MySqlDataSql.quote(first[4]) + "." + MySqlDataSql.quote(first[5]);
        List<String> key = tables.stream().filter(t -> t.qualifiedName().equals(childName)).findFirst()
                .map(TableShape::key).filter(k -> !k.isEmpty())
                .orElse(columns.stream().map(c -> c[3]).toList());
        String join = columns.stream().map(c -> "p." + MySqlDataSql.quote(c[6]) + " = c." + MySqlDataSql.quote(c[3]))
                .collect(Collectors.joining(" AND "));
        String notNull = columns.stream().map(c -> "c." + MySqlDataSql.quote(c[3]) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT COUNT(*) OVER (), " + key.stream().map(k -> "CAST(c." + MySqlDataSql.quote(k) + " AS CHAR)")
                .collect(Collectors.joining(", ")) + " FROM " + child + " c WHERE " + notNull
                + " AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + join + ") ORDER BY "
                + key.stream().map(k -> "c." + MySqlDataSql.quote(k)).collect(Collectors.joining(", ")) + " LIMIT " + FIRST_KEYS;
        long[] count = {0};
        List<Map<String, String>> keys = new ArrayList<>();
        MySqlDataTables.query(connection, sql, List.of(), row -> {
            count[0] = Long.parseLong(row[0]);
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < key.size(); i++) {
                values.put(key.get(i), row[i + 1]);
            }
            keys.add(values);
        });
        if (count[0] > 0) {
            findings.add(IntegrityFinding.orphans(childName, first[0], side, count[0], keys));
        }
    }

    /** Adds a finding when {@code next}, the value the counter hands out next, is not above the column's maximum. */
    private void behind(String schema, String table, String column, String counter, String next,
            List<IntegrityFinding> findings) throws SQLException {
        if (next == null || !selected(schema + "." + table)) {
            return;
        }
        String[] max = new String[1];
        MySqlDataTables.query(connection, "SELECT CAST(MAX(" + MySqlDataSql.quote(column) + ") AS CHAR) FROM "
                + MySqlDataSql.quote(schema) + "." + MySqlDataSql.quote(table), List.of(), row -> max[0] = row[0]);
        if (max[0] != null && new java.math.BigDecimal(next).compareTo(new java.math.BigDecimal(max[0])) <= 0) {
            findings.add(IntegrityFinding.sequenceBehind(schema + "." + table, counter, side, next, max[0]));
        }
    }
}
