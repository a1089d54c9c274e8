package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The order in which MySQL/MariaDB fire the triggers of one table with the same timing and event
 * ({@link Trigger#order()}, set by {@code FOLLOWS}/{@code PRECEDES}): a trigger that reads what another
 * wrote sees something else when they fire the other way round.
 *
 * <p>Compared as the order among the triggers both sides have, like column order: one trigger missing on a
 * side does not make every later one "moved". A trigger whose place among those shared triggers differs
 * is one CHANGED difference, attribute {@code order}, values its 1-based places. Triggers without an order
 * (PostgreSQL, or an older snapshot) are not compared here.
 */
final class TriggerOrder {
    private TriggerOrder() {
    }

    static List<Difference> diff(Catalog expected, Catalog actual, boolean foldNames) {
        List<Difference> found = new ArrayList<>();
        Map<String, Schema> actualSchemas = new HashMap<>();
        actual.schemas().forEach(s -> actualSchemas.put(key(s.name(), foldNames), s));
        for (Schema e : expected.schemas()) {
            Schema a = actualSchemas.get(key(e.name(), foldNames));
            // No map of the schema's tables (5,000 entries on a big schema) when none of them has a trigger.
            if (a == null || e.tables().stream().allMatch(t -> t.triggers().isEmpty())) {
                continue;
            }
            Map<String, Table> actualTables = new HashMap<>();
            a.tables().forEach(t -> actualTables.put(key(t.name(), foldNames), t));
            for (Table t : e.tables()) {
                Table other = actualTables.get(key(t.name(), foldNames));
                if (other != null && !t.triggers().isEmpty() && !other.triggers().isEmpty()) {
                    table(found, e.name() + "." + t.name(), t.triggers(), other.triggers());
                }
            }
        }
        return found;
    }

    private static void table(List<Difference> found, String tablePath, List<Trigger> expected, List<Trigger> actual) {
        Map<String, Trigger> actualByName = new HashMap<>();
        actual.forEach(t -> actualByName.put(t.name(), t));
        Map<String, List<Trigger[]>> groups = new LinkedHashMap<>();
        for (Trigger e : expected) {
            Trigger a = actualByName.get(e.name());
            // a trigger that moved to another timing or event is a CHANGED timing/events, not an order
            if (a != null && e.order() != null && a.order() != null && e.timing().equals(a.timing())
                    && e.events().equals(a.events())) {
                groups.computeIfAbsent(e.timing() + " " + e.events(), g -> new ArrayList<>()).add(new Trigger[] {e, a});
            }
        }
        for (List<Trigger[]> shared : groups.values()) {
            if (shared.size() < 2) {
                continue;
            }
            List<Trigger[]> byExpected = new ArrayList<>(shared);
            byExpected.sort(Comparator.comparingInt(pair -> pair[0].order()));
            List<Trigger[]> byActual = new ArrayList<>(shared);
            byActual.sort(Comparator.comparingInt(pair -> pair[1].order()));
            for (int i = 0; i < byExpected.size(); i++) {
                Trigger trigger = byExpected.get(i)[0];
                int rank = byActual.indexOf(byExpected.get(i)) + 1;
                if (rank != i + 1) {
                    found.add(new Difference(ObjectType.TRIGGER, tablePath + "." + trigger.name(), Change.CHANGED,
                            "order", String.valueOf(i + 1), String.valueOf(rank)));
                }
            }
        }
    }

    private static String key(String name, boolean foldNames) {
        return foldNames ? name.toLowerCase(Locale.ROOT) : name;
    }
}
