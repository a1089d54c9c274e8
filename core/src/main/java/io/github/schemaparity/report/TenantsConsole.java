package io.github.schemaparity.report;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import java.util.ArrayList;
import java.util.List;

/**
 * The console of a tenants-mode comparison: one summary line, then one line per drifted tenant (its verdict,
 * counts and most severe difference) and one for database-wide differences, never one line per difference:
 * with a thousand tenants the full detail belongs in the reports.
 *
 * <pre>
 * SchemaParity FAIL: 20 tenants: 18 equal, 2 drifted (2 failing); compared with migrations schema public
 *   tenant_004  FAIL  1 difference (1 failing): HIGH INDEX tenant_004.orders.orders_hotfix_idx UNEXPECTED
 * </pre>
 */
public final class TenantsConsole {
    private TenantsConsole() {
    }

    /**
     * The lines, with their levels: the summary at INFO, a tenant or the database-wide part with a failing
     * difference at ERROR, one whose differences are all allowed at WARN.
     *
     * @param template what the tenants were compared with, e.g. {@code migrations schema public}
     */
    public static List<ConsoleLine> lines(ParityReport report, List<TenantRow> rows, String template) {
        Assessment assessment = report.assessment();
        long drifted = rows.stream().filter(r -> !r.equal()).count();
        long failing = rows.stream().filter(r -> r.failing() > 0).count();
        List<AssessedDifference> databaseWide = assessment.differences().stream()
                .filter(d -> TenantRow.tenantOf(d) == null).toList();
        StringBuilder summary = new StringBuilder("SchemaParity ").append(assessment.verdict()).append(": ")
                .append(rows.size()).append(rows.size() == 1 ? " tenant: " : " tenants: ")
                .append(rows.size() - drifted).append(" equal, ").append(drifted).append(" drifted");
        if (failing > 0) {
            summary.append(" (").append(failing).append(" failing)");
        }
        if (!databaseWide.isEmpty()) {
            summary.append("; ").append(count(databaseWide.size(), "database-wide difference"));
        }
        summary.append("; compared with ").append(template);
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(ConsoleLine.info(summary.toString()));
        int width = rows.stream().filter(r -> !r.equal()).mapToInt(r -> r.tenant().length()).max().orElse(0);
        for (TenantRow row : rows) {
            if (!row.equal()) {
                lines.add(line(String.format("  %-" + width + "s  %s  ", row.tenant(), row.verdict()), row.differences(),
                        row.failing(), row.first()));
            }
        }
        if (!databaseWide.isEmpty()) {
            int failingWide = (int) databaseWide.stream().filter(d -> !d.allowed()).count();
            lines.add(line("  database-wide  ", databaseWide.size(), failingWide,
                    databaseWide.stream().min(ConsoleReport.ORDER).orElseThrow()));
        }
        return List.copyOf(lines);
    }

    private static ConsoleLine line(String lead, int differences, int failing, AssessedDifference first) {
        Difference d = first.difference();
        String text = lead + count(differences, "difference") + " (" + failing + " failing): " + first.severity() + " "
                + d.objectType() + " " + d.object() + " " + d.change() + " " + ConsoleReport.detail(d);
        if (differences > 1) {
            text += " (+" + (differences - 1) + " more in the report)";
        }
        return new ConsoleLine(failing > 0 ? ConsoleLine.Level.ERROR : ConsoleLine.Level.WARN, text.stripTrailing());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
