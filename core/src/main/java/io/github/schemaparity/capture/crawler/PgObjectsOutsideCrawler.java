package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.capture.postgres.PgDefaults;
import io.github.schemaparity.capture.postgres.PgTypeNames;
import io.github.schemaparity.capture.postgres.SqlText;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.Routine;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SchemaCrawler's catalog has no object for on PostgreSQL, read with four small queries: schema
 * comments (and which schemas an extension created), enum types and domains (SchemaCrawler lists enum
 * labels only for types some column uses, and domains not at all), aggregates (pgjdbc's function
 * metadata, which SchemaCrawler crawls, leaves them out), and installed extensions.
 *
 * <p>These queries mirror {@code capture.postgres}'s {@code SchemaQuery}, {@code TypeQuery} and
 * {@code ExtensionQuery}, and the aggregate part of {@code RoutineQuery}, which are package-private there; once they are opened up this class should
 * call them instead.
 *
 * @param schemaComments comment of every schema not created by an extension ({@code null} values for none)
 * @param enums          enum types by schema
 * @param domains        domains by schema
 * @param aggregates     aggregate functions by schema
 * @param extensions     installed extensions but {@code plpgsql}
 */
record PgObjectsOutsideCrawler(Map<String, String> schemaComments, Map<String, List<EnumType>> enums,
        Map<String, List<Domain>> domains, Map<String, List<Routine>> aggregates, List<Extension> extensions) {

    private static final String SCHEMAS = """
            SELECT n.nspname, pg_catalog.obj_description(n.oid, 'pg_namespace')
            FROM pg_catalog.pg_namespace n
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_namespace'::regclass
                              AND e.objid = n.oid AND e.deptype = 'e')
            """;

    private static final String TYPES = """
            SELECT n.nspname, t.typname, t.typtype, pg_catalog.obj_description(t.oid, 'pg_type') AS description,
                   ARRAY(SELECT e.enumlabel::text FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder) AS labels,
                   CASE WHEN t.typtype = 'd' THEN pg_catalog.format_type(t.typbasetype, t.typtypmod) END AS base_type,
                   t.typnotnull, pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_expression,
                   ARRAY(SELECT pg_catalog.pg_get_constraintdef(con.oid, true) FROM pg_catalog.pg_constraint con
                         WHERE con.contypid = t.oid AND con.contype = 'c') AS checks,
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN
                     (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname ELSE cn.nspname || '.' || co.collname END
                      FROM pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                      WHERE co.oid = t.typcollation) END AS collation
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            WHERE t.typtype IN ('e', 'd') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_type'::regclass
                              AND e.objid = t.oid AND e.deptype = 'e')
            """;

    private static final String AGGREGATES = """
            SELECT n.nspname, p.proname,
                   ARRAY(SELECT pg_catalog.format_type(u.t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, o)
                         ORDER BY u.o) AS argument_types,
                   pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
                   pg_catalog.pg_get_function_result(p.oid) AS result, l.lanname,
                   'sfunc=' || ag.aggtransfn::text || ', stype=' || pg_catalog.format_type(ag.aggtranstype, NULL)
                     || CASE WHEN ag.aggfinalfn::oid <> 0 THEN ', finalfunc=' || ag.aggfinalfn::text ELSE '' END
                     || coalesce(', initcond=' || ag.agginitval, '') AS body,
                   p.provolatile, p.proisstrict, p.prosecdef, pg_catalog.obj_description(p.oid, 'pg_proc') AS description
            FROM pg_catalog.pg_proc p
            JOIN pg_catalog.pg_aggregate ag ON ag.aggfnoid = p.oid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_catalog.pg_language l ON l.oid = p.prolang
            WHERE p.prokind = 'a' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_proc'::regclass
                              AND e.objid = p.oid AND e.deptype = 'e')
            """;

    private static final String EXTENSIONS = """
            SELECT e.extname, e.extversion, n.nspname
            FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            """;

    /** Reads all of it; {@code schemas} limits the types to the captured schemas. */
    static PgObjectsOutsideCrawler read(Connection connection, List<String> schemas) throws SQLException {
        Map<String, String> comments = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(SCHEMAS)) {
            while (rows.next()) {
                comments.put(rows.getString(1), rows.getString(2));
            }
        }
        Map<String, List<EnumType>> enums = new HashMap<>();
        Map<String, List<Domain>> domains = new HashMap<>();
        Array names = connection.createArrayOf("text", schemas.toArray());
        try (PreparedStatement statement = connection.prepareStatement(TYPES)) {
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    addType(rows, enums, domains);
                }
            }
        }
        Map<String, List<Routine>> aggregates = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(AGGREGATES)) {
            statement.setArray(1, names);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    aggregates.computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>()).add(new Routine(
                            row.getString("proname"), "AGGREGATE",
                            strings(row, "argument_types").stream().map(PgTypeNames::normalize).toList(),
                            PgTypeNames.normalizeWithin(SqlText.foldWhitespace(row.getString("arguments"))),
                            PgTypeNames.normalizeWithin(SqlText.foldWhitespace(row.getString("result"))),
                            row.getString("lanname"), row.getString("body"),
                            CrawledModel.volatility(row.getString("provolatile")), row.getBoolean("proisstrict"),
                            row.getBoolean("prosecdef"), row.getString("description")));
                }
            }
        }
        List<Extension> extensions = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(EXTENSIONS)) {
            while (rows.next()) {
                extensions.add(new Extension(rows.getString(1), rows.getString(2), rows.getString(3)));
            }
        }
        return new PgObjectsOutsideCrawler(comments, enums, domains, aggregates, extensions);
    }

    private static void addType(ResultSet row, Map<String, List<EnumType>> enums, Map<String, List<Domain>> domains)
            throws SQLException {
        String schema = row.getString("nspname");
        String name = row.getString("typname");
        String comment = row.getString("description");
        if ("e".equals(row.getString("typtype"))) {
            enums.computeIfAbsent(schema, s -> new ArrayList<>()).add(new EnumType(name, strings(row, "labels"), comment));
            return;
        }
        String baseType = PgTypeNames.normalize(row.getString("base_type"));
        List<String> checks = strings(row, "checks").stream().map(CheckExpressions::of).toList();
        domains.computeIfAbsent(schema, s -> new ArrayList<>()).add(new Domain(name, baseType,
                !row.getBoolean("typnotnull"), PgDefaults.normalize(row.getString("default_expression"), baseType),
                checks, row.getString("collation"), comment));
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
