package io.github.schemaparity.report;

import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tenant schema of a tenants-mode comparison, as the {@code tenants} array of {@code report.json} and
 * the tenants console lines show it: its verdict and how many of the run's differences are its own (those
 * whose object path starts with the tenant's name).
 *
 * @param tenant      the tenant's schema name
 * @param verdict     FAIL when one of its differences is not allowed
 * @param differences its differences, allowed or not
 * @param failing     those the policy does not allow
 * @param allowed     those it allows
 * @param first       its most severe difference (failing before allowed), {@code null} when it has none
 */
public record TenantRow(String tenant, Verdict verdict, int differences, int failing, int allowed,
        AssessedDifference first) {

    /** Whether the tenant has no difference at all. */
    public boolean equal() {
        return differences == 0;
    }

    /**
     * The rows of {@code tenants}, in that order, from the run's assessment; a difference outside every tenant
     * (an extension, a database setting) belongs to no row.
     */
    public static List<TenantRow> of(Assessment assessment, List<String> tenants) {
        Map<String, List<AssessedDifference>> byTenant = new LinkedHashMap<>();
        tenants.forEach(t -> byTenant.put(t, new ArrayList<>()));
        for (AssessedDifference d : assessment.differences()) {
            List<AssessedDifference> own = byTenant.get(tenantOf(d));
            if (own != null) {
                own.add(d);
            }
        }
        List<TenantRow> rows = new ArrayList<>(tenants.size());
        byTenant.forEach((tenant, own) -> {
            int failing = (int) own.stream().filter(d -> !d.allowed()).count();
            AssessedDifference first = own.stream().min(ConsoleReport.ORDER).orElse(null);
            rows.add(new TenantRow(tenant, failing > 0 ? Verdict.FAIL : Verdict.PASS, own.size(), failing,
                    own.size() - failing, first));
        });
        return List.copyOf(rows);
    }

    /** The schema a difference's object path starts with; {@code null} for database-wide objects. */
    static String tenantOf(AssessedDifference assessed) {
        ObjectType type = assessed.difference().objectType();
        if (type == ObjectType.EXTENSION || type == ObjectType.SETTING || type == ObjectType.MIGRATION
                || type == ObjectType.DATABASE_SETTING || type == ObjectType.ROLE_SETTING) {
            return null;
        }
        String object = assessed.difference().object();
        int dot = object.indexOf('.');
        return dot < 0 ? object : object.substring(0, dot);
    }
}
