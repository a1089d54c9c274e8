package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.CompositeType;
import io.github.schemaparity.model.RangeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the composite types ({@code CREATE TYPE ... AS (...)}) and range types ({@code ... AS RANGE}) of the
 * captured schemas, one query each (extension members excluded). A table's row type is not a composite type
 * here: only {@code pg_class.relkind = 'c'} types are. Options left at their default are not reported, so a
 * type written with or without them is one model value: a collation or range operator class that is the
 * subtype's default, a multirange named as PostgreSQL would name it.
 */
final class UserTypeQuery {
    private static final String EXTENSION_MEMBER = """
            EXISTS (SELECT 1 FROM pg_depend e
                    WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')""";

    /** One row per attribute, in attribute order; a type without attributes has one row of nulls. */
    private static final String COMPOSITES = """
            SELECT n.nspname, t.typname, d.description, a.attname,
                   format_type(a.atttypid, a.atttypmod) AS type,
                   CASE WHEN a.attcollation <> at.typcollation THEN %s END AS collation
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_type at ON at.oid = a.atttypid
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE t.typtype = 'c' AND n.nspname = ANY (?) AND NOT %s
            ORDER BY n.nspname, t.typname, a.attnum
            """.formatted(CatalogQuery.collationName("a.attcollation"), EXTENSION_MEMBER);

    private static final String RANGES = """
            SELECT n.nspname, t.typname, d.description, format_type(r.rngsubtype, NULL) AS subtype,
                   CASE WHEN NOT oc.opcdefault THEN
                     CASE WHEN ocn.nspname = 'pg_catalog' THEN oc.opcname ELSE ocn.nspname || '.' || oc.opcname END
                   END AS opclass,
                   CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN %s END AS collation,
                   NULLIF(r.rngcanonical, 0)::regproc::text AS canonical,
                   NULLIF(r.rngsubdiff, 0)::regproc::text AS subtype_diff,
                   %s AS multirange
            FROM pg_range r
            JOIN pg_type t ON t.oid = r.rngtypid
            JOIN pg_namespace n ON n.oid = t.typnamespace
            JOIN pg_type st ON st.oid = r.rngsubtype
            JOIN pg_opclass oc ON oc.oid = r.rngsubopc
            JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?) AND NOT %s
            """;

    /**
     * The composite and range types of some schemas.
     *
     * @param composites composite types by schema name
     * @param ranges     range types by schema name
     */
    record UserTypes(Map<String, List<CompositeType>> composites, Map<String, List<RangeType>> ranges) {
    }

    private UserTypeQuery() {
    }

    /**
     * @param serverVersion {@code server_version_num}: multiranges exist from PostgreSQL 14 (140000)
     */
    static UserTypes load(Connection connection, Array schemas, int serverVersion) throws SQLException {
        return new UserTypes(composites(connection, schemas), ranges(connection, schemas, serverVersion));
    }

    private static Map<String, List<CompositeType>> composites(Connection connection, Array schemas)
            throws SQLException {
        // schema -> type -> (comment, fields), in the query's order
        Map<String, Map<String, List<CompositeType.Field>>> fields = new LinkedHashMap<>();
        Map<String, String> comments = new HashMap<>();
        CatalogQuery.forEachRow(connection, COMPOSITES, schemas, row -> {
            String schema = row.getString("nspname");
            String name = row.getString("typname");
            List<CompositeType.Field> list = fields.computeIfAbsent(schema, s -> new LinkedHashMap<>())
                    .computeIfAbsent(name, n -> new ArrayList<>());
            comments.put(schema + "." + name, row.getString("description"));
            String attribute = row.getString("attname");
            if (attribute != null) {
                list.add(new CompositeType.Field(attribute, PgTypeNames.normalize(row.getString("type")),
                        row.getString("collation")));
            }
        });
        Map<String, List<CompositeType>> bySchema = new HashMap<>();
        fields.forEach((schema, types) -> types.forEach((name, list) -> bySchema
                .computeIfAbsent(schema, s -> new ArrayList<>())
                .add(new CompositeType(name, list, comments.get(schema + "." + name)))));
        return bySchema;
    }

    private static Map<String, List<RangeType>> ranges(Connection connection, Array schemas, int serverVersion)
            throws SQLException {
        String multirange = serverVersion >= 140000
                ? "(SELECT m.typname FROM pg_type m WHERE m.oid = r.rngmultitypid)" : "NULL::name";
        String sql = RANGES.formatted(CatalogQuery.collationName("r.rngcollation"), multirange, EXTENSION_MEMBER);
        Map<String, List<RangeType>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, sql, schemas, row -> {
            String name = row.getString("typname");
            String multi = row.getString("multirange");
            bySchema.computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>()).add(new RangeType(name,
                    PgTypeNames.normalize(row.getString("subtype")), row.getString("opclass"),
                    row.getString("collation"), row.getString("canonical"), row.getString("subtype_diff"),
                    multi == null || multi.equals(RangeType.defaultMultirange(name)) ? null : multi,
                    row.getString("description")));
        });
        return bySchema;
    }
}
