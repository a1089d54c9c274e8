package io.github.schemaparity.report;

import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Verdict;
import java.util.List;

/**
 * The outcome of one comparison, as every report format renders it.
 *
 * @param expected   where the expected catalog came from (what the project's code says)
 * @param actual     where the actual catalog came from (the other side)
 * @param assessment the differences as the policy judged them, and the verdict
 * @param pending    migrations of the project production has not applied yet, with what each will do
 *                   (version awareness); they never change the verdict
 * @param fixes      the fix SQL of the assessment's differences ({@link FixPlan#NONE} when none was planned);
 *                   pending migrations get none
 * @param notCompared what either side holds that was not compared (the ledger); never changes the verdict,
 *                    but every report shows it, so a PASS never hides what it did not look at
 */
public record ParityReport(Side expected, Side actual, Assessment assessment, List<PendingMigration> pending,
        FixPlan fixes, List<Uncompared> notCompared) {

    public ParityReport {
        pending = pending == null ? List.of() : List.copyOf(pending);
        fixes = fixes == null ? FixPlan.NONE : fixes;
        notCompared = notCompared == null ? List.of() : List.copyOf(notCompared);
    }

    /** A report with fix SQL and an empty ledger. */
    public ParityReport(Side expected, Side actual, Assessment assessment, List<PendingMigration> pending,
            FixPlan fixes) {
        this(expected, actual, assessment, pending, fixes, List.of());
    }

    /** A report without fix SQL, with its ledger. */
    public ParityReport(Side expected, Side actual, Assessment assessment, List<PendingMigration> pending,
            List<Uncompared> notCompared) {
        this(expected, actual, assessment, pending, FixPlan.NONE, notCompared);
    }

    /** A report without fix SQL and with an empty ledger. */
    public ParityReport(Side expected, Side actual, Assessment assessment, List<PendingMigration> pending) {
        this(expected, actual, assessment, pending, FixPlan.NONE, List.of());
    }

    /** A report without pending migrations. */
    public ParityReport(Side expected, Side actual, Assessment assessment) {
        this(expected, actual, assessment, List.of(), FixPlan.NONE);
    }

    /** The fix SQL of one of the assessment's differences, or {@code null}. */
    public String fixFor(AssessedDifference assessed) {
        return fixes.sqlFor(assessed.difference());
    }

    /** The verdict of the assessment. */
    public Verdict verdict() {
        return assessment.verdict();
    }
}
