package io.github.schemaparity.baseline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The acknowledged differences of a project, as committed in a baseline file (see {@link BaselineFile}).
 *
 * @param file    the file it was read from or is written to, or {@code null} for none
 * @param entries the entries in the file's order (see {@link BaselineEntry}); at most one per difference
 */
public record Baseline(Path file, List<BaselineEntry> entries) {
    /** No baseline: nothing acknowledged. */
    public static final Baseline NONE = new Baseline(null, List.of());

    public Baseline {
        entries = entries == null ? List.of() : entries.stream().sorted(BaselineEntry.ORDER).toList();
        for (int i = 1; i < entries.size(); i++) {
            if (BaselineEntry.ORDER.compare(entries.get(i - 1), entries.get(i)) == 0) {
                BaselineEntry twice = entries.get(i);
                throw new IllegalArgumentException("two entries for the same difference: " + twice.objectType() + " "
                        + twice.object() + " " + twice.change() + (twice.attribute() == null ? "" : " " + twice.attribute())
                        + "; keep one");
            }
        }
    }

    /** Whether there is no baseline at all (no file), as opposed to an empty one. */
    public boolean isNone() {
        return file == null && entries.isEmpty();
    }

    /** The entry about exactly this difference, if any. */
    public Optional<BaselineEntry> find(io.github.schemaparity.diff.Difference difference) {
        return entries.stream().filter(e -> e.matches(difference)).findFirst();
    }

    @Override
    public String toString() {
        return "Baseline[" + file + ", " + entries.stream().map(BaselineEntry::object).collect(Collectors.joining(", ")) + "]";
    }
}
