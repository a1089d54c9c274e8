package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL fix statements for views and materialized views: dropped dependents first, created in the
 * order they read each other, and recreated around a column whose type changes under them.
 */
final class PgViews {
    private final PgPlan plan;

    PgViews(PgPlan plan) {
        this.plan = plan;
    }

    /**
     * Views both sides have unchanged that still must be dropped and created again, because a column
     * they read changes type (PostgreSQL refuses that while a view uses it), or a view they read is
     * recreated; each with the differences that make it necessary.
     */
    Map<String, List<Difference>> viewsToRecreate(List<ObjectChange> changes) {
        Map<String, List<Difference>> recreate = new LinkedHashMap<>();
        List<String> touchedRelations = new ArrayList<>();
        List<Difference> causes = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.type() == ObjectType.COLUMN && (change.changed("type").isPresent()
                    || change.changed("collation").isPresent())) {
                touchedRelations.add(qualified(change.schema(), change.parent()));
                causes.addAll(change.differences());
            }
        }
        if (touchedRelations.isEmpty()) {
            return recreate;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Schema schema : plan.current.catalog().schemas()) {
                for (View view : schema.views()) {
                    String key = schema.name() + "." + view.name();
                    if (recreate.containsKey(key) || plan.target.view(schema.name(), view.name()).isEmpty()) {
                        continue;
                    }
                    if (touchedRelations.stream().anyMatch(r -> references(view.definition(), r))) {
                        recreate.put(key, new ArrayList<>(causes));
                        touchedRelations.add(qualified(schema.name(), view.name()));
                        grew = true;
                    }
                }
            }
        }
        return recreate;
    }

    /** Whether SQL text names a relation ({@code schema.name} as the server prints it). */
    static boolean references(String definition, String qualifiedName) {
        if (definition == null) {
            return false;
        }
        String text = definition.toLowerCase(java.util.Locale.ROOT);
        String name = qualifiedName.toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean before = at == 0 || !isWordChar(text.charAt(at - 1));
            boolean after = end >= text.length() || !isWordChar(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '"';
    }

    void views(List<ObjectChange> changes, Map<String, List<Difference>> recreated) {
        // Drops: dependents first (reverse dependency order of the current side).
        Map<String, ObjectChange> byKey = new LinkedHashMap<>();
        changes.forEach(c -> byKey.put(c.schema() + "." + c.name(), c));
        for (Schema schema : plan.current.catalog().schemas()) {
            List<View> ordered = new ArrayList<>(orderedByDependency(schema.name(), schema.views()));
            java.util.Collections.reverse(ordered);
            for (View view : ordered) {
                String key = schema.name() + "." + view.name();
                if (recreated.containsKey(key)) {
                    new Emitter(plan.out, recreated.get(key)).sql(Step.DROP_VIEW, dropView(schema.name(), view));
                } else if (byKey.containsKey(key)) {
                    dropViewFor(byKey.get(key), view);
                }
            }
        }
        // Creates: what they read first (dependency order of the target side).
        for (Schema schema : plan.target.catalog().schemas()) {
            for (View view : orderedByDependency(schema.name(), schema.views())) {
                String key = schema.name() + "." + view.name();
                if (recreated.containsKey(key)) {
                    createView(schema.name(), view, new Emitter(plan.out, recreated.get(key)));
                } else if (byKey.containsKey(key)) {
                    createViewFor(byKey.get(key), view);
                }
            }
        }
    }

    private static String dropView(String schema, View view) {
        return "DROP " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(schema, view.name());
    }

    /** Whether a change needs the current view dropped (removed, a materialized one redefined, or kind changed). */
    private static boolean dropsView(ObjectChange change, View have) {
        if (change.unexpected()) {
            return true;
        }
        List<String> changed = change.changedAttributes();
        return changed.contains("materialized") || (have.materialized() && changed.contains("definition"));
    }

    private void dropViewFor(ObjectChange change, View have) {
        if (dropsView(change, have)) {
            new Emitter(plan.out, change.differences()).sql(Step.DROP_VIEW, dropView(change.schema(), have));
        }
    }

    private void createViewFor(ObjectChange change, View want) {
        Emitter emit = new Emitter(plan.out, change.differences());
        View have = plan.current.view(change.schema(), change.name()).orElse(null);
        if (have == null || dropsView(change, have)) {
            createView(change.schema(), want, emit);
            return;
        }
        String name = qualified(change.schema(), change.name());
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(plan.out, List.of(d));
            switch (d.attribute() == null ? "" : d.attribute()) {
                case "definition" -> one.sql(Step.CREATE_VIEW, "CREATE OR REPLACE VIEW " + name + " AS " + want.definition());
                case "comment" -> one.sql(Step.COMMENT, "COMMENT ON " + (want.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                        + name + " IS " + literal(want.comment()));
                default -> one.cannot(Step.CREATE_VIEW, "view attribute " + d.attribute() + " of " + name);
            }
        }
    }

    static void createView(String schema, View view, Emitter emit) {
        String name = qualified(schema, view.name());
        emit.sql(Step.CREATE_VIEW, "CREATE " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + name + " AS "
                + view.definition());
        view.indexes().forEach(i -> PgConstraints.createIndex(schema, view.name(), i, emit, Step.CREATE_VIEW_INDEX));
        view.triggers().forEach(t -> PgRoutines.createTrigger(name, t, emit));
        if (view.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + name + " IS "
                    + literal(view.comment()));
        }
        view.privileges().forEach(p -> emit.sql(Step.GRANT, PgTypes.grant(p, name)));
    }

    /** Views ordered so that a view comes after the views of its schema that its definition names. */
    static List<View> orderedByDependency(String schema, List<View> views) {
        List<View> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<View> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext();) {
                View view = it.next();
                boolean ready = pending.stream().noneMatch(other -> other != view
                        && references(view.definition(), qualified(schema, other.name())));
                if (ready) {
                    ordered.add(view);
                    placed.add(view.name());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(pending); // a cycle cannot be: keep the rest in name order
                break;
            }
        }
        return ordered;
    }
}
