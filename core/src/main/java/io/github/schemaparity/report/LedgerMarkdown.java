package io.github.schemaparity.report;

import io.github.schemaparity.diff.Uncompared;
import java.util.List;

/** The ledger in the Markdown report: one table row per kind and reason, cut to fit a pull-request comment. */
final class LedgerMarkdown {
    private LedgerMarkdown() {
    }

    /** Appends the section while {@code out} stays under {@code budget} characters; nothing for an empty ledger. */
    static void append(StringBuilder out, List<Uncompared> ledger, int budget) {
        if (ledger.isEmpty()) {
            return;
        }
        out.append("\n#### Not compared\n\n").append(SummaryLine.count(ledger.size(), "object"))
                .append(" the comparison did not look at (never failing):\n\n")
                .append("| Kind | Count | Objects | Why |\n|---|---|---|---|\n");
        for (LedgerText.Group group : LedgerText.groups(ledger)) {
            StringBuilder objects = new StringBuilder();
            for (Uncompared object : group.objects()) {
                objects.append(objects.length() == 0 ? "" : ", ").append(MarkdownReport.code(object.object()));
            }
            String row = "| " + MarkdownReport.text(group.kind()) + " | " + group.objects().size() + " | " + objects
                    + " | " + MarkdownReport.text(group.reason()) + " |\n";
            if (out.length() + row.length() > budget) {
                out.append("\n_more objects not compared left out to fit a comment; the JSON report lists them all._\n");
                return;
            }
            out.append(row);
        }
    }
}
