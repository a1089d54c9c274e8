package io.github.schemaparity.policy;

import io.github.schemaparity.diff.Difference;

/**
 * A difference as the policy judged it.
 *
 * @param difference the difference
 * @param risk       0-100, from the {@link RiskTable}
 * @param severity   the band of {@code risk}
 * @param allowed    whether the policy lets it pass
 * @param reason     why it is allowed (e.g. {@code ignored by pattern 'public.tmp_*'}), or {@code null}
 * @param fix        SQL that removes the difference, or {@code null} where none is generated
 */
public record AssessedDifference(Difference difference, int risk, Severity severity, boolean allowed, String reason,
        String fix) {

    /** This judgement with the SQL that removes the difference ({@code null}: none generated). */
    public AssessedDifference withFix(String sql) {
        return new AssessedDifference(difference, risk, severity, allowed, reason, sql);
    }
}
