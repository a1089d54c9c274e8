package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.NotCompared;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists what a MySQL/MariaDB capture does not compare: every object of {@code information_schema.TABLES}
 * by its {@code TABLE_TYPE}, minus the types the model compares, so a type a server adds is named
 * rather than missed. Subpartitioning is listed by {@link PartitionQuery}.
 */
final class NotComparedQuery {
    /** The table types {@link MySqlCatalogReader} compares (tables, views, MariaDB sequences), as the servers name them. */
    static final Set<String> COMPARED = Set.of("BASE TABLE", "SYSTEM VERSIONED", "VIEW", "SYSTEM VIEW", "SEQUENCE");

    private NotComparedQuery() {
    }

    static List<NotCompared> load(Connection connection, SchemaFilter schemas) throws SQLException {
        List<NotCompared> found = new ArrayList<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES
                WHERE TABLE_SCHEMA IN (?)
                ORDER BY TABLE_SCHEMA, TABLE_NAME
                """, row -> {
            String type = row.getString(3);
            if (type != null && !COMPARED.contains(type.toUpperCase(Locale.ROOT))) {
                found.add(new NotCompared(type.toLowerCase(Locale.ROOT), row.getString(1) + "." + row.getString(2),
                        NotCompared.UNSUPPORTED));
            }
        });
        return found;
    }
}
