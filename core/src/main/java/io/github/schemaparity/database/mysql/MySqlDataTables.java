package io.github.schemaparity.database.mysql;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.KeyKind;
import io.github.schemaparity.data.KeyOrdering;
import io.github.schemaparity.data.TableShape;
import io.github.schemaparity.data.ValueKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the base tables, columns and keys of MySQL/MariaDB databases from {@code information_schema}. */
final class MySqlDataTables {
    private MySqlDataTables() {
    }

    static List<TableShape> read(Connection connection, List<String> schemas) throws SQLException {
        if (schemas.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", Collections.nCopies(schemas.size(), "?"));
        Map<String, Long> tables = new LinkedHashMap<>();
        query(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, COALESCE(TABLE_ROWS, 0) FROM information_schema.TABLES"
                + " WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN (" + in + ") ORDER BY 1, 2", schemas,
                row -> tables.put(row[0] + "." + row[1], Long.parseLong(row[2])));
        Map<String, List<ColumnShape>> columns = new LinkedHashMap<>();
        Map<String, Boolean> notNull = new LinkedHashMap<>();
        query(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, DATA_TYPE, IS_NULLABLE,"
                + " CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN (" + in + ")"
                + " ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION", schemas, row -> {
                    columns.computeIfAbsent(row[0] + "." + row[1], k -> new ArrayList<>())
                            .add(column(row[2], row[3], row[4], row[6]));
                    notNull.put(row[0] + "." + row[1] + "." + row[2], "NO".equals(row[5]));
                });
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>();
        query(connection, "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
                + " WHERE NON_UNIQUE = 0 AND TABLE_SCHEMA IN (" + in + ") ORDER BY TABLE_SCHEMA, TABLE_NAME,"
                + " INDEX_NAME <> 'PRIMARY', INDEX_NAME, SEQ_IN_INDEX", schemas,
                row -> indexes.computeIfAbsent(row[0] + "." + row[1], k -> new LinkedHashMap<>())
                        .computeIfAbsent(row[2], k -> new ArrayList<>()).add(row[3]));
        List<TableShape> shapes = new ArrayList<>();
        for (Map.Entry<String, Long> table : tables.entrySet()) {
            String name = table.getKey();
            int dot = name.indexOf('.');
            List<String> key = List.of();
            KeyKind kind = KeyKind.NONE;
            for (Map.Entry<String, List<String>> index : indexes.getOrDefault(name, Map.of()).entrySet()) {
                boolean usable = index.getValue().stream().allMatch(c -> c != null
                        && notNull.getOrDefault(name + "." + c, false));
                if (usable && (key.isEmpty() || index.getValue().size() < key.size())) {
                    key = index.getValue();
                    kind = index.getKey().equals("PRIMARY") ? KeyKind.PRIMARY : KeyKind.UNIQUE;
                    if (kind == KeyKind.PRIMARY) {
                        break;
                    }
                }
            }
            shapes.add(new TableShape(name.substring(0, dot), name.substring(dot + 1),
                    columns.getOrDefault(name, List.of()), key, kind, table.getValue(), -1));
        }
        return shapes;
    }

    private static ColumnShape column(String name, String columnType, String dataType, String charset) {
        ValueKind kind = switch (dataType.toLowerCase(java.util.Locale.ROOT)) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint" -> ValueKind.INTEGER;
            case "decimal", "numeric" -> ValueKind.DECIMAL;
            case "float", "double", "real" -> ValueKind.FLOAT;
            case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json", "enum", "set" ->
                    ValueKind.TEXT;
            case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "bit", "geometry" ->
                    ValueKind.BINARY;
            case "timestamp" -> ValueKind.INSTANT;
            default -> ValueKind.OTHER;
        };
        KeyOrdering ordering = kind == ValueKind.TEXT || kind == ValueKind.BINARY ? KeyOrdering.BINARY
                : KeyOrdering.NATURAL;
        return new ColumnShape(name, columnType, kind, ordering, charset);
    }

    static void query(Connection connection, String sql, List<String> parameters, RowSink sink) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    sink.accept(row);
                }
            }
        }
    }

    /** Receives one row. */
    @FunctionalInterface
    interface RowSink {
        void accept(String[] row) throws SQLException;
    }
}
