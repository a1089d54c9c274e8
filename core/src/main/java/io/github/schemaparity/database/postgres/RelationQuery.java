package io.github.schemaparity.database.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads every table, partitioned table, view and materialized view of the captured schemas in one
 * query, with the table options the model keeps (persistence, row security, storage parameters,
 * partition key and bound).
 */
final class RelationQuery {
    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relrowsecurity,
                   c.relforcerowsecurity, c.reloptions, d.description,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   CASE WHEN c.relispartition THEN
                     (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i
                      JOIN pg_class pc ON pc.oid = i.inhparent
                      JOIN pg_namespace pn ON pn.oid = pc.relnamespace
                      WHERE i.inhrelid = c.oid) END AS partition_of,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid, true) END AS partition_bound,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_description d
              ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
            """;

    private RelationQuery() {
    }

    /** The relations of the captured schemas, keyed by oid. */
    static Map<Long, Relation> load(Connection connection, Array schemas) throws SQLException {
        Map<Long, Relation> relations = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> {
            char kind = row.getString("relkind").charAt(0);
            Relation relation = new Relation(row.getString("nspname"), row.getString("relname"), kind,
                    row.getString("description"), SqlText.normalize(row.getString("view_definition")));
            if (relation.isTable()) {
                if ("u".equals(row.getString("relpersistence"))) {
                    relation.options.put("persistence", "unlogged");
                }
                if (row.getBoolean("relrowsecurity")) {
                    relation.options.put("rowSecurity", "enabled");
                }
                if (row.getBoolean("relforcerowsecurity")) {
                    relation.options.put("forceRowSecurity", "enabled");
                }
                putIfPresent(relation, "partitionKey", row.getString("partition_key"));
                putIfPresent(relation, "partitionOf", row.getString("partition_of"));
                putIfPresent(relation, "partitionBound", SqlText.foldWhitespace(row.getString("partition_bound")));
            }
            for (String option : CatalogQuery.strings(row, "reloptions")) {
                int equals = option.indexOf('=');
                if (equals > 0) {
                    relation.options.put("storage." + option.substring(0, equals), option.substring(equals + 1));
                }
            }
            relations.put(row.getLong("oid"), relation);
        });
        return relations;
    }

    private static void putIfPresent(Relation relation, String key, String value) {
        if (value != null) {
            relation.options.put(key, value);
        }
    }
}
