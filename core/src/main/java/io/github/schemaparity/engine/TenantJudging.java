package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.report.TenantRow;
import io.github.schemaparity.report.TenantsConsole;
import java.util.List;

/**
 * The judging of a tenants-mode run: the {@link TenantSides} through the usual {@link Judge}, written by the
 * tenants report writers ({@link ReportWriters#tenants}), and the per-tenant rows handed back.
 */
final class TenantJudging {
    private TenantJudging() {
    }

    /**
     * @param step the judging a non-tenant run of the same kind would use (its judge and report folder)
     */
    static TenantsResult run(JudgingStep step, TenantSides sides, Tenants tenants, Roles roles,
            List<ReportWriter> writers, ParityLog log) {
        log.info(sides.describe(tenants));
        ParityResult result = new JudgingStep(step.judge(), writers, step.reportFile())
                .run(sides.expected(), sides.actual(), roles, List.of());
        List<TenantRow> rows = TenantRow.of(result.report().assessment(), sides.tenants());
        ParityResult shown = new ParityResult(result.report(), TenantsConsole.lines(result.report(), rows,
                sides.template()), result.reportFile(), result.warnings());
        return new TenantsResult(shown, rows, sides.excluded(), sides.template());
    }
}
