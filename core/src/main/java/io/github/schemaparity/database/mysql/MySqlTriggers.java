package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * MySQL/MariaDB trigger fix statements, planned together because a trigger's place in the fire order of its
 * table, timing and event is given relative to another trigger ({@code FOLLOWS x}, {@code PRECEDES x}), which
 * must exist when it is created. A trigger is changed by dropping and creating it (MySQL has no
 * {@code CREATE OR REPLACE TRIGGER}); the drops come first, then each group's triggers are created in the
 * target's fire order, each after the trigger before it there (or before the next one that stays), so a
 * trigger created or recreated lands in its place instead of last.
 *
 * <p>{@code DEFINER} is written only where the definer is one of the differences (definers are compared on
 * request): otherwise the trigger is the account's that runs the script, as a migration's would be.
 */
final class MySqlTriggers {
    private MySqlTriggers() {
    }

    /**
     * Appends the statements for every TRIGGER change to {@code out}.
     *
     * @param name a table's name as the script writes it (database, table)
     */
    static void plan(List<ObjectChange> changes, CatalogObjects target, CatalogObjects current, List<FixStatement> out,
            BiFunction<String, String, String> name) {
        boolean qualify = current.catalog().schemas().size() > 1;
        Set<String> dropped = new HashSet<>();
        Map<String, List<ObjectChange>> groups = new LinkedHashMap<>();
        Map<ObjectChange, Trigger> wanted = new LinkedHashMap<>();
        for (ObjectChange change : changes) {
            Optional<Trigger> have = table(current, change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name()));
            Optional<Trigger> want = table(target, change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name()));
            if (have.isPresent()) {
                dropped.add(key(change.schema(), change.parent(), change.name()));
                new Emitter(out, change.differences()).sql(Step.DROP_TRIGGER, "DROP TRIGGER "
                        + (qualify ? MySqlNames.ident(change.schema()) + "." : "")
                        + MySqlNames.ident(have.get().name()));
            }
            want.ifPresent(w -> {
                wanted.put(change, w);
                groups.computeIfAbsent(key(change.schema(), change.parent(), group(w)), g -> new ArrayList<>()).add(change);
            });
        }
        for (List<ObjectChange> group : groups.values()) {
            ObjectChange first = group.get(0);
            List<Trigger> order = inFireOrder(table(target, first).map(Table::triggers).orElse(List.of()).stream()
                    .filter(t -> group(t).equals(group(wanted.get(first)))).toList());
            Set<String> created = new HashSet<>();
            Set<String> staying = new HashSet<>();
            table(current, first).ifPresent(t -> t.triggers().stream()
                    .filter(c -> !dropped.contains(key(first.schema(), first.parent(), c.name())))
                    .forEach(c -> staying.add(c.name())));
            Map<String, ObjectChange> byName = new LinkedHashMap<>();
            group.forEach(c -> byName.put(wanted.get(c).name(), c));
            for (int i = 0; i < order.size(); i++) {
                ObjectChange change = byName.get(order.get(i).name());
                if (change == null) {
                    continue;
                }
                Trigger trigger = wanted.get(change);
                String place = "";
                for (int p = i - 1; p >= 0 && place.isEmpty(); p--) {
                    String before = order.get(p).name();
                    if (created.contains(before) || staying.contains(before)) {
                        place = " FOLLOWS " + MySqlNames.ident(before);
                    }
                }
                for (int n = i + 1; n < order.size() && place.isEmpty(); n++) {
                    if (staying.contains(order.get(n).name())) {
                        place = " PRECEDES " + MySqlNames.ident(order.get(n).name());
                    }
                }
                created.add(trigger.name());
                boolean definer = change.changed("definer").isPresent() && trigger.definer() != null;
                new Emitter(out, change.differences()).sql(Step.CREATE_TRIGGER, create(
                        name.apply(change.schema(), change.parent()), trigger, definer, place));
            }
        }
    }

    /** A table's triggers in the order they fire (by timing and event, then fire order, then name). */
    static List<Trigger> inFireOrder(List<Trigger> triggers) {
        List<Trigger> sorted = new ArrayList<>(triggers);
        sorted.sort(Comparator.comparing(MySqlTriggers::group)
                .thenComparing(t -> t.order() == null ? Integer.MAX_VALUE : t.order())
                .thenComparing(Trigger::name));
        return sorted;
    }

    /**
     * {@code CREATE [DEFINER = ...] TRIGGER name timing event ON table FOR EACH ROW [FOLLOWS|PRECEDES x] body}.
     *
     * @param place {@code " FOLLOWS `x`"}, {@code " PRECEDES `x`"} or empty
     */
    static String create(String table, Trigger trigger, boolean withDefiner, String place) {
        return "CREATE" + (withDefiner ? Definers.clause(trigger.definer()) : "") + " TRIGGER "
                + MySqlNames.ident(trigger.name()) + " " + trigger.timing() + " "
                + String.join(" OR ", trigger.events()) + " ON " + table + " FOR EACH " + trigger.level() + place
                + "\n" + trigger.function();
    }

    private static String group(Trigger trigger) {
        return trigger.timing() + " " + String.join(",", trigger.events());
    }

    private static Optional<Table> table(CatalogObjects catalog, ObjectChange change) {
        return catalog.table(change.schema(), change.parent());
    }

    private static String key(String schema, String table, String name) {
        return schema + "\u0000" + table + "\u0000" + name;
    }
}
