package io.github.schemaparity.diff;

import io.github.schemaparity.diff.CoverageAlignment.Sided;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Event;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The MySQL/MariaDB parts {@link CoverageAlignment} takes out of the side that has them when the other was
 * captured before SchemaParity compared them: view {@code SQL SECURITY} with the definers, trigger fire
 * order, MariaDB sequences and subpartitions. What was taken out is listed (views by their SQL SECURITY; triggers that share their table, timing
 * and event with another, by their order).
 */
final class MySqlCoverage {
    private MySqlCoverage() {
    }

    /** The catalog without view SQL SECURITY and without definers. */
    static Catalog withoutSecurity(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        return catalog.withSchemas(catalog.schemas().stream().map(s -> {
            List<View> views = new ArrayList<>();
            for (View v : s.views()) {
                if (v.security() != null) {
                    notCompared.add(new Sided(new NotCompared("view sql security", s.name() + "." + v.name(), reason),
                            side));
                }
                views.add(v.withoutSecurity());
            }
            return s.withObjects(tables(s, Trigger::withoutDefiner), views, s.sequences(),
                    s.routines().stream().map(r -> r.withDefiner(null)).toList(),
                    s.events().stream().map(Event::withoutDefiner).toList());
        }).toList());
    }

    /** The catalog without sequences (MariaDB), listing them. */
    static Catalog withoutSequences(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        catalog.schemas().forEach(s -> s.sequences().forEach(q -> notCompared.add(new Sided(
                new NotCompared("sequence", s.name() + "." + q.name(), reason), side))));
        return catalog.withSchemas(catalog.schemas().stream().map(s -> s.withObjects(s.tables(), s.views(), List.of(),
                s.routines(), s.events())).toList());
    }

    /** The catalog without subpartitions (option {@code subpartitionKey}, each partition's list), listing the tables. */
    static Catalog withoutSubpartitions(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        return catalog.withSchemas(catalog.schemas().stream().map(s -> s.withTables(
                s.tables().stream().map(t -> {
                    if (!t.options().containsKey("subpartitionKey")) {
                        return t;
                    }
                    notCompared.add(new Sided(new NotCompared("table subpartitioning", s.name() + "." + t.name(),
                            reason), side));
                    java.util.TreeMap<String, String> options = new java.util.TreeMap<>(t.options());
                    options.remove("subpartitionKey");
                    options.computeIfPresent("partitions", (k, v) -> v.replaceAll(" \\(SUBPARTITION [^)]*\\)", ""));
                    return t.withOptions(options);
                }).toList())).toList());
    }

    /** The catalog with no trigger fire order. */
    static Catalog withoutTriggerOrder(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        for (Schema s : catalog.schemas()) {
            for (Table t : s.tables()) {
                for (Trigger trigger : t.triggers()) {
                    boolean shared = t.triggers().stream().anyMatch(o -> o != trigger && o.timing().equals(trigger.timing())
                            && o.events().equals(trigger.events()));
                    if (trigger.order() != null && shared) {
                        notCompared.add(new Sided(new NotCompared("trigger order",
                                s.name() + "." + t.name() + "." + trigger.name(), reason), side));
                    }
                }
            }
        }
        return catalog.withSchemas(catalog.schemas().stream().map(s -> s.withTables(tables(s, Trigger::withoutOrder)))
                .toList());
    }

    private static List<Table> tables(Schema s, Function<Trigger, Trigger> change) {
        return s.tables().stream().map(t -> t.triggers().isEmpty() ? t
                : t.withTriggers(t.triggers().stream().map(change).toList())).toList();
    }
}
