package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.capture.postgres.SqlText;
import io.github.schemaparity.model.RowPolicy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row-level security policies, which SchemaCrawler does not read, in one query. Mirrors
 * {@code capture.postgres.PolicyQuery}, package-private there.
 */
final class PgPolicies {
    /** Role 0 in polroles stands for PUBLIC. */
    private static final String SQL = """
            SELECT n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
                   ARRAY(SELECT CASE WHEN r.oid = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.oid) END
                         FROM unnest(p.polroles) r(oid)) AS roles,
                   pg_catalog.pg_get_expr(p.polqual, p.polrelid, true) AS using_expression,
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid, true) AS check_expression
            FROM pg_catalog.pg_policy p
            JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
            """;

    private PgPolicies() {
    }

    /** Policies by schema, then by table name. */
    static Map<String, Map<String, List<RowPolicy>>> read(Connection connection, List<String> schemas)
            throws SQLException {
        Map<String, Map<String, List<RowPolicy>>> policies = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Array roles = row.getArray("roles");
                    policies.computeIfAbsent(row.getString("nspname"), s -> new HashMap<>())
                            .computeIfAbsent(row.getString("relname"), t -> new ArrayList<>())
                            .add(new RowPolicy(row.getString("polname"), command(row.getString("polcmd")),
                                    row.getBoolean("polpermissive"),
                                    Arrays.stream((Object[]) roles.getArray()).map(String::valueOf).toList(),
                                    SqlText.foldWhitespace(row.getString("using_expression")),
                                    SqlText.foldWhitespace(row.getString("check_expression"))));
                }
            }
        }
        return policies;
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
