package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.RewriteRule;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rewrite rules of every captured table and view in one query ({@code pg_rewrite}), leaving out
 * each view's {@code _RETURN} rule (that is the view's definition) and an extension's rules. The definition
 * is the server's deparser's ({@code pg_get_ruledef}) from {@code ON} on, normalised as view definitions are;
 * its {@code CREATE RULE name AS} head is dropped, as the name is the rule's key.
 */
final class RuleQuery {
    private static final Pattern HEAD = Pattern.compile("^create rule .+? as (on .*)$", Pattern.DOTALL);

    private static final String SQL = """
            SELECT n.nspname, c.relname, r.rulename, r.ev_enabled, pg_catalog.pg_get_ruledef(r.oid, true) AS definition
            FROM pg_catalog.pg_rewrite r
            JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE r.rulename <> '_RETURN' AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass
                              AND d.objid = r.oid AND d.deptype = 'e')
            """;

    private RuleQuery() {
    }

    /** The rules by schema name. */
    static Map<String, List<RewriteRule>> load(Connection connection, Array schemas) throws SQLException {
        Map<String, List<RewriteRule>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> bySchema
                .computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>())
                .add(new RewriteRule(row.getString("relname"), row.getString("rulename"),
                        body(row.getString("definition")), TriggerQuery.state(row.getString("ev_enabled")))));
        return bySchema;
    }

    /** {@code CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;} as {@code on insert to t do instead nothing}. */
    static String body(String ruleDefinition) {
        String normalized = SqlText.normalize(ruleDefinition);
        Matcher head = HEAD.matcher(normalized);
        return head.matches() ? head.group(1) : normalized;
    }
}
