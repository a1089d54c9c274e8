package io.github.schemaparity.database.postgres;

import io.github.schemaparity.capture.SchemaNotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves which schemas a capture covers. */
final class SchemaQuery {
    /** Schemas an extension created come with the extension, like its other members. */
    private static final String SQL = """
            SELECT n.nspname, d.description
            FROM pg_namespace n
            LEFT JOIN pg_description d
              ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass AND d.objsubid = 0
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_namespace'::regclass AND e.objid = n.oid AND e.deptype = 'e')
            ORDER BY n.nspname
            """;

    private SchemaQuery() {
    }

    /**
     * The captured schemas with their comments, sorted by name.
     *
     * @param requested the schemas asked for; empty for every non-system schema
     * @throws SchemaNotFoundException when a requested schema does not exist
     */
    static Map<String, String> resolve(Connection connection, List<String> requested) throws SQLException {
        Map<String, String> all = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, SQL, null, row -> all.put(row.getString(1), row.getString(2)));
        Map<String, String> chosen = new LinkedHashMap<>();
        if (requested.isEmpty()) {
            all.forEach((name, comment) -> {
                if (!isSystem(name)) {
                    chosen.put(name, comment);
                }
            });
            return chosen;
        }
        for (String name : requested) {
            if (!all.containsKey(name)) {
                List<String> existing = new ArrayList<>();
                all.keySet().stream().filter(s -> !isSystem(s)).forEach(existing::add);
                throw new SchemaNotFoundException(name, existing);
            }
            chosen.put(name, all.get(name));
        }
        return chosen;
    }

    static boolean isSystem(String schema) {
        return schema.equals("pg_catalog") || schema.equals("information_schema") || schema.startsWith("pg_toast")
                || schema.startsWith("pg_temp_");
    }
}
