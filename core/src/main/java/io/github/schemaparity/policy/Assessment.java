package io.github.schemaparity.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every difference with the policy's judgement, and the verdict.
 *
 * @param differences the assessed differences, in the diff's order
 * @param verdict     {@link Verdict#FAIL} when any difference is not allowed
 */
public record Assessment(List<AssessedDifference> differences, Verdict verdict) {
    public Assessment {
        differences = differences == null ? List.of() : List.copyOf(differences);
        if (verdict == null) {
            verdict = differences.stream().allMatch(AssessedDifference::allowed) ? Verdict.PASS : Verdict.FAIL;
        }
    }

    /** An assessment whose verdict follows from its differences. */
    public static Assessment of(List<AssessedDifference> differences) {
        return new Assessment(differences, null);
    }

    /**
     * The same assessment with each difference's fix SQL filled in (the verdict is unchanged).
     *
     * @param fixes the fix of a difference, or {@code null} for none
     */
    public Assessment withFixes(java.util.function.Function<io.github.schemaparity.diff.Difference, String> fixes) {
        return new Assessment(differences.stream().map(d -> d.withFix(fixes.apply(d.difference()))).toList(), verdict);
    }

    /** How many differences are not allowed. */
    public int failing() {
        return (int) differences.stream().filter(d -> !d.allowed()).count();
    }

    /** How many differences are allowed. */
    public int allowed() {
        return (int) differences.stream().filter(AssessedDifference::allowed).count();
    }

    /** How many differences fall in each severity, every severity present (zero included), lowest first. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        differences.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }
}
