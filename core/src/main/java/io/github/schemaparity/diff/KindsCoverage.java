package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * {@link CoverageAlignment} for the kinds {@link KindsDiffer} compares (triggers on views, event triggers,
 * extended statistics, rules, collations, publications, foreign data wrappers): a side captured before SchemaParity compared them (an older
 * snapshot) has none, so the other side's are taken out and listed as not compared, under the kind the
 * capture's ledger used for them, instead of each showing up as UNEXPECTED or MISSING.
 */
final class KindsCoverage {
    private KindsCoverage() {
    }

    /** One kind's part of the model: how to list a schema's objects of it and how to take them out. */
    private record Part(String coverage, String kind, String what, Function<Schema, List<String>> paths,
            Function<Schema, Schema> without) {
    }

    private static final List<Part> SCHEMA_PARTS = List.of(
            new Part(Coverage.VIEW_TRIGGERS, "view trigger", "triggers on views", KindsCoverage::viewTriggerPaths,
                    s -> s.withViews(s.views().stream().map(v -> v.withTriggers(List.of())).toList())),
            new Part(Coverage.STATISTICS, "extended statistics object", "extended statistics",
                    s -> s.statistics().stream().map(o -> s.name() + "." + o.name()).toList(),
                    s -> s.withStatistics(List.of())),
            new Part(Coverage.RULES, "rule", "rules", s -> s.rules().stream().map(r -> s.name() + "." + r.path()).toList(),
                    s -> s.withRules(List.of())),
            new Part(Coverage.COLLATIONS, "collation", "collations",
                    s -> s.collations().stream().map(c -> s.name() + "." + c.name()).toList(),
                    s -> s.withCollations(List.of())));

    /**
     * {@code aligned} with the kinds one of the original sides lacks taken out of the other.
     *
     * @param expected the expected side as captured (its coverage decides)
     * @param actual   the actual side as captured
     */
    static CoverageAlignment.Aligned align(Catalog expected, Catalog actual, CoverageAlignment.Aligned aligned) {
        Catalog[] sides = {aligned.expected(), aligned.actual()};
        List<CoverageAlignment.Sided> notCompared = new ArrayList<>(aligned.notCompared());
        for (Part part : SCHEMA_PARTS) {
            strip(expected, actual, part.coverage(), part.kind(), part.what(), sides, notCompared,
                    (catalog, listed) -> {
                        List<Schema> schemas = new ArrayList<>();
                        for (Schema s : catalog.schemas()) {
                            listed.addAll(part.paths().apply(s));
                            schemas.add(part.without().apply(s));
                        }
                        return catalog.withSchemas(schemas);
                    });
        }
        strip(expected, actual, Coverage.EVENT_TRIGGERS, "event trigger", "event triggers", sides, notCompared,
                (catalog, listed) -> {
                    catalog.eventTriggers().forEach(t -> listed.add(t.name()));
                    return catalog.withEventTriggers(List.of());
                });
        strip(expected, actual, Coverage.PUBLICATIONS, "publication", "publications", sides, notCompared,
                (catalog, listed) -> {
                    catalog.publications().forEach(p -> listed.add(p.name()));
                    return catalog.withPublications(List.of());
                });
        strip(expected, actual, Coverage.FOREIGN_DATA_WRAPPERS, "foreign data wrapper", "foreign data wrappers",
                sides, notCompared, (catalog, listed) -> {
                    catalog.foreignDataWrappers().forEach(w -> listed.add(w.name()));
                    return catalog.withForeignDataWrappers(List.of());
                });
        return new CoverageAlignment.Aligned(sides[0], sides[1], notCompared);
    }

    /** Where exactly one side covers {@code coverage}: that side without the part, each object taken out listed. */
    private static void strip(Catalog expected, Catalog actual, String coverage, String kind, String what,
            Catalog[] sides, List<CoverageAlignment.Sided> notCompared,
            BiFunction<Catalog, List<String>, Catalog> without) {
        if (expected.covers(coverage) == actual.covers(coverage)) {
            return;
        }
        int covering = expected.covers(coverage) ? 0 : 1;
        String reason = CoverageAlignment.OLDER_SNAPSHOT.formatted(covering == 0 ? "actual" : "expected", what);
        List<String> listed = new ArrayList<>();
        sides[covering] = without.apply(sides[covering], listed);
        for (String path : listed) {
            notCompared.add(new CoverageAlignment.Sided(new NotCompared(kind, path, reason),
                    covering == 0 ? "expected" : "actual"));
        }
    }

    private static List<String> viewTriggerPaths(Schema schema) {
        List<String> paths = new ArrayList<>();
        for (View v : schema.views()) {
            for (Trigger t : v.triggers()) {
                paths.add(schema.name() + "." + v.name() + "." + t.name());
            }
        }
        return paths;
    }
}
