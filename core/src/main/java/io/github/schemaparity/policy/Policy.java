package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Difference;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which differences fail the comparison.
 *
 * <p>A difference is allowed when its object path matches an ignore pattern (see {@link GlobPattern}),
 * or when its severity is below {@code failOn}. Allowed differences stay in the assessment, with the
 * reason, so reports still show them.
 *
 * @param ignore    globs over object paths; a pattern also covers the children of what it matches
 * @param failOn    the lowest severity that fails; {@link Severity#LOW} fails on any difference
 * @param riskTable rates each difference
 */
public record Policy(List<String> ignore, Severity failOn, RiskTable riskTable) {
    public Policy {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        failOn = failOn == null ? Severity.LOW : failOn;
        riskTable = riskTable == null ? RiskTable.defaults() : riskTable;
        ignore.forEach(GlobPattern::compile); // reject a bad pattern when the policy is made, not mid-report
    }

    /** No ignores, fail on any difference, default risks. */
    public static Policy defaults() {
        return new Policy(List.of(), Severity.LOW, RiskTable.defaults());
    }

    /** Rates and judges each difference, keeping their order. */
    public Assessment assess(List<Difference> differences) {
        List<GlobPattern> patterns = ignore.stream().map(GlobPattern::compile).toList();
        List<AssessedDifference> assessed = new ArrayList<>(differences.size());
        for (Difference difference : differences) {
            int risk = riskTable.risk(difference);
            Severity severity = Severity.ofRisk(risk);
            String reason = null;
            for (GlobPattern pattern : patterns) {
                if (pattern.matches(difference.object())) {
                    reason = "ignored by pattern '" + pattern.pattern() + "'";
                    break;
                }
            }
            if (reason == null && severity.compareTo(failOn) < 0) {
                reason = "below failOn " + failOn;
            }
            assessed.add(new AssessedDifference(difference, risk, severity, reason != null, reason, null));
        }
        return Assessment.of(assessed);
    }
}
