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
 * @param triggers     triggers on the view (PostgreSQL {@code INSTEAD OF} row triggers, statement triggers),
 *                     sorted by name; empty in a snapshot written before they were captured
 */
public record View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
        List<String> privileges, List<Trigger> triggers) implements Named {
    public View {
        indexes = Canonical.sorted(indexes, Canonical.byName());
        privileges = Canonical.sortedStrings(privileges);
        triggers = Canonical.sorted(triggers, Canonical.byName());
    }

    /** A view without triggers (every engine but PostgreSQL, and MySQL/MariaDB refuses them on views). */
    public View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
            List<String> privileges) {
        this(name, materialized, definition, comment, indexes, privileges, List.of());
    }

    /** The same view with other triggers, all else kept. */
    public View withTriggers(List<Trigger> newTriggers) {
        return new View(name, materialized, definition, comment, indexes, privileges, newTriggers);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("definition", definition).put("comment", comment).build();
    }
}
