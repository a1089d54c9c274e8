package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.EventTrigger;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link CoverageAlignment} for triggers on views and event triggers: a side captured before SchemaParity
 * compared them (an older snapshot) has none, so the other side's are taken out and listed as not compared,
 * instead of each showing up as UNEXPECTED or MISSING.
 */
final class TriggerKindsCoverage {
    private TriggerKindsCoverage() {
    }

    /**
     * {@code aligned} with the trigger kinds one of the original sides lacks taken out of the other.
     *
     * @param expected the expected side as captured (its coverage decides)
     * @param actual   the actual side as captured
     */
    static CoverageAlignment.Aligned align(Catalog expected, Catalog actual, CoverageAlignment.Aligned aligned) {
        Catalog e = aligned.expected();
        Catalog a = aligned.actual();
        List<CoverageAlignment.Sided> notCompared = new ArrayList<>(aligned.notCompared());
        if (expected.covers(Coverage.VIEW_TRIGGERS) != actual.covers(Coverage.VIEW_TRIGGERS)) {
            boolean fromExpected = expected.covers(Coverage.VIEW_TRIGGERS);
            String reason = CoverageAlignment.OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected",
                    "triggers on views");
            String side = fromExpected ? "expected" : "actual";
            Catalog stripped = withoutViewTriggers(fromExpected ? e : a, reason, side, notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (expected.covers(Coverage.EVENT_TRIGGERS) != actual.covers(Coverage.EVENT_TRIGGERS)) {
            boolean fromExpected = expected.covers(Coverage.EVENT_TRIGGERS);
            String reason = CoverageAlignment.OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected",
                    "event triggers");
            Catalog covering = fromExpected ? e : a;
            for (EventTrigger trigger : covering.eventTriggers()) {
                notCompared.add(new CoverageAlignment.Sided(new NotCompared("event trigger", trigger.name(), reason),
                        fromExpected ? "expected" : "actual"));
            }
            Catalog stripped = covering.withEventTriggers(List.of());
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        return new CoverageAlignment.Aligned(e, a, notCompared);
    }

    private static Catalog withoutViewTriggers(Catalog catalog, String reason, String side,
            List<CoverageAlignment.Sided> notCompared) {
        boolean any = catalog.schemas().stream().flatMap(s -> s.views().stream()).anyMatch(v -> !v.triggers().isEmpty());
        if (!any) {
            return catalog;
        }
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : catalog.schemas()) {
            List<View> views = new ArrayList<>();
            for (View v : s.views()) {
                for (Trigger t : v.triggers()) {
                    notCompared.add(new CoverageAlignment.Sided(new NotCompared("view trigger",
                            s.name() + "." + v.name() + "." + t.name(), reason), side));
                }
                views.add(v.withTriggers(List.of()));
            }
            schemas.add(new Schema(s.name(), s.comment(), s.tables(), views, s.sequences(), s.routines(),
                    s.enumTypes(), s.domains(), s.events()));
        }
        return catalog.withSchemas(schemas);
    }
}
