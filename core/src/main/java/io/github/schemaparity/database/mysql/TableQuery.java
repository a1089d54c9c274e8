package io.github.schemaparity.database.mysql;

import io.github.schemaparity.database.postgres.SqlText;
import io.github.schemaparity.model.Column;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Tables and their columns, two queries across all captured databases. */
final class TableQuery {
    private TableQuery() {
    }

    static Map<String, TableRows> load(Connection connection, SchemaFilter schemas, boolean mariaDb)
            throws SQLException {
        Map<String, TableRows> tables = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, ENGINE, ROW_FORMAT, TABLE_COLLATION, TABLE_COMMENT
                FROM information_schema.TABLES
                WHERE TABLE_SCHEMA IN (?) AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
                """, row -> {
            TableRows table = new TableRows(row.getString(1), row.getString(2), blankToNull(row.getString(6)),
                    MySqlTypes.charsetName(lower(row.getString(5))));
            putLower(table, "engine", row.getString(3));
            putLower(table, "rowFormat", row.getString(4));
            if (table.collation != null) {
                table.options.put("collation", table.collation);
            }
            tables.put(TableRows.key(table.schema, table.name), table);
        });
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, DATA_TYPE,
                       IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, COLLATION_NAME, COLUMN_COMMENT
                FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA IN (?)
                """, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            if (table == null) {
                return; // a view's column
            }
            String extra = row.getString(9) == null ? "" : row.getString(9);
            String lowerExtra = extra.toLowerCase(Locale.ROOT);
            String generated = null;
            String defaultValue;
            if (lowerExtra.contains("generated") && !lowerExtra.contains("default_generated")) {
                generated = SqlText.foldWhitespace(row.getString(10))
                        + (lowerExtra.contains("stored") || lowerExtra.contains("persistent") ? " STORED" : " VIRTUAL");
                defaultValue = null;
            } else {
                defaultValue = MySqlTypes.defaultValue(row.getString(8), extra, row.getString(6), mariaDb);
            }
            String collation = MySqlTypes.charsetName(lower(row.getString(11)));
            if (collation != null && collation.equals(table.collation)) {
                collation = null;
            }
            table.columns.add(new Column(row.getString(3), row.getInt(4), MySqlTypes.type(row.getString(5)),
                    "YES".equals(row.getString(7)), defaultValue,
                    lowerExtra.contains("auto_increment") ? "AUTO_INCREMENT" : null, generated, collation,
                    blankToNull(row.getString(12))));
        });
        return tables;
    }

    private static void putLower(TableRows table, String key, String value) {
        if (value != null && !value.isBlank()) {
            table.options.put(key, value.toLowerCase(Locale.ROOT));
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
