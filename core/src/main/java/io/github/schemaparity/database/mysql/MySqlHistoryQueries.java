package io.github.schemaparity.database.mysql;

import io.github.schemaparity.history.HistoryQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** MySQL's and MariaDB's history tables: the requested databases first, then the connection's database. */
final class MySqlHistoryQueries implements HistoryQueries {
    private static final String TABLES = """
            SELECT table_schema, table_name, 1 FROM information_schema.tables
            WHERE lower(table_name) IN ('flyway_schema_history', 'databasechangelog') AND table_type = 'BASE TABLE'
              AND table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
              AND (table_schema = database() OR find_in_set(table_schema, ?) > 0)
            ORDER BY table_schema = database() DESC, table_schema, table_name
            """;

    @Override
    public List<HistoryTable> locate(Connection connection, List<String> schemas) throws SQLException {
        List<HistoryTable> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TABLES)) {
            statement.setString(1, String.join(",", schemas));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.add(new HistoryTable(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        // information_schema has no "= ANY": the requested databases go first here.
        found.sort((a, b) -> Boolean.compare(schemas.contains(b.schema()), schemas.contains(a.schema())));
        return found;
    }

    @Override
    public String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
