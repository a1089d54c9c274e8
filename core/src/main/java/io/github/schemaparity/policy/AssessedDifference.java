package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Difference;

/**
 * A difference as the policy judged it.
 *
 * @param difference      the difference
 * @param risk            0-100, from the {@link RiskTable}
 * @param severity        the band of {@code risk}
 * @param allowed         whether the policy lets it pass
 * @param reason          why it is allowed (e.g. {@code ignored by pattern 'public.tmp_*'}), or why a rule or
 *                        an expired baseline entry fails it; {@code null} when nothing but its severity decided
 * @param fix             SQL that removes the difference, or {@code null} where none is generated
 * @param acknowledgement the baseline entry naming this difference and what it did, or {@code null}
 */
public record AssessedDifference(Difference difference, int risk, Severity severity, boolean allowed, String reason,
        String fix, Acknowledgement acknowledgement) {

    /** A difference no baseline entry names. */
    public AssessedDifference(Difference difference, int risk, Severity severity, boolean allowed, String reason,
            String fix) {
        this(difference, risk, severity, allowed, reason, fix, null);
    }

    /** Whether a baseline entry accepted this difference. */
    public boolean acknowledged() {
        return acknowledgement != null && acknowledgement.status() == Acknowledgement.Status.ACKNOWLEDGED;
    }

    /** This judgement with the SQL that removes the difference ({@code null}: none generated). */
    public AssessedDifference withFix(String sql) {
        return new AssessedDifference(difference, risk, severity, allowed, reason, sql, acknowledgement);
    }
}
