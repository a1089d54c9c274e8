package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.EventTrigger;
import io.github.schemaparity.model.Named;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Differences of the trigger kinds beyond table triggers: triggers on views (object type {@link ObjectType#TRIGGER},
 * path {@code schema.view.trigger}, as a table's) and event triggers ({@link ObjectType#EVENT_TRIGGER}, path
 * {@code event-trigger:<name>}). Kept apart from {@link CatalogDiffer}, which calls it, so each kind's matching
 * stays small and on its own.
 */
final class TriggerKindsDiffer {
    /** The path prefix of an event trigger: they belong to the database, not to a schema. */
    static final String EVENT_TRIGGER_PREFIX = "event-trigger:";

    private TriggerKindsDiffer() {
    }

    /** The differences of the triggers of a view both sides have ({@code path}: {@code schema.view}). */
    static List<Difference> viewTriggers(String path, View expected, View actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.TRIGGER, path + ".", expected.triggers(), actual.triggers(), Trigger::attributes,
                Descriptions::trigger);
        return found;
    }

    /** The differences of the database's event triggers. */
    static List<Difference> eventTriggers(Catalog expected, Catalog actual) {
        List<Difference> found = new ArrayList<>();
        match(found, ObjectType.EVENT_TRIGGER, EVENT_TRIGGER_PREFIX, expected.eventTriggers(), actual.eventTriggers(),
                EventTrigger::attributes, e -> "ON " + e.event() + (e.tags().isEmpty() ? "" : " WHEN TAG IN ("
                        + String.join(", ", e.tags()) + ")") + " EXECUTE " + e.function());
        return found;
    }

    /** Pairs by name: one MISSING or UNEXPECTED per unpaired object, one CHANGED per differing attribute. */
    private static <T extends Named> void match(List<Difference> found, ObjectType type, String prefix,
            List<T> expected, List<T> actual, Function<T, Map<String, String>> attributes,
            Function<T, String> description) {
        if (expected.equals(actual)) {
            return;
        }
        Map<String, T> actualByName = new LinkedHashMap<>();
        actual.forEach(a -> actualByName.put(a.name(), a));
        for (T e : expected) {
            T a = actualByName.remove(e.name());
            String path = prefix + e.name();
            if (a == null) {
                found.add(new Difference(type, path, Change.MISSING, null, description.apply(e), null));
            } else if (!e.equals(a)) {
                Map<String, String> want = attributes.apply(e);
                Map<String, String> have = attributes.apply(a);
                want.forEach((attribute, value) -> {
                    if (!Objects.equals(value, have.get(attribute))) {
                        found.add(new Difference(type, path, Change.CHANGED, attribute, value, have.get(attribute)));
                    }
                });
            }
        }
        actualByName.values().forEach(a -> found.add(new Difference(type, prefix + a.name(), Change.UNEXPECTED, null,
                null, description.apply(a))));
    }
}
