package io.github.schemaparity.capture.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Runs one catalog query, bound to the array of captured schema names, and hands each row on. */
final class CatalogQuery {
    /** Receives one row at a time. */
    @FunctionalInterface
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
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

    /** A {@code text[]} or {@code name[]} column as a list ({@code null} becomes empty). */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
