package io.github.schemaparity.database.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Reads the privileges granted on every captured table and view, as {@code grantee:PRIVILEGE} with a
 * {@code :grantable} suffix for WITH GRANT OPTION, and those granted on one of their columns as
 * {@code grantee:PRIVILEGE(column)} (the column name as stored, unquoted); the owner's own (implicit) grants
 * are left out.
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
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relacl IS NOT NULL AND a.grantee <> c.relowner
              AND n.nspname = ANY (?)
            """;

    /** Column-level grants ({@code GRANT SELECT (email) ON ...}), from {@code pg_attribute.attacl}. */
    private static final String COLUMN_SQL = """
            SELECT c.oid, at.attname,
                   CASE WHEN a.grantee = 0 THEN 'public'
                        ELSE (SELECT r.rolname FROM pg_roles r WHERE r.oid = a.grantee) END AS grantee,
                   a.privilege_type, a.is_grantable
            FROM pg_attribute at
            JOIN pg_class c ON c.oid = at.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL aclexplode(at.attacl) a
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND at.attacl IS NOT NULL AND at.attnum > 0
              AND NOT at.attisdropped AND a.grantee <> c.relowner AND n.nspname = ANY (?)
            """;

    private PrivilegeQuery() {
    }

    /** Adds each grant to its relation in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "oid", (relation, row) ->
                relation.privileges.add(row.getString("grantee") + ":" + row.getString("privilege_type")
                        + (row.getBoolean("is_grantable") ? ":grantable" : "")));
        CatalogQuery.forEachRelationRow(connection, COLUMN_SQL, schemas, relations, "oid", (relation, row) ->
                relation.privileges.add(row.getString("grantee") + ":" + row.getString("privilege_type") + "("
                        + row.getString("attname") + ")" + (row.getBoolean("is_grantable") ? ":grantable" : "")));
    }
}
