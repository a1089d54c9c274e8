package io.github.schemaparity.database.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads the privileges granted on every captured table and view, as {@code grantee:PRIVILEGE} with a
 * {@code :grantable} suffix for WITH GRANT OPTION; the owner's own (implicit) grants are left out.
 */
final class PrivilegeQuery {
    private static final String SQL = """
            SELECT c.oid,
                   CASE WHEN a.grantee = 0 THEN 'public'
                        ELSE (SELECT r.rolname FROM pg_roles r WHERE r.oid = a.grantee) END AS grantee,
                   a.privilege_type, a.is_grantable
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL aclexplode(c.relacl) a
            WHERE c.relkind IN ('r', 'p', 'v', 'm') AND c.relacl IS NOT NULL AND a.grantee <> c.relowner
              AND n.nspname = ANY (?)
            """;

    private PrivilegeQuery() {
    }

    /** Adds each grant to its relation in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "oid", (relation, row) ->
                relation.privileges.add(row.getString("grantee") + ":" + row.getString("privilege_type")
                        + (row.getBoolean("is_grantable") ? ":grantable" : "")));
    }
}
