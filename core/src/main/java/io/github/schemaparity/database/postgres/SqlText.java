package io.github.schemaparity.database.postgres;

/**
 * Normalises SQL text (view definitions, routine bodies) so that two spellings of the same statement
 * compare equal: comments dropped, whitespace folded, everything outside string literals and quoted
 * identifiers lower-cased, no space before {@code ( ) , ;} nor after {@code (}, exactly one space after
 * {@code ,} and {@code ;}, and no trailing semicolon: {@code SUM( total )AS t,x} and
 * {@code sum(total) as t, x} both read {@code sum(total) as t, x}.
 *
 * <p>String literals ({@code '..'}, {@code E'..'}, dollar-quoted {@code $tag$..$tag$}) and
 * double-quoted identifiers are kept byte for byte. A single pass over the characters, no regular
 * expressions: this runs once per view and routine.
 */
public final class SqlText {
    private SqlText() {
    }

    /**
     * The normalised form of {@code sql}, or {@code null} for {@code null}.
     *
     * @param sql SQL text, possibly several statements
     * @return the normalised text
     */
    public static String normalize(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        boolean pendingSpace = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                pendingSpace = true;
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = skipBlockComment(sql, i);
                pendingSpace = true;
                continue;
            }
            int end;
            boolean punctuation = isPunctuation(c);
            if (c == '\'') {
                end = endOfQuoted(sql, i, '\'', !pendingSpace && isEscapePrefix(out));
            } else if (c == '"') {
                end = endOfQuoted(sql, i, '"', false);
            } else if (c == '$' && dollarTagEnd(sql, i) > 0) {
                int tagEnd = dollarTagEnd(sql, i);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                end = close < 0 ? n : close + tag.length();
            } else {
                end = i + 1;
            }
            if (out.length() > 0 && !punctuation) {
                char last = out.charAt(out.length() - 1);
                // One space after a comma or semicolon always, none after "(", else keep the writer's gap.
                if (last == ',' || last == ';' || (pendingSpace && last != '(')) {
                    out.append(' ');
                }
            }
            pendingSpace = false;
            if (end == i + 1 && c != '\'' && c != '"') {
                out.append(Character.toLowerCase(c));
            } else {
                out.append(sql, i, end);
            }
            i = end;
        }
        int length = out.length();
        while (length > 0 && (out.charAt(length - 1) == ';' || out.charAt(length - 1) == ' ')) {
            length--;
        }
        out.setLength(length);
        return out.toString();
    }

    /**
     * Folds runs of whitespace outside literals and quoted identifiers into one space and trims, keeping
     * case: for text the server already deparsed (expressions, predicates), where only layout varies.
     *
     * @param sql SQL text or {@code null}
     * @return the folded text, or {@code null} for {@code null} or blank input
     */
    public static String foldWhitespace(String sql) {
        if (sql == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(sql.length());
        boolean pendingSpace = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
                continue;
            }
            int end = c == '\'' || c == '"' ? endOfQuoted(sql, i, c, c == '\'' && !pendingSpace && isEscapePrefix(out)) : i + 1;
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(sql, i, end);
            i = end;
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c == '(' || c == ')' || c == ',' || c == ';';
    }

    /** Whether the literal about to start is an E'..' string, where a backslash escapes the next character. */
    private static boolean isEscapePrefix(StringBuilder out) {
        int length = out.length();
        if (length == 0 || Character.toLowerCase(out.charAt(length - 1)) != 'e') {
            return false;
        }
        return length == 1 || !isWordChar(out.charAt(length - 2));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * Index just past the closing quote of the literal or identifier opening at {@code start} (the
     * end of {@code sql} if it is not closed); a doubled quote stays inside.
     *
     * @param backslashEscapes whether a backslash escapes the next character ({@code E'...'} strings)
     */
    static int endOfQuoted(String sql, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return n;
    }

    /** If a dollar-quote tag ({@code $$} or {@code $name$}) opens at {@code start}, the index past it; else -1. */
    private static int dollarTagEnd(String sql, int start) {
        if (start > 0 && isWordChar(sql.charAt(start - 1))) {
            return -1;
        }
        int i = start + 1;
        int n = sql.length();
        if (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                i++;
            }
        }
        return i < n && sql.charAt(i) == '$' ? i + 1 : -1;
    }

    private static int skipBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        int n = sql.length();
        while (i < n) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }
}
