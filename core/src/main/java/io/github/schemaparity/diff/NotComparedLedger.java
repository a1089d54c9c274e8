package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.NotCompared;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ledger of a comparison: every object either side holds that was not compared, merged across the
 * sides (an object both sides hold is one entry naming both), sorted by kind, then path.
 *
 * <p>It holds what each capture listed ({@link Catalog#notCompared()}: kinds the model has no place for,
 * grants with privileges off, role settings) and what {@link CatalogDiffer} took out because the other side
 * was captured before that part of the model existed. Differences that ignore rules allow are not in it:
 * they stay in the report's differences, marked allowed with the rule.
 */
public final class NotComparedLedger {
    private NotComparedLedger() {
    }

    /** The ledger of {@code diff(expected, actual)}. */
    public static List<Uncompared> of(Catalog expected, Catalog actual) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        Map<NotCompared, List<String>> sides = new LinkedHashMap<>();
        expected.notCompared().forEach(o -> sides.computeIfAbsent(o, k -> new ArrayList<>()).add("expected"));
        actual.notCompared().forEach(o -> {
            List<String> found = sides.computeIfAbsent(o, k -> new ArrayList<>());
            if (!found.contains("actual")) {
                found.add("actual");
            }
        });
        for (CoverageAlignment.Sided sided : CoverageAlignment.align(expected, actual).notCompared()) {
            List<String> found = sides.computeIfAbsent(sided.object(), k -> new ArrayList<>());
            if (!found.contains(sided.side())) {
                found.add(sided.side());
            }
        }
        List<Uncompared> ledger = new ArrayList<>(sides.size());
        sides.forEach((object, found) -> ledger.add(new Uncompared(object.kind(), object.object(), object.reason(),
                found.stream().sorted(Comparator.comparing((String s) -> !s.equals("expected"))).toList())));
        ledger.sort(Comparator.comparing(Uncompared::kind).thenComparing(Uncompared::object)
                .thenComparing(Uncompared::reason));
        return List.copyOf(ledger);
    }
}
