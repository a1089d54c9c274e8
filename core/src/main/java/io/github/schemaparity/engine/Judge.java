package io.github.schemaparity.engine;

import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.fix.FixFiles;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.GlobPattern;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.report.ParityReport;
import io.github.schemaparity.report.PendingMigration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The judging step: diff the two sides, apply the policy, plan the fix SQL, and (version aware) say what
 * each pending migration will do to production. Writes nothing: {@link ReportWriter}s do.
 */
final class Judge {
    /** Why a pending difference is allowed: it is what an undeployed migration will do, not drift. */
    static final String PENDING_REASON = "pending migration: not applied in production yet";

    private final ParityLog log;
    private final DiffOptions diffOptions;
    private final Policy policy;
    private final boolean destructiveFixes;

    /**
     * @param policy the policy as applied (a check's includes the history-table ignores)
     */
    Judge(ParityLog log, DiffOptions diffOptions, Policy policy, boolean destructiveFixes) {
        this.log = log;
        this.diffOptions = diffOptions;
        this.policy = policy;
        this.destructiveFixes = destructiveFixes;
    }

    /**
     * Judges {@code expected} against {@code actual}.
     *
     * @param pending the pending migrations after {@code expected}, with the catalog after each; empty for none
     * @throws SchemaParityException when the two sides run different engines
     */
    Judgement judge(Loaded expected, Loaded actual, Roles roles, List<BuiltCandidate.Step> pending) {
        List<String> warnings = new ArrayList<>();
        checkSameEngine(expected.catalog(), actual.catalog(), roles, warnings);

        long start = System.nanoTime();
        List<Difference> differences = new CatalogDiffer(diffOptions).diff(expected.catalog(), actual.catalog());
        Assessment assessment = policy.assess(differences);
        Optional<FixFiles> fixes = planFixes(expected, actual, differences, assessment);
        log.info("compared: " + differences.size() + " differences (" + assessment.failing() + " failing, "
                + assessment.allowed() + " allowed) in " + Elapsed.millis(start) + " ms");
        ParityReport report = new ParityReport(expected.side(), actual.side(), assessment,
                pending(expected.catalog(), pending), fixes.map(FixFiles::perDifference).orElse(FixPlan.NONE),
                NotComparedLedger.of(expected.catalog(), actual.catalog()));
        return new Judgement(report, fixes, warnings, start);
    }

    /** Plans the fix SQL; a failure there is logged and leaves the comparison's verdict and reports intact. */
    private Optional<FixFiles> planFixes(Loaded expected, Loaded actual, List<Difference> differences,
            Assessment assessment) {
        try {
            return Optional.of(FixFiles.plan(EngineRegistry.of(actual.catalog().engine()).fixDialect(),
                    expected.catalog(), actual.catalog(), differences, diffOptions,
                    destructiveFixes, assessment.differences().stream().filter(d -> d.allowed())
                            .map(d -> d.difference()).toList()));
        } catch (RuntimeException e) {
            log.warn("fix SQL not generated: " + e);
            return Optional.empty();
        }
    }

    /**
     * What each pending migration does to production: the diff from the catalog before it (expected:
     * production as it is) to the catalog after it (actual: production once migrated), rated by the
     * policy's risk table, allowed. History rows and ignored paths are left out.
     */
    private List<PendingMigration> pending(Catalog comparison, List<BuiltCandidate.Step> steps) {
        List<GlobPattern> ignored = policy.ignore().stream().map(GlobPattern::compile).toList();
        CatalogDiffer differ = new CatalogDiffer(diffOptions);
        List<PendingMigration> pending = new ArrayList<>();
        Catalog before = withoutHistory(comparison);
        for (BuiltCandidate.Step step : steps) {
            Catalog after = withoutHistory(step.after());
            List<AssessedDifference> assessed = new ArrayList<>();
            for (Difference d : differ.diff(before, after)) {
                if (ignored.stream().noneMatch(p -> p.matches(d.object()))) {
                    int risk = policy.riskTable().risk(d);
                    assessed.add(new AssessedDifference(d, risk, Severity.ofRisk(risk), true, PENDING_REASON));
                }
            }
            ProjectMigration m = step.migration();
            pending.add(new PendingMigration(m.version() != null ? m.version() : m.key(), m.description(), m.script(),
                    assessed));
            before = after;
        }
        return pending;
    }

    private static Catalog withoutHistory(Catalog catalog) {
        return catalog.withMigrationHistory(List.of());
    }

    private void checkSameEngine(Catalog expected, Catalog actual, Roles roles, List<String> warnings) {
        if (expected.engine() != actual.engine()) {
            throw new SchemaParityException("Engine mismatch: " + roles.expected() + " is " + expected.engine().id() + " "
                    + expected.serverVersion() + ", " + roles.actual() + " is " + actual.engine().id() + " "
                    + actual.serverVersion());
        }
        if (!Objects.equals(expected.majorVersion(), actual.majorVersion())) {
            String warning = "Version mismatch: " + roles.expected() + " is " + expected.engine().id() + " "
                    + expected.serverVersion() + ", " + roles.actual() + " is " + actual.serverVersion()
                    + "; some differences may come from the server versions rather than the schema";
            warnings.add(warning);
            log.warn(warning);
        }
    }
}
