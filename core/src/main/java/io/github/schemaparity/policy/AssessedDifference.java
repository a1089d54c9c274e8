package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Difference;

/**
 * A difference as the policy judged it. How to fix it is not the policy's business: the fix SQL travels
 * beside the assessment ({@code fix.FixPlan}), to the reports.
 *
 * @param difference      the difference
 * @param risk            0-100, from the {@link RiskTable}
 * @param severity        the band of {@code risk}
 * @param allowed         whether the policy lets it pass
 * @param reason          why it is allowed (e.g. {@code ignored by pattern 'public.tmp_*'}), or why a rule or
 *                        an expired baseline entry fails it; {@code null} when nothing but its severity decided
 * @param acknowledgement the baseline entry naming this difference and what it did, or {@code null}
 */
public record AssessedDifference(Difference difference, int risk, Severity severity, boolean allowed, String reason,
        Acknowledgement acknowledgement) {

    /** A difference no baseline entry names. */
    public AssessedDifference(Difference difference, int risk, Severity severity, boolean allowed, String reason) {
        this(difference, risk, severity, allowed, reason, null);
    }

    /** Whether a baseline entry accepted this difference. */
    public boolean acknowledged() {
        return acknowledgement != null && acknowledgement.status() == Acknowledgement.Status.ACKNOWLEDGED;
    }
}
