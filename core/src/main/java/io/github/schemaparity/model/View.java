package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A view or materialized view.
 *
 * @param name         view name
 * @param materialized whether it is a materialized view
 * @param definition   normalised query text (from the engine's deparser, whitespace folded)
 * @param comment      comment, or {@code null}
 * @param indexes      indexes of a materialized view, sorted by name
 * @param privileges   as for {@link Table#privileges()}
 */
public record View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
        List<String> privileges) implements Named {
    public View {
        indexes = Canonical.sorted(indexes, Canonical.byName());
        privileges = Canonical.sortedStrings(privileges);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("definition", definition).put("comment", comment).build();
    }
}
