package io.github.schemaparity.policy;

import io.github.schemaparity.baseline.BaselineEntry;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every difference with the policy's judgement, and the verdict.
 *
 * @param differences the assessed differences, in the diff's order
 * @param verdict     {@link Verdict#FAIL} when any difference is not allowed, or a strict baseline has
 *                    stale entries
 * @param baseline    what the baseline did (stale entries), or {@code null} when no baseline was used
 */
public record Assessment(List<AssessedDifference> differences, Verdict verdict, BaselineOutcome baseline) {
    public Assessment {
        differences = differences == null ? List.of() : List.copyOf(differences);
        if (verdict == null) {
            boolean pass = differences.stream().allMatch(AssessedDifference::allowed)
                    && (baseline == null || !baseline.staleFails());
            verdict = pass ? Verdict.PASS : Verdict.FAIL;
        }
    }

    /** An assessment without baseline. */
    public Assessment(List<AssessedDifference> differences, Verdict verdict) {
        this(differences, verdict, null);
    }

    /** An assessment whose verdict follows from its differences. */
    public static Assessment of(List<AssessedDifference> differences) {
        return new Assessment(differences, null, null);
    }

    /** An assessment whose verdict follows from its differences and the baseline's stale entries. */
    public static Assessment of(List<AssessedDifference> differences, BaselineOutcome baseline) {
        return new Assessment(differences, null, baseline);
    }

    /** How many differences are not allowed. */
    public int failing() {
        return (int) differences.stream().filter(d -> !d.allowed()).count();
    }

    /** How many differences are allowed. */
    public int allowed() {
        return (int) differences.stream().filter(AssessedDifference::allowed).count();
    }

    /** How many differences a baseline entry accepted (they are among the allowed ones). */
    public int acknowledged() {
        return (int) differences.stream().filter(AssessedDifference::acknowledged).count();
    }

    /** Baseline entries that matched no difference; empty without baseline. */
    public List<BaselineEntry> stale() {
        return baseline == null ? List.of() : baseline.stale();
    }

    /** How many differences fall in each severity, every severity present (zero included), lowest first. */
    public Map<Severity, Integer> countsBySeverity() {
        return count(d -> true);
    }

    /**
     * How many failing differences fall in each severity, every severity present, lowest first: what a
     * summary line shows, so that allowed differences (a migration history table production lacks) do
     * not read as an alarm.
     */
    public Map<Severity, Integer> failingBySeverity() {
        return count(d -> !d.allowed());
    }

    private Map<Severity, Integer> count(Predicate<AssessedDifference> which) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        differences.stream().filter(which).forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
