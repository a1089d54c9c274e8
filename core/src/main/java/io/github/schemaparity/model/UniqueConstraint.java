package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A unique constraint.
 *
 * @param name             constraint name
 * @param nameGenerated    whether the name follows the engine's naming scheme for unnamed constraints
 * @param columns          constrained columns, in key order
 * @param nullsNotDistinct PostgreSQL 15+ NULLS NOT DISTINCT
 * @param deferrable       whether the constraint is DEFERRABLE
 */
public record UniqueConstraint(String name, boolean nameGenerated, List<String> columns, boolean nullsNotDistinct,
        boolean deferrable) implements Named {
    public UniqueConstraint {
        columns = Canonical.list(columns);
    }

    /** What identifies this constraint when names differ. */
    public String signature() {
        return String.join(",", columns);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("columns", columns).put("nullsNotDistinct", nullsNotDistinct)
                .put("deferrable", deferrable).build();
    }
}
