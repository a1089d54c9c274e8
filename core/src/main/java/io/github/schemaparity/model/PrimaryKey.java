package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A primary key constraint.
 *
 * @param name          constraint name
 * @param nameGenerated whether the name follows the engine's naming scheme for unnamed constraints
 * @param columns       key columns in key order
 */
public record PrimaryKey(String name, boolean nameGenerated, List<String> columns) implements Named {
    public PrimaryKey {
        columns = Canonical.list(columns);
    }

    /** Attributes the diff compares (the name is matched, not compared here). */
    public Map<String, String> attributes() {
        return new Attributes().put("columns", columns).build();
    }
}
