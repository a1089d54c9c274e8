package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * An extended statistics object (PostgreSQL {@code CREATE STATISTICS}): what the planner knows about
 * columns that correlate. Without it on one side, the same query may get another plan there.
 *
 * @param name    its name, unique in its schema
 * @param table   the table it describes, schema-qualified, e.g. {@code public.orders}
 * @param columns its columns (by name) and expressions as the server prints them, in the server's order
 *                (columns by position, then expressions), so the order they were written in does not matter
 * @param kinds   the statistics it builds of {@code ndistinct}, {@code dependencies} and {@code mcv}, sorted
 *                (the {@code expressions} kind comes with any expression and is not listed)
 * @param target  its statistics target set by {@code ALTER STATISTICS ... SET STATISTICS}, or {@code null}
 *                for the default
 */
public record Statistics(String name, String table, List<String> columns, List<String> kinds, Integer target)
        implements Named {
    public Statistics {
        columns = Canonical.list(columns);
        kinds = Canonical.sortedStrings(kinds);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("table", table).put("columns", columns).put("kinds", kinds)
                .put("target", target).build();
    }
}
