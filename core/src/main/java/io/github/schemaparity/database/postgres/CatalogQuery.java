package io.github.schemaparity.database.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** Runs one catalog query, bound to the array of captured schema names, and hands each row on. */
final class CatalogQuery {
    /** Receives one row at a time. */
    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /** Receives one row with the table, view or materialized view it belongs to. */
    @FunctionalInterface
    interface RelationRowHandler {
        void accept(Relation relation, ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    /**
     * Runs {@code sql}, whose only parameter (if any) is the {@code text[]} of schema names.
     *
     * @param connection the session
     * @param sql        a SELECT
     * @param schemas    value for the parameter, or {@code null} when the query has none
     * @param handler    called once per row
     */
    static void forEachRow(Connection connection, String sql, Array schemas, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (schemas != null) {
                statement.setArray(1, schemas);
            }
            statement.setFetchSize(5_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        }
    }

    /**
     * Runs {@code sql} as {@link #forEachRow} does, handing on each row with its relation: the one in
     * {@code relations} whose oid is in column {@code oidColumn}. Rows of relations not captured are skipped.
     */
    static void forEachRelationRow(Connection connection, String sql, Array schemas, Map<Long, Relation> relations,
            String oidColumn, RelationRowHandler handler) throws SQLException {
        forEachRow(connection, sql, schemas, row -> {
            Relation relation = relations.get(row.getLong(oidColumn));
            if (relation != null) {
                handler.accept(relation, row);
            }
        });
    }

    /**
     * SQL for the name of the collation whose oid {@code oid} gives, schema-qualified unless it is one
     * of {@code pg_catalog}'s, e.g. {@code C} or {@code public.german}.
     */
    static String collationName(String oid) {
        return """
                (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || '.' || co.collname END
                   FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                  WHERE co.oid = %s)""".formatted(oid);
    }

    /** A {@code text[]} or {@code name[]} column as a list ({@code null} becomes empty). */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        // A plain loop: this runs for every index, constraint and column-privilege row (no stream per row).
        String[] strings = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            strings[i] = String.valueOf(values[i]);
        }
        return List.of(strings);
    }
}
