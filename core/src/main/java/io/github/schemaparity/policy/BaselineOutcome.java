package io.github.schemaparity.policy;

import io.github.schemaparity.baseline.BaselineEntry;
import java.nio.file.Path;
import java.util.List;

/**
 * What the baseline did in one assessment, beyond the differences it acknowledged.
 *
 * @param file    the baseline file, or {@code null} when it was given in code
 * @param strict  whether stale entries fail the run ({@code baselineStrict})
 * @param entries how many entries the baseline holds
 * @param stale   entries that match no difference: the drift they acknowledge is gone (or changed further)
 */
public record BaselineOutcome(Path file, boolean strict, int entries, List<BaselineEntry> stale) {
    public BaselineOutcome {
        stale = stale == null ? List.of() : List.copyOf(stale);
    }

    /** Whether stale entries fail the run. */
    public boolean staleFails() {
        return strict && !stale.isEmpty();
    }
}
