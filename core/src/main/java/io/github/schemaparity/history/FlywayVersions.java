package io.github.schemaparity.history;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders Flyway versions as Flyway does: parts split at dots (and underscores, which Flyway reads as dots),
 * compared numerically part by part, trailing zero parts ignored, so {@code 1.10} is after {@code 1.9} and
 * {@code 2.0} equals {@code 2}. Only used on versions read from history tables, where Flyway already
 * validated them; a non-numeric part compares as text.
 */
public final class FlywayVersions {
    /** Flyway's version order. */
    public static final Comparator<String> ORDER = FlywayVersions::compare;

    private FlywayVersions() {
    }

    /** Negative, zero or positive as {@code a} is before, equal to or after {@code b}. */
    public static int compare(String a, String b) {
        String[] left = a.replace('_', '.').split("\\.");
        String[] right = b.replace('_', '.').split("\\.");
        int parts = Math.max(left.length, right.length);
        for (int i = 0; i < parts; i++) {
            String l = i < left.length ? left[i] : "0";
            String r = i < right.length ? right[i] : "0";
            int c = part(l, r);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int part(String l, String r) {
        if (l.matches("\\d+") && r.matches("\\d+")) {
            return new BigInteger(l).compareTo(new BigInteger(r));
        }
        return l.compareTo(r);
    }
}
