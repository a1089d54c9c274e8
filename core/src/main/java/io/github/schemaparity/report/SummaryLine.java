package io.github.schemaparity.report;

import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The counts every human-readable report leads with, e.g.
 * {@code 4 differences: 2 failing (1 CRITICAL, 1 HIGH), 2 allowed (1 acknowledged); 1 stale baseline entry}.
 *
 * <p>Severities are counted over the failing differences only: an allowed CRITICAL difference (the
 * migration tool's history table a production snapshot lacks) is not an alarm, and listing it beside
 * the verdict made a passing run read like one.
 */
final class SummaryLine {
    private SummaryLine() {
    }

    /** The counts, without verdict; {@code no differences} when there are none (stale entries still shown). */
    static String of(Assessment assessment) {
        int total = assessment.differences().size();
        StringBuilder out = new StringBuilder();
        if (total == 0) {
            out.append("no differences");
        } else {
            out.append(count(total, "difference")).append(": ").append(assessment.failing()).append(" failing");
            List<String> counts = new ArrayList<>();
            Map<Severity, Integer> bySeverity = assessment.failingBySeverity();
            Severity[] severities = Severity.values();
            for (int i = severities.length - 1; i >= 0; i--) {
                int n = bySeverity.get(severities[i]);
                if (n > 0) {
                    counts.add(n + " " + severities[i]);
                }
            }
            if (!counts.isEmpty()) {
                out.append(" (").append(String.join(", ", counts)).append(')');
            }
            out.append(", ").append(assessment.allowed()).append(" allowed");
            if (assessment.acknowledged() > 0) {
                out.append(" (").append(assessment.acknowledged()).append(" acknowledged)");
            }
        }
        int stale = assessment.stale().size();
        if (stale > 0) {
            out.append("; ").append(count(stale, "stale baseline entry", "stale baseline entries"));
            if (assessment.baseline().strict()) {
                out.append(" (baselineStrict: failing)");
            }
        }
        return out.toString();
    }

    /**
     * The counts, then what was not compared, e.g.
     * {@code no differences; not compared: 1 foreign table, 1 event trigger (see report)}: a PASS says so.
     */
    static String of(Assessment assessment, java.util.List<io.github.schemaparity.diff.Uncompared> notCompared) {
        String counts = of(assessment);
        return notCompared.isEmpty() ? counts : counts + "; " + LedgerText.line(notCompared);
    }

    static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
