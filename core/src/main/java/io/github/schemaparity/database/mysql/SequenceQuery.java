package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.Sequence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MariaDB sequences ({@code CREATE SEQUENCE}, MariaDB 10.3+; MySQL has none). {@code information_schema.TABLES}
 * lists them ({@code TABLE_TYPE = 'SEQUENCE'}); their definition is the one row of the sequence itself,
 * read for all of them in one {@code SELECT ... UNION ALL ...} (a plain read, no {@code NEXTVAL}); the value
 * type is that of its {@code start_value} column ({@code bigint} before MariaDB 11.5's {@code AS <type>}).
 *
 * <p>What is compared: start, increment, minimum, maximum, cache size and cycling. The next value
 * ({@code next_not_cached_value}) is data, as a PostgreSQL sequence's last value is, and is left out.
 */
final class SequenceQuery {
    private SequenceQuery() {
    }

    static Map<String, List<Sequence>> load(Connection connection, SchemaFilter schemas) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT t.TABLE_SCHEMA, t.TABLE_NAME, c.COLUMN_TYPE
                FROM information_schema.TABLES t
                LEFT JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = t.TABLE_SCHEMA
                    AND c.TABLE_NAME = t.TABLE_NAME AND c.COLUMN_NAME = 'start_value'
                WHERE t.TABLE_SCHEMA IN (?) AND t.TABLE_TYPE = 'SEQUENCE'
                ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME
                """, row -> types.put(row.getString(1) + "\u0000" + row.getString(2),
                        row.getString(3) == null ? "bigint" : MySqlTypes.type(row.getString(3))));
        Map<String, List<Sequence>> bySchema = new HashMap<>();
        if (types.isEmpty()) {
            return bySchema;
        }
        List<String> selects = new ArrayList<>();
        for (String key : types.keySet()) {
            String[] parts = key.split("\u0000", 2);
            selects.add("SELECT " + MySqlNames.literal(parts[0]) + ", " + MySqlNames.literal(parts[1])
                    + ", start_value, increment, minimum_value, maximum_value, cache_size, cycle_option FROM "
                    + MySqlNames.ident(parts[0]) + "." + MySqlNames.ident(parts[1]));
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(String.join("\nUNION ALL\n", selects))) {
            while (row.next()) {
                String schema = row.getString(1);
                String name = row.getString(2);
                bySchema.computeIfAbsent(schema, s -> new ArrayList<>()).add(new Sequence(name,
                        types.get(schema + "\u0000" + name), row.getLong(3), row.getLong(4), row.getLong(5),
                        row.getLong(6), row.getLong(7), row.getInt(8) != 0, null));
            }
        }
        return bySchema;
    }
}
