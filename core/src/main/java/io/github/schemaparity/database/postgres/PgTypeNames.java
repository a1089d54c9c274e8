package io.github.schemaparity.database.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns PostgreSQL's {@code format_type} spellings into the short canonical type names of the model:
 * {@code character varying(50)} becomes {@code varchar(50)}, {@code timestamp(3) with time zone}
 * becomes {@code timestamptz(3)}, and so on. Names {@code format_type} already gives in short form
 * ({@code integer}, {@code bigint}, {@code numeric(10,2)}, {@code text}, {@code public.mood}) are
 * kept, so {@code int}, {@code int4} and {@code integer} all end up as {@code integer}.
 */
public final class PgTypeNames {
    private static final Pattern LONG_FORMS = Pattern.compile(
            "\\b(?:(character varying)|(character)(?=\\(|\\[|$|[\\s,)])|(bit varying)"
                    + "|(timestamp|time)(\\(\\d+\\))? with(out)? time zone)\\b");

    private PgTypeNames() {
    }

    /**
     * The canonical name of one type as {@code format_type} renders it.
     *
     * @param formatType a type name, e.g. {@code character varying(20)[]}, or {@code null}
     * @return the canonical name, e.g. {@code varchar(20)[]}
     */
    public static String normalize(String formatType) {
        return normalizeWithin(formatType);
    }

    /**
     * Rewrites every long type name inside a piece of SQL (an argument list, a cast in a default
     * expression, a {@code RETURNS TABLE(...)} clause), leaving string literals and quoted identifiers alone.
     *
     * @param sql text holding type names, or {@code null}
     * @return the text with canonical type names
     */
    public static String normalizeWithin(String sql) {
        if (sql == null || !mayHoldLongForm(sql)) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        int plainStart = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                out.append(rewrite(sql.substring(plainStart, i)));
                int end = SqlText.endOfQuoted(sql, i, c, false);
                out.append(sql, i, end);
                i = end;
                plainStart = i;
            } else {
                i++;
            }
        }
        out.append(rewrite(sql.substring(plainStart)));
        return out.toString();
    }

    private static boolean mayHoldLongForm(String sql) {
        return sql.contains("character") || sql.contains("time zone") || sql.contains("bit varying");
    }

    private static String rewrite(String plain) {
        if (!mayHoldLongForm(plain)) {
            return plain;
        }
        Matcher m = LONG_FORMS.matcher(plain);
        StringBuilder out = new StringBuilder(plain.length());
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                replacement = "varchar";
            } else if (m.group(2) != null) {
                replacement = "char";
            } else if (m.group(3) != null) {
                replacement = "varbit";
            } else {
                String precision = m.group(5) == null ? "" : m.group(5);
                replacement = m.group(4) + (m.group(6) == null ? "tz" : "") + precision;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
