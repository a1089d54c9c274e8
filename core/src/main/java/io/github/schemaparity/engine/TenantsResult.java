package io.github.schemaparity.engine;

import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.report.TenantRow;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a tenants-mode {@link ParityEngine#compareTenants compare} or
 * {@link ParityEngine#checkTenants check}.
 *
 * @param parity   the whole comparison: every tenant's differences under its own object paths; its console
 *                 lines are the tenants summary (one line per drifted tenant)
 * @param tenants  one row per tenant schema, sorted by name, as {@code report.json}'s {@code tenants} array
 * @param excluded the actual side's schemas that did not match the pattern (not compared)
 * @param template what the tenants were compared with, e.g. {@code migrations schema public}
 */
public record TenantsResult(ParityResult parity, List<TenantRow> tenants, List<String> excluded, String template) {
    public TenantsResult {
        tenants = List.copyOf(tenants);
        excluded = List.copyOf(excluded);
    }

    /** FAIL when a difference of any tenant (or a database-wide one) is not allowed. */
    public Verdict verdict() {
        return parity.verdict();
    }

    /** Whether the run passed. */
    public boolean passed() {
        return parity.passed();
    }

    /** The tenants with a difference not allowed by the policy. */
    public List<String> failingTenants() {
        return tenants.stream().filter(t -> t.verdict() == Verdict.FAIL).map(TenantRow::tenant).toList();
    }

    /** The tenants with any difference, allowed or not. */
    public List<String> driftedTenants() {
        return tenants.stream().filter(t -> !t.equal()).map(TenantRow::tenant).toList();
    }

    /** The {@code report.json} written. */
    public Path reportFile() {
        return parity.reportFile();
    }

    /**
     * The one line a front end fails with, e.g. {@code SchemaParity: 2 of 20 tenants fail: tenant_004,
     * tenant_011 (see target/schemaparity/report.json)}.
     *
     * @param base the folder the report path is shown relative to (when under it), or {@code null}
     */
    public String failureMessage(Path base) {
        List<String> failing = failingTenants();
        if (failing.isEmpty()) {
            return parity.failureMessage(base);
        }
        String generic = parity.failureMessage(base);
        String see = generic.substring(generic.lastIndexOf(" (see "));
        List<String> shown = failing.subList(0, Math.min(10, failing.size()));
        return "SchemaParity: " + failing.size() + " of " + tenants.size() + " tenants fail: " + String.join(", ", shown)
                + (failing.size() > shown.size() ? " and " + (failing.size() - shown.size()) + " more" : "") + see;
    }
}
