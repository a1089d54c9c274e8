package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.RowPolicy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the row-level security policies of every captured table in one query. */
final class PolicyQuery {
    /** Role 0 in polroles stands for PUBLIC. */
    private static final String SQL = """
            SELECT p.polrelid, n.nspname, c.relname, p.polname, p.polcmd, p.polpermissive,
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

    /** Receives one policy with the table it belongs to. */
    @FunctionalInterface
    private interface PolicyHandler {
        void accept(long tableOid, String schema, String table, RowPolicy policy);
    }

    private PolicyQuery() {
    }

    /** Adds each policy to its table in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        forEachPolicy(connection, schemas, (oid, schema, table, policy) -> {
            Relation relation = relations.get(oid);
            if (relation != null) {
                relation.policies.add(policy);
            }
        });
    }

    /** The policies by schema name, then by table name. */
    static Map<String, Map<String, List<RowPolicy>>> bySchemaAndTable(Connection connection, Array schemas)
            throws SQLException {
        Map<String, Map<String, List<RowPolicy>>> policies = new HashMap<>();
        forEachPolicy(connection, schemas, (oid, schema, table, policy) -> policies
                .computeIfAbsent(schema, s -> new HashMap<>()).computeIfAbsent(table, t -> new ArrayList<>())
                .add(policy));
        return policies;
    }

    private static void forEachPolicy(Connection connection, Array schemas, PolicyHandler handler)
            throws SQLException {
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> handler.accept(row.getLong("polrelid"),
                row.getString("nspname"), row.getString("relname"),
                new RowPolicy(row.getString("polname"), command(row.getString("polcmd")),
                        row.getBoolean("polpermissive"), CatalogQuery.strings(row, "roles"),
                        SqlText.foldWhitespace(row.getString("using_expression")),
                        SqlText.foldWhitespace(row.getString("check_expression")))));
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
