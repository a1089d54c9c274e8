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
 * @param security     MySQL/MariaDB {@code SQL SECURITY}: {@code DEFINER} or {@code INVOKER}, whose privileges
 *                     the view reads with; {@code null} where the engine has none (PostgreSQL)
 * @param definer      MySQL/MariaDB {@code DEFINER} as {@code user@host} (a role: its name), or {@code null};
 *                     compared only when {@code DiffOptions#definers()} asks (it usually differs per environment)
 */
public record View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
        List<String> privileges, String security, String definer) implements Named {
    public View {
        indexes = Canonical.sorted(indexes, Canonical.byName());
        privileges = Canonical.sortedStrings(privileges);
    }

    /** A view without SQL SECURITY or definer (PostgreSQL). */
    public View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
            List<String> privileges) {
        this(name, materialized, definition, comment, indexes, privileges, null, null);
    }

    /** The same view without its SQL SECURITY and definer (an older snapshot has neither). */
    public View withoutSecurity() {
        return new View(name, materialized, definition, comment, indexes, privileges, null, null);
    }

    /** Attributes the diff compares; the definer is compared apart, when asked. */
    public Map<String, String> attributes() {
        return new Attributes().put("definition", definition).put("comment", comment).put("security", security)
                .build();
    }
}
