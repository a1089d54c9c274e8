package io.github.schemaparity.report;

import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Verdict;

/**
 * The outcome of one comparison, as every report format renders it.
 *
 * @param expected   where the expected catalog came from (what the project's code says)
 * @param actual     where the actual catalog came from (the other side)
 * @param assessment the differences as the policy judged them, and the verdict
 */
public record ParityReport(Side expected, Side actual, Assessment assessment) {

    /** The verdict of the assessment. */
    public Verdict verdict() {
        return assessment.verdict();
    }
}
