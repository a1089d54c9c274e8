package io.github.schemaparity.mapping;

import java.util.Map;

/**
 * Renames schema qualifiers in SQL text as the catalogs hold it (deparsed view and routine text,
 * defaults, check expressions, qualified type names): an identifier directly followed by {@code .}
 * whose name is mapped, written plain ({@code staging.orders}), double-quoted ({@code "Staging".orders})
 * or in backticks ({@code `app`.`orders`}), keeping the quoting it had. String literals are left alone
 * except one that is a whole qualified name ({@code nextval('staging.orders_id_seq')}, a
 * {@code regclass} literal).
 *
 * <p>Only the first part of a dotted name is a schema qualifier: {@code t.staging.x} is not renamed,
 * nor a word without a dot after it. A table alias spelled exactly like a mapped schema and used as
 * {@code alias.column} is renamed too; such text differs on both sides the same way only by chance,
 * which is why the mapping is explicit on PostgreSQL.
 */
final class QualifierRewriter {
    private final Map<String, String> renames;

    QualifierRewriter(Map<String, String> renames) {
        this.renames = renames;
    }

    /** The text with mapped qualifiers renamed; {@code null} stays {@code null}. */
    String rewrite(String text) {
        if (text == null || text.indexOf('.') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                int end = literalEnd(text, i);
                out.append(rewriteLiteral(text.substring(i, end)));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = quotedEnd(text, i, c);
                if (end < 0) {
                    out.append(text, i, n); // unterminated: nothing after it can be a qualifier
                    break;
                }
                String name = text.substring(i + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
                String renamed = qualifier(text, i, end) ? renames.get(name) : null;
                out.append(renamed == null ? text.substring(i, end) : quote(renamed, c));
                i = end;
            } else if (identifierStart(c)) {
                int end = i + 1;
                while (end < n && identifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                String renamed = qualifier(text, i, end) ? renames.get(word) : null;
                out.append(renamed == null ? word : plainOrQuoted(renamed));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Renames a {@code schema.rest} path (foreign key targets, owned-by columns); others unchanged. */
    String rewritePath(String path) {
        if (path == null) {
            return null;
        }
        int dot = path.indexOf('.');
        if (dot <= 0) {
            return path;
        }
        String renamed = renames.get(path.substring(0, dot));
        return renamed == null ? path : renamed + path.substring(dot);
    }

    /** Whether the token at {@code [start, end)} is the first part of a dotted name. */
    private static boolean qualifier(String text, int start, int end) {
        boolean dotAfter = end < text.length() && text.charAt(end) == '.';
        boolean dotBefore = start > 0 && text.charAt(start - 1) == '.';
        return dotAfter && !dotBefore;
    }

    private String rewriteLiteral(String literal) {
        // 'schema.name' as a whole: a regclass or sequence name in a default such as nextval('...').
        if (literal.length() < 4 || !literal.endsWith("'")) {
            return literal;
        }
        String body = literal.substring(1, literal.length() - 1);
        if (!body.matches("(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)\\.(\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)")) {
            return literal;
        }
        return "'" + rewrite(body) + "'";
    }

    private static int literalEnd(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                i += 2; // MySQL's backslash escapes; PostgreSQL's deparser doubles quotes instead
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int quotedEnd(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private static String quote(String name, char quote) {
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** A plain identifier stays plain; a name that needs quoting gets PostgreSQL's double quotes. */
    private static String plainOrQuoted(String name) {
        return name.matches("[a-z_][a-z0-9_$]*") ? name : quote(name, '"');
    }

    private static boolean identifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean identifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
