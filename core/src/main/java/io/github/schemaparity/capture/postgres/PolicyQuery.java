package io.github.schemaparity.capture.postgres;

import io.github.schemaparity.model.RowPolicy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads the row-level security policies of every captured table in one query. */
final class PolicyQuery {
    /** Role 0 in polroles stands for PUBLIC. */
    private static final String SQL = """
            SELECT p.polrelid, p.polname, p.polcmd, p.polpermissive,
                   ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public'
                                     ELSE (SELECT ro.rolname FROM pg_roles ro WHERE ro.oid = r.oid) END
                         FROM unnest(p.polroles) r(oid)) AS roles,
                   pg_get_expr(p.polqual, p.polrelid, true) AS using_expression,
                   pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expression
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
            """;

    private PolicyQuery() {
    }

    /** Adds each policy to its table in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> {
            Relation relation = relations.get(row.getLong("polrelid"));
            if (relation == null) {
                return;
            }
            relation.policies.add(new RowPolicy(row.getString("polname"), command(row.getString("polcmd")),
                    row.getBoolean("polpermissive"), CatalogQuery.strings(row, "roles"),
                    SqlText.foldWhitespace(row.getString("using_expression")),
                    SqlText.foldWhitespace(row.getString("check_expression"))));
        });
    }

    private static String command(String code) {
        return switch (code) {
            case "*" -> "ALL";
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> throw new IllegalStateException("Unknown policy command '" + code + "'");
        };
    }
}
