package io.github.schemaparity.database.mysql;

import io.github.schemaparity.database.postgres.SqlText;
import io.github.schemaparity.model.View;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Views, one query over {@code VIEWS}. The servers qualify every column with its database
 * ({@code `shop`.`orders`.`id`}); that qualifier is removed so that the same view in databases of
 * different names compares equal, then the text is normalised with {@link SqlText#normalize}. Its
 * {@code SQL SECURITY} ({@code SECURITY_TYPE}) and {@code DEFINER} are read as {@link Definers} spells them.
 */
final class ViewQuery {
    private ViewQuery() {
    }

    static Map<String, List<View>> load(Connection connection, SchemaFilter schemas) throws SQLException {
        Map<String, List<View>> views = new HashMap<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, SECURITY_TYPE, DEFINER
                FROM information_schema.VIEWS
                WHERE TABLE_SCHEMA IN (?)
                """, row -> {
            String schema = row.getString(1);
            views.computeIfAbsent(schema, s -> new ArrayList<>()).add(new View(row.getString(2), false,
                    withoutOwnSchema(row.getString(3), schema), null, List.of(), List.of(),
                    Definers.security(row.getString(4)), Definers.definer(row.getString(5))));
        });
        return views;
    }

    /**
     * {@code sql} normalised, without the qualifier of its own database: {@code `shop`.orders} and
     * {@code shop.orders} read {@code orders}, so that the same view, trigger or routine in databases of
     * different names (production's {@code shop}, a candidate's {@code shop_ci_42}) has the same text.
     * Qualifiers inside string literals stay; other databases' qualifiers stay.
     */
    static String withoutOwnSchema(String sql, String schema) {
        if (sql == null) {
            return null;
        }
        return SqlText.normalize(stripQualifier(sql, schema));
    }

    static String stripQualifier(String sql, String schema) {
        String quoted = "`" + schema.replace("`", "``") + "`.";
        String bare = schema + ".";
        boolean bareAllowed = schema.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '$');
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = literalEnd(sql, i);
                out.append(sql, i, end);
                i = end;
            } else if (c == '`' && sql.startsWith(quoted, i) && !qualifiedBefore(out)) {
                i += quoted.length();
            } else if (c == '`') {
                int end = sql.indexOf('`', i + 1);
                while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == '`') {
                    end = sql.indexOf('`', end + 2);
                }
                end = end < 0 ? sql.length() : end + 1;
                out.append(sql, i, end);
                i = end;
            } else if (bareAllowed && sql.startsWith(bare, i) && !identifierBefore(out) && !qualifiedBefore(out)
                    && i + bare.length() < sql.length() && startsIdentifier(sql.charAt(i + bare.length()))) {
                i += bare.length();
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just after the string literal starting at {@code start} (quote doubled or backslash-escaped). */
    private static int literalEnd(String sql, int start) {
        char quote = sql.charAt(start);
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static boolean identifierBefore(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char c = out.charAt(out.length() - 1);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '`';
    }

    /** Whether the text before ends with a dot: the name is a table's or column's part, not a database's. */
    private static boolean qualifiedBefore(StringBuilder out) {
        return out.length() > 0 && out.charAt(out.length() - 1) == '.';
    }

    private static boolean startsIdentifier(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '`';
    }
}
