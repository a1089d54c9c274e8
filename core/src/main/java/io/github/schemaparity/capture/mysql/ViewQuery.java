package io.github.schemaparity.capture.mysql;

import io.github.schemaparity.capture.postgres.SqlText;
import io.github.schemaparity.model.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Views, one query over {@code VIEWS}. The servers qualify every column with its database
 * ({@code `shop`.`orders`.`id`}); that qualifier is removed so that the same view in databases of
 * different names compares equal, then the text is normalised with {@link SqlText#normalize}.
 */
final class ViewQuery {
    private ViewQuery() {
    }

    static Map<String, List<View>> load(Connection connection, SchemaFilter schemas) throws SQLException {
        Map<String, List<View>> views = new HashMap<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION
                FROM information_schema.VIEWS
                WHERE TABLE_SCHEMA IN (?)
                """, row -> {
            String schema = row.getString(1);
            views.computeIfAbsent(schema, s -> new ArrayList<>()).add(new View(row.getString(2), false,
                    withoutOwnSchema(row.getString(3), schema), null, List.of(), List.of()));
        });
        return views;
    }

    /** {@code sql} normalised, without the {@code `schema`.} qualifier of its own database. */
    static String withoutOwnSchema(String sql, String schema) {
        if (sql == null) {
            return null;
        }
        return SqlText.normalize(sql.replace("`" + schema.replace("`", "``") + "`.", ""));
    }
}
