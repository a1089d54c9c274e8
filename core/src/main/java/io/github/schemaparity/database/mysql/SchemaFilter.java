package io.github.schemaparity.database.mysql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The captured databases as a bound {@code IN (?, ?, ...)} list, so each query runs once for all of them. */
record SchemaFilter(List<String> schemas) {

    /** Row handler of {@link #query}. */
    interface RowHandler {
        void accept(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql}, whose every {@code IN (?)} stands for the schema list, and hands each row on. */
    void query(Connection connection, String sql, RowHandler handler) throws SQLException {
        String placeholders = String.join(", ", java.util.Collections.nCopies(schemas.size(), "?"));
        String expanded = sql.replace("IN (?)", "IN (" + placeholders + ")");
        int occurrences = (sql.length() - sql.replace("IN (?)", "").length()) / "IN (?)".length();
        try (PreparedStatement statement = connection.prepareStatement(expanded)) {
            int index = 1;
            for (int i = 0; i < occurrences; i++) {
                for (String schema : schemas) {
                    statement.setString(index++, schema);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.accept(rows);
                }
            }
        }
    }
}
