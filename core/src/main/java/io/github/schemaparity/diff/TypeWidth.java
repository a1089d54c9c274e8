package io.github.schemaparity.diff;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells whether one normalised column type holds every value of another: a column that is wider in
 * production than in the code ({@code varchar(50)} vs {@code varchar(255)}) breaks nothing the code
 * writes, one that is narrower rejects values the code considers valid.
 */
public final class TypeWidth {
    /** How the actual type relates to the expected one. */
    public enum Direction {
        /** The actual type holds every value of the expected type, and more. */
        WIDENED,
        /** The expected type holds every value of the actual type, and more. */
        NARROWED,
        /** Unrelated types, or a relation this class does not know. */
        UNKNOWN
    }

    private static final long UNBOUNDED = Long.MAX_VALUE;

    /** Capacity of types that differ by name only, per family (the keys of one map are comparable). */
    private static final Map<String, Long> INTEGERS = Map.of("tinyint", 1L, "smallint", 2L, "int2", 2L,
            "mediumint", 3L, "integer", 4L, "int", 4L, "int4", 4L, "bigint", 8L, "int8", 8L);
    private static final Map<String, Long> FLOATS = Map.of("real", 4L, "float4", 4L, "double precision", 8L,
            "float8", 8L, "double", 8L);
    private static final Map<String, Long> TEXTS = Map.of("tinytext", 255L, "text", UNBOUNDED - 2,
            "mediumtext", UNBOUNDED - 1, "longtext", UNBOUNDED);
    /** Types whose length parameter is a capacity, and which hold anything of that family without one. */
    private static final Set<String> VARIABLE = Set.of("varchar", "character varying", "numeric", "decimal");

    private TypeWidth() {
    }

    public static Direction compare(String expected, String actual) {
        if (expected == null || actual == null) {
            return Direction.UNKNOWN;
        }
        Type e = Type.parse(expected);
        Type a = Type.parse(actual);
        if (e.array != a.array) {
            return Direction.UNKNOWN;
        }
        for (Map<String, Long> family : java.util.List.of(INTEGERS, FLOATS)) {
            if (family.containsKey(e.base) && family.containsKey(a.base)) {
                return direction(family.get(e.base), family.get(a.base));
            }
        }
        Long eText = textCapacity(e);
        Long aText = textCapacity(a);
        if (eText != null && aText != null) {
            return direction(eText, aText);
        }
        if (!e.base.equals(a.base)) {
            return Direction.UNKNOWN;
        }
        if (e.params.length == 0 || a.params.length == 0) {
            if (!VARIABLE.contains(e.base)) {
                return Direction.UNKNOWN;
            }
            return e.params.length == 0 ? Direction.NARROWED : Direction.WIDENED;
        }
        if (e.params.length == 1 && a.params.length == 1) {
            return direction(e.params[0], a.params[0]);
        }
        if (e.params.length == 2 && a.params.length == 2) {
            // numeric(precision, scale): wider when it keeps at least as many digits on both sides of the point.
            Direction integral = direction(e.params[0] - e.params[1], a.params[0] - a.params[1]);
            Direction fraction = direction(e.params[1], a.params[1]);
            if (integral == fraction || fraction == Direction.UNKNOWN) {
                return integral;
            }
            return integral == Direction.UNKNOWN ? fraction : Direction.UNKNOWN;
        }
        return Direction.UNKNOWN;
    }

    /** Capacity in characters of a string type with no fixed-width padding, or null for other types. */
    private static Long textCapacity(Type type) {
        if (TEXTS.containsKey(type.base)) {
            return TEXTS.get(type.base);
        }
        if (type.base.equals("varchar") || type.base.equals("character varying")) {
            return type.params.length == 1 ? type.params[0] : UNBOUNDED;
        }
        return null;
    }

    /** WIDENED when actual is larger, NARROWED when smaller, UNKNOWN when equal (nothing to say). */
    private static Direction direction(long expected, long actual) {
        if (actual == expected) {
            return Direction.UNKNOWN;
        }
        return actual > expected ? Direction.WIDENED : Direction.NARROWED;
    }

    /** A type split into base name, numeric parameters and array-ness; unparseable parameters mean none. */
    private record Type(String base, long[] params, boolean array) {
        static Type parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            boolean array = t.endsWith("[]");
            if (array) {
                t = t.substring(0, t.length() - 2).trim();
            }
            int open = t.indexOf('(');
            if (open < 0 || !t.endsWith(")")) {
                return new Type(t, new long[0], array);
            }
            String[] parts = t.substring(open + 1, t.length() - 1).split(",");
            long[] params = new long[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    params[i] = Long.parseLong(parts[i].trim());
                }
            } catch (NumberFormatException e) {
                return new Type(t, new long[0], array);
            }
            return new Type(t.substring(0, open).trim(), params, array);
        }
    }
}
