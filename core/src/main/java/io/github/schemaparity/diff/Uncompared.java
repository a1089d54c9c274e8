package io.github.schemaparity.diff;

import java.util.List;

/**
 * One object a comparison did not compare, with the sides it was found on: the ledger every report shows
 * beside the differences, so that a PASS never hides what it did not look at.
 *
 * @param kind   what kind of object, singular and lower case, e.g. {@code foreign table}
 * @param object its path, e.g. {@code public.remote_orders} ({@code ddl_log} for a database-wide object)
 * @param reason why it was not compared
 * @param sides  {@code expected}, {@code actual} or both, in that order
 */
public record Uncompared(String kind, String object, String reason, List<String> sides) {
    public Uncompared {
        sides = List.copyOf(sides);
    }
}
