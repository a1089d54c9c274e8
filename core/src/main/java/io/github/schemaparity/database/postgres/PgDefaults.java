package io.github.schemaparity.database.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises column and domain defaults as {@code pg_get_expr} renders them. The server already
 * canonicalises constants ({@code DEFAULT '0'::integer} and {@code DEFAULT 0} both read back as
 * {@code 0}); on top of that this drops a cast of a string literal to the column's own type
 * ({@code 'new'::character varying} on a varchar column becomes {@code 'new'}), and the
 * {@code ::regclass} cast inside {@code nextval(...)}, so that a serial column and an explicit
 * sequence default read the same. A quoted number on a numeric column loses its quotes
 * ({@code '0'::numeric} and {@code 0} are the same default).
 */
public final class PgDefaults {
    private static final Pattern LITERAL_CAST = Pattern.compile("^('(?:[^']|'')*')::(.+)$", Pattern.DOTALL);
    private static final Pattern NUMBER_LITERAL = Pattern.compile("'-?[0-9]+(\\.[0-9]+)?'");
    private static final Pattern NUMERIC_TYPE =
            Pattern.compile("smallint|integer|bigint|real|double precision|numeric(\\([0-9, ]+\\))?");
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')*)'::regclass\\)");

    private PgDefaults() {
    }

    /**
     * The normalised default.
     *
     * @param expression   the default as {@code pg_get_expr} renders it, or {@code null}
     * @param ownType      the column's (or domain's) canonical type, as {@link PgTypeNames#normalize} gives it
     * @return the normalised default, or {@code null} for none
     */
    public static String normalize(String expression, String ownType) {
        if (expression == null) {
            return null;
        }
        String text = PgTypeNames.normalizeWithin(SqlText.foldWhitespace(expression));
        if (text == null) {
            return null;
        }
        // Most defaults (0, true, now(), nextval(...)) are no quoted literal: no matcher for them.
        Matcher cast = text.charAt(0) == '\'' ? LITERAL_CAST.matcher(text) : null;
        if (cast != null && cast.matches() && ownType != null && isOwnType(cast.group(2), ownType)) {
            String literal = cast.group(1);
            // The server prints numeric 0 as '0'::numeric when written that way, and as 0 when written
            // DEFAULT 0 and coerced; negative integers always come quoted. On a numeric column all are the number.
            if (NUMBER_LITERAL.matcher(literal).matches() && NUMERIC_TYPE.matcher(ownType).matches()) {
                return literal.substring(1, literal.length() - 1);
            }
            return literal;
        }
        if (text.contains("nextval(")) {
            text = NEXTVAL.matcher(text).replaceAll("nextval('$1')");
        }
        return text;
    }

    /** A cast to {@code varchar} is redundant on a {@code varchar(20)} column: the typmod is not in the cast. */
    private static boolean isOwnType(String castType, String ownType) {
        if (castType.equals(ownType)) {
            return true;
        }
        int paren = ownType.indexOf('(');
        if (paren < 0) {
            return false;
        }
        int close = ownType.indexOf(')', paren);
        String withoutModifier = ownType.substring(0, paren) + (close < 0 ? "" : ownType.substring(close + 1));
        return castType.equals(withoutModifier);
    }
}
