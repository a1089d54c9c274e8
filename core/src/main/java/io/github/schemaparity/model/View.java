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
 * @param security     MySQL/MariaDB {@code SQL SECURITY}: {@code DEFINER} or {@code INVOKER}, whose privileges
 *                     the view reads with; {@code null} where the engine has none (PostgreSQL)
 * @param definer      MySQL/MariaDB {@code DEFINER} as {@code user@host} (a role: its name), or {@code null};
 *                     compared only when {@code DiffOptions#definers()} asks (it usually differs per environment)
 */
public record View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
        List<String> privileges, List<Trigger> triggers, String security, String definer) implements Named {
    public View {
        indexes = Canonical.sorted(indexes, Canonical.byName());
        privileges = Canonical.sortedStrings(privileges);
        triggers = Canonical.sorted(triggers, Canonical.byName());
    }

    /** A view without triggers, SQL SECURITY or definer. */
    public View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
            List<String> privileges) {
        this(name, materialized, definition, comment, indexes, privileges, List.of(), null, null);
    }

    /** A PostgreSQL view with its triggers (PostgreSQL has no SQL SECURITY or definer). */
    public View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
            List<String> privileges, List<Trigger> triggers) {
        this(name, materialized, definition, comment, indexes, privileges, triggers, null, null);
    }

    /** A MySQL/MariaDB view with its SQL SECURITY and definer (MySQL/MariaDB refuse triggers on views). */
    public View(String name, boolean materialized, String definition, String comment, List<Index> indexes,
            List<String> privileges, String security, String definer) {
        this(name, materialized, definition, comment, indexes, privileges, List.of(), security, definer);
    }

    /** The same view with other triggers, all else kept. */
    public View withTriggers(List<Trigger> newTriggers) {
        return with(parts -> parts.triggers = newTriggers);
    }

    /** The same view with other indexes and privileges, all else kept. */
    public View withIndexesAndPrivileges(List<Index> newIndexes, List<String> newPrivileges) {
        return with(parts -> {
            parts.indexes = newIndexes;
            parts.privileges = newPrivileges;
        });
    }

    /** The same view without its SQL SECURITY and definer (an older snapshot has neither). */
    public View withoutSecurity() {
        return with(parts -> {
            parts.security = null;
            parts.definer = null;
        });
    }

    /** The one copy path of the with-methods: a new component is added here (and in {@link Parts}) only. */
    private View with(java.util.function.Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new View(parts.name, parts.materialized, parts.definition, parts.comment, parts.indexes,
                parts.privileges, parts.triggers, parts.security, parts.definer);
    }

    /** The components of a view being copied, each replaceable before the copy is built. */
    private static final class Parts {
        String name;
        boolean materialized;
        String definition;
        String comment;
        List<Index> indexes;
        List<String> privileges;
        List<Trigger> triggers;
        String security;
        String definer;

        Parts(View view) {
            name = view.name;
            materialized = view.materialized;
            definition = view.definition;
            comment = view.comment;
            indexes = view.indexes;
            privileges = view.privileges;
            triggers = view.triggers;
            security = view.security;
            definer = view.definer;
        }
    }

    /** Attributes the diff compares; the definer is compared apart, when asked. */
    public Map<String, String> attributes() {
        return new Attributes().put("definition", definition).put("comment", comment).put("security", security)
                .build();
    }
}
