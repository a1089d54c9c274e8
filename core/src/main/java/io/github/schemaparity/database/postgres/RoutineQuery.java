package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Routine;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the functions, procedures and aggregates of the captured schemas in one query (extension
 * members excluded).
 *
 * <p>The identifying argument types are the input arguments, plus OUT arguments of procedures, which
 * PostgreSQL 14+ counts in a procedure's signature. The body of a {@code sql} or {@code plpgsql}
 * routine is normalised as SQL text ({@link SqlText}); a SQL-standard body ({@code BEGIN ATOMIC},
 * {@code RETURN}, PostgreSQL 14+) is read with {@code pg_get_function_sqlbody}. Bodies in other
 * languages are kept as written, but for surrounding whitespace. An aggregate's "body" is its
 * state function, state type, final function and initial condition.
 */
final class RoutineQuery {
    private static final String SQL = """
            SELECT n.nspname, p.proname, p.prokind,
                   CASE WHEN p.proallargtypes IS NULL THEN
                     ARRAY(SELECT format_type(u.t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY u(t, o)
                           ORDER BY u.o)
                   ELSE
                     ARRAY(SELECT format_type(u.t, NULL)
                           FROM unnest(p.proallargtypes, p.proargmodes) WITH ORDINALITY u(t, m, o)
                           WHERE u.m IN ('i', 'b', 'v') OR (u.m = 'o' AND p.prokind = 'p')
                           ORDER BY u.o)
                   END AS argument_types,
                   pg_get_function_arguments(p.oid) AS arguments,
                   CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS result,
                   l.lanname, p.prosrc, %s AS sql_body,
                   p.provolatile, p.proisstrict, p.prosecdef, d.description, p.proconfig,
                   CASE WHEN p.prokind = 'a' THEN
                     (SELECT 'sfunc=' || ag.aggtransfn::text || ', stype=' || format_type(ag.aggtranstype, NULL)
                             || CASE WHEN ag.aggfinalfn::oid <> 0 THEN ', finalfunc=' || ag.aggfinalfn::text ELSE '' END
                             || COALESCE(', initcond=' || ag.agginitval, '')
                      FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid) END AS aggregate
            FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            JOIN pg_language l ON l.oid = p.prolang
            LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY (?) %s
              -- an extension's member ('e'), or made with a range type and dropped with it ('i': its constructors)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
            """;

    private RoutineQuery() {
    }

    /** The routines by schema name. */
    static Map<String, List<Routine>> load(Connection connection, Array schemas, int serverVersion)
            throws SQLException {
        return load(connection, schemas, serverVersion, "");
    }

    /** Only the aggregates, by schema name. */
    static Map<String, List<Routine>> aggregates(Connection connection, Array schemas, int serverVersion)
            throws SQLException {
        return load(connection, schemas, serverVersion, "AND p.prokind = 'a'");
    }

    private static Map<String, List<Routine>> load(Connection connection, Array schemas, int serverVersion,
            String condition) throws SQLException {
        // prosqlbody and pg_get_function_sqlbody exist from PostgreSQL 14 on.
        String sql = SQL.formatted(serverVersion >= 140000
                ? "CASE WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid) END" : "NULL::text",
                condition);
        Map<String, List<Routine>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, sql, schemas, row -> {
            String kind = kind(row.getString("prokind"));
            String language = row.getString("lanname");
            String body = "AGGREGATE".equals(kind) ? row.getString("aggregate")
                    : body(language, row.getString("prosrc"), row.getString("sql_body"));
            bySchema.computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>()).add(routine(
                    row.getString("proname"), kind, CatalogQuery.strings(row, "argument_types"),
                    row.getString("arguments"), row.getString("result"), language, body,
                    row.getString("provolatile"), row.getBoolean("proisstrict"), row.getBoolean("prosecdef"),
                    row.getString("description")).withSettings(CatalogQuery.strings(row, "proconfig")));
        });
        return bySchema;
    }

    /** {@link PgCatalogQueries#routine}. */
    static Routine routine(String name, String kind, List<String> argumentTypes, String arguments, String result,
            String language, String body, String volatilityCode, boolean strict, boolean securityDefiner,
            String comment) {
        return new Routine(name, kind, argumentTypes.stream().map(PgTypeNames::normalize).toList(),
                PgTypeNames.normalizeWithin(SqlText.foldWhitespace(arguments)),
                PgTypeNames.normalizeWithin(SqlText.foldWhitespace(result)), language, body,
                volatility(volatilityCode), strict, securityDefiner, comment);
    }

    /** {@link PgCatalogQueries#routineBody}. */
    static String body(String language, String source, String sqlBody) {
        if (sqlBody != null) {
            return SqlText.normalize(sqlBody);
        }
        if ("sql".equals(language) || "plpgsql".equals(language)) {
            return SqlText.normalize(source);
        }
        return source == null ? null : source.strip();
    }

    private static String kind(String code) {
        return switch (code) {
            case "f" -> "FUNCTION";
            case "p" -> "PROCEDURE";
            case "a" -> "AGGREGATE";
            case "w" -> "WINDOW";
            default -> throw new IllegalStateException("Unknown routine kind '" + code + "'");
        };
    }

    private static String volatility(String code) {
        return switch (code) {
            case "i" -> "IMMUTABLE";
            case "s" -> "STABLE";
            case "v" -> "VOLATILE";
            default -> throw new IllegalStateException("Unknown volatility '" + code + "'");
        };
    }
}
