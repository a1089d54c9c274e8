package io.github.schemaparity.database.postgres;

import io.github.schemaparity.history.HistoryQueries;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's history tables: any non-system schema when no schemas are given, else the given ones and
 * the session's current schema, in that order.
 */
final class PgHistoryQueries implements HistoryQueries {
    private static final String TABLES = """
            SELECT n.nspname, c.relname, pg_catalog.has_table_privilege(c.oid, 'SELECT')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND lower(c.relname) IN ('flyway_schema_history', 'databasechangelog')
              AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
              AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?) OR n.nspname = pg_catalog.current_schema())
            ORDER BY n.nspname = ANY (?) DESC, n.nspname = pg_catalog.current_schema() DESC, n.nspname, c.relname
            """;

    @Override
    public List<HistoryTable> locate(Connection connection, List<String> schemas) throws SQLException {
        List<HistoryTable> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(1, array);
            statement.setArray(2, array);
            statement.setArray(3, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new HistoryTable(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return found;
    }

    @Override
    public String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
