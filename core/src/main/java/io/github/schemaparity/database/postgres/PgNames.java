package io.github.schemaparity.database.postgres;

import java.util.Set;

/** PostgreSQL identifiers and literals as a statement must spell them. */
final class PgNames {
    /** PostgreSQL's reserved key words: never usable as a bare identifier. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    private PgNames() {
    }

    /** An identifier, double-quoted unless it is lower-case, plain and not reserved. */
    static String ident(String name) {
        if (plain(name) && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code [a-z_][a-z0-9_$]*}, tested by hand: a capture spells every name of every object through
     * {@link #ident}, and a matcher per call was a twentieth of a 1,000-table capture's own CPU.
     */
    private static boolean plain(String name) {
        if (name.isEmpty() || !(lower(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(lower(c) || c >= '0' && c <= '9' || c == '_' || c == '$')) {
                return false;
            }
        }
        return true;
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** {@code schema.name}, each part quoted where needed. */
    static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** A {@code schema.name} as the model writes references (split at the first dot), quoted. */
    static String qualified(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? ident(dotted) : qualified(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    /** A string literal ({@code standard_conforming_strings} on, as since PostgreSQL 9.1). */
    static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }

    /** A dollar-quoted body whose tag does not occur in it. */
    static String dollarQuoted(String body) {
        String tag = "$fn$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$fn" + i + "$";
        }
        return tag + " " + body + " " + tag;
    }
}
