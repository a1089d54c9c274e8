package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the enum types and domains of the captured schemas in one query (extension members excluded). */
final class TypeQuery {
    private static final String SQL = """
            SELECT n.nspname, t.typname, t.typtype, d.description,
                   CASE WHEN t.typtype = 'e' THEN
                     ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
                           ORDER BY e.enumsortorder) END AS labels,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_type,
                   t.typnotnull, pg_get_expr(t.typdefaultbin, 0) AS default_expression,
                   CASE WHEN t.typtype = 'd' THEN
                     ARRAY(SELECT pg_get_constraintdef(con.oid, true) FROM pg_constraint con
                           WHERE con.contypid = t.oid AND con.contype = 'c') END AS checks,
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN %s END AS collation
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype IN ('e', 'd') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
            """.formatted(CatalogQuery.collationName("t.typcollation"));

    private TypeQuery() {
    }

    static PgCatalogQueries.Types load(Connection connection, Array schemas) throws SQLException {
        Map<String, List<EnumType>> enums = new HashMap<>();
        Map<String, List<Domain>> domains = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> {
            String schema = row.getString("nspname");
            String name = row.getString("typname");
            String comment = row.getString("description");
            if ("e".equals(row.getString("typtype"))) {
                enums.computeIfAbsent(schema, s -> new ArrayList<>())
                        .add(new EnumType(name, CatalogQuery.strings(row, "labels"), comment));
                return;
            }
            String baseType = PgTypeNames.normalize(row.getString("base_type"));
            List<String> checks = CatalogQuery.strings(row, "checks").stream()
                    .map(ConstraintQuery::checkExpression).toList();
            domains.computeIfAbsent(schema, s -> new ArrayList<>()).add(new Domain(name, baseType,
                    !row.getBoolean("typnotnull"), PgDefaults.normalize(row.getString("default_expression"), baseType),
                    checks, row.getString("collation"), comment));
        });
        return new PgCatalogQueries.Types(enums, domains);
    }
}
