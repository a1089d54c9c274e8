package io.github.schemaparity.database.postgres;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the tables, columns and keys of PostgreSQL schemas in three catalog queries. */
final class PgDataTables {
    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, greatest(c.reltuples, 0)::bigint,
                   CASE WHEN c.relkind = 'r' THEN pg_relation_size(c.oid) / current_setting('block_size')::int ELSE -1 END
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname""";
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), b.typname, t.typtype,
                   a.attcollation <> 0
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
            WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            ORDER BY a.attrelid, a.attnum""";
    // the primary key, else the narrowest unique index over NOT NULL columns without expressions or predicate
    private static final String KEYS = """
            SELECT i.indrelid, i.indisprimary,
                   array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(attnum, o)
                       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.o), chr(1)),
                   bool_and_notnull
            FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL (SELECT coalesce(bool_and(a.attnotnull), false) AS bool_and_notnull
                   FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey::int2[])) nn
            WHERE i.indisunique AND i.indpred IS NULL AND i.indexprs IS NULL AND 0 <> ALL (i.indkey::int2[])
              AND n.nspname = ANY (?)
            ORDER BY i.indrelid, i.indisprimary DESC, i.indnatts, i.indexrelid""";

    private PgDataTables() {
    }

    static List<TableShape> read(Connection connection, List<String> schemas) throws SQLException {
        java.sql.Array names = connection.createArrayOf("text", schemas.toArray());
        Map<Long, String[]> tables = new LinkedHashMap<>();
        Map<Long, Long> estimates = new LinkedHashMap<>();
        Map<Long, Long> pages = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
                    estimates.put(rows.getLong(1), rows.getLong(4));
                    pages.put(rows.getLong(1), rows.getLong(5));
                }
            }
        }
        Map<Long, List<ColumnShape>> columns = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(column(rows.getString(2),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getBoolean(6)));
                }
            }
        }
        Map<Long, List<String>> keys = new LinkedHashMap<>();
        Map<Long, KeyKind> kinds = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(KEYS)) {
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long table = rows.getLong(1);
                    boolean primary = rows.getBoolean(2);
                    if (!keys.containsKey(table) && (primary || rows.getBoolean(4))) {
                        keys.put(table, Arrays.asList(rows.getString(3).split("\u0001")));
                        kinds.put(table, primary ? KeyKind.PRIMARY : KeyKind.UNIQUE);
                    }
                }
            }
        }
        List<TableShape> shapes = new ArrayList<>();
        tables.forEach((oid, name) -> shapes.add(new TableShape(name[0], name[1], columns.getOrDefault(oid, List.of()),
                keys.getOrDefault(oid, List.of()), kinds.getOrDefault(oid, KeyKind.NONE), estimates.get(oid),
                pages.get(oid))));
        return shapes;
    }

    private static ColumnShape column(String name, String type, String baseType, String typtype, boolean collatable) {
        ValueKind kind = switch (baseType) {
            case "int2", "int4", "int8" -> ValueKind.INTEGER;
            case "numeric" -> ValueKind.DECIMAL;
            case "float4", "float8" -> ValueKind.FLOAT;
            case "bytea" -> ValueKind.BINARY;
            case "timestamptz" -> ValueKind.INSTANT;
            default -> collatable ? ValueKind.TEXT : ValueKind.OTHER;
        };
        KeyOrdering ordering = "e".equals(typtype) ? KeyOrdering.TEXT_FORM
                : collatable ? KeyOrdering.BINARY : KeyOrdering.NATURAL;
        return new ColumnShape(name, type, kind, ordering);
    }
}
