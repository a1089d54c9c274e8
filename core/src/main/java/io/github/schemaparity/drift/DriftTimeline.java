package io.github.schemaparity.drift;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.policy.AssessedDifference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a drift history forwards and follows each object: when it first changed, whether a migration was
 * applied in the same interval (then it came with that migration, not by hand), which migration came after
 * it, and whether a later line undid it (back to its first state). The migration history's own rows are
 * not drift: they say when migrations were applied.
 */
public final class DriftTimeline {
    private static final String ABSENT = "\u0000absent";
    private static final String PRESENT = "\u0000present";

    private DriftTimeline() {
    }

    /** Every drift the entries show, in the order they were first seen: current ones and gone ones. */
    public static List<Drift> of(List<HistoryEntry> entries) {
        List<Drift> all = new ArrayList<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (HistoryEntry entry : entries) {
            String migration = entry.migrated() ? Objects.requireNonNullElse(entry.appliedVersion(), "(history changed)")
                    : null;
            if (migration != null) {
                // Those already there when the migration came: it may have adopted them.
                open.values().forEach(i -> all.set(i, all.get(i).migratedLater(migration, entry.captured())));
            }
            for (AssessedDifference assessed : entry.differences()) {
                Difference d = assessed.difference();
                if (d.objectType() == ObjectType.MIGRATION) {
                    continue;
                }
                String key = d.objectType() + "|" + d.object() + "|" + d.attribute();
                Integer index = open.get(key);
                if (index == null) {
                    open.put(key, all.size());
                    all.add(new Drift(d.objectType(), d.object(), d.change(), d.attribute(),
                            d.change() == Change.CHANGED ? d.expected() : null,
                            d.change() == Change.CHANGED ? d.actual() : null, entry.captured(), entry.previousCaptured(),
                            entry.appliedVersion(), migration, null, null, null, null));
                    continue;
                }
                Drift drift = all.get(index);
                if (after(d).equals(before(drift))) {
                    all.set(index, drift.gone(entry.captured(), migration));
                    open.remove(key);
                } else {
                    all.set(index, drift.with(d.change() == Change.CHANGED ? d.actual() : drift.now()));
                }
            }
        }
        return List.copyOf(all);
    }

    /** The object's state before the drift: absent (it appeared), present (it disappeared) or its old value. */
    private static String before(Drift drift) {
        return switch (drift.change()) {
            case UNEXPECTED -> ABSENT;
            case MISSING -> PRESENT;
            case CHANGED -> String.valueOf(drift.was());
        };
    }

    /** The object's state a difference leaves it in. */
    private static String after(Difference d) {
        return switch (d.change()) {
            case UNEXPECTED -> PRESENT;
            case MISSING -> ABSENT;
            case CHANGED -> String.valueOf(d.actual());
        };
    }
}
