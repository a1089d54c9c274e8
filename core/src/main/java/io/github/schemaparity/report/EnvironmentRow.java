package io.github.schemaparity.report;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.policy.Verdict;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One environment's line of the environment matrix: where it stands and what was found there.
 *
 * @param name            the environment's name
 * @param report          its full comparison (also written to its own report folder)
 * @param appliedVersion  its applied migration version (Flyway: the highest; Liquibase: the number of
 *                        changesets), or {@code null} when it records no migration history
 * @param historyProblems its history problems: failed migrations it recorded, and differences of the
 *                        migration history (edited or missing migrations)
 * @param failOnPending   whether its pending migrations fail it
 * @param reportFolder    its report folder, relative to the matrix's
 */
public record EnvironmentRow(String name, ParityReport report, String appliedVersion, int historyProblems,
        boolean failOnPending, String reportFolder) {
    /** How many pending migrations the matrix names before "...". */
    static final int FIRST_PENDING = 3;

    /** The row of one environment, from its report and its reference's catalog. */
    public static EnvironmentRow of(String name, ParityReport report, Catalog reference, boolean failOnPending) {
        List<AppliedMigration> history = reference.migrationHistory();
        String applied = history.stream().filter(r -> AppliedMigration.FLYWAY.equals(r.tool()) && r.success()
                && r.version() != null).map(AppliedMigration::version)
                .max(EnvironmentRow::compareVersions).orElse(null);
        if (applied == null) {
            long changesets = history.stream().filter(r -> AppliedMigration.LIQUIBASE.equals(r.tool())).count();
            applied = changesets == 0 ? null : changesets + " changesets";
        }
        int failed = (int) history.stream().filter(r -> !r.success()).count();
        int historyDiffs = (int) report.assessment().differences().stream()
                .filter(d -> d.difference().objectType() == ObjectType.MIGRATION).count();
        return new EnvironmentRow(name, report, applied, failed + historyDiffs, failOnPending, name);
    }

    /** The environment's verdict: its comparison's, and FAIL when pending migrations fail it. */
    public Verdict verdict() {
        boolean pendingFails = failOnPending && !report.pending().isEmpty();
        return pendingFails ? Verdict.FAIL : report.verdict();
    }

    /** Whether it passed. */
    public boolean passed() {
        return verdict() == Verdict.PASS;
    }

    /**
     * The environment's reference as the user gave it (masked URL and settings.xml server, or snapshot file
     * and capture time), or {@code null} when its report does not say.
     */
    public String reference() {
        Origin origin = report.actual() == null ? null : report.actual().origin();
        return origin == null ? null : origin.describe();
    }

    /** Engine and server version, e.g. {@code postgresql 16.4}. */
    public String server() {
        return report.actual().engine().id() + " " + report.actual().version();
    }

    /** The differences that are drift: every one but the migration history's. */
    public List<AssessedDifference> drift() {
        return report.assessment().differences().stream()
                .filter(d -> d.difference().objectType() != ObjectType.MIGRATION).toList();
    }

    /** Drift counts by severity, highest first, severities without drift left out. */
    public Map<Severity, Integer> driftBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        drift().forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        return counts;
    }

    /** How many differences fail it. */
    public int failing() {
        return report.assessment().failing();
    }

    /** The pending migrations' versions, the first {@value #FIRST_PENDING}, then "...". */
    public String firstPending() {
        List<String> versions = new ArrayList<>();
        for (PendingMigration p : report.pending()) {
            if (versions.size() == FIRST_PENDING) {
                versions.add("...");
                break;
            }
            versions.add(p.version());
        }
        return String.join(", ", versions);
    }

    /** What differs, as a comparable set: type, object, change and attribute of each drift. */
    List<String> driftKeys() {
        return drift().stream().map(d -> key(d.difference())).sorted().toList();
    }

    static String key(Difference d) {
        return d.objectType() + " " + d.object() + " " + d.change() + (d.attribute() == null ? "" : " " + d.attribute());
    }

    /** Why it failed, in a few words, or {@code null} when it passed. */
    public String failureReason() {
        if (passed()) {
            return null;
        }
        List<String> why = new ArrayList<>();
        if (failing() > 0) {
            why.add(failing() + (failing() == 1 ? " difference" : " differences") + " not allowed by the policy");
        }
        if (failOnPending && !report.pending().isEmpty()) {
            why.add(report.pending().size() + " pending " + (report.pending().size() == 1 ? "migration" : "migrations"));
        }
        if (why.isEmpty()) {
            why.add("stale baseline entries (baselineStrict)");
        }
        return String.join(" and ", why);
    }

    /** Flyway's order: numeric parts compared as numbers ({@code 10} after {@code 9}). */
    private static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long number(String[] parts, int i) {
        try {
            return i < parts.length ? Long.parseLong(parts[i]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
