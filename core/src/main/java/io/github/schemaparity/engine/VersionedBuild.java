package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.GlobPattern;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.report.PendingMigration;
import io.github.schemaparity.report.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Version awareness on a provisioned candidate: migrate it to the version production has applied and
 * capture it (the catalog compared with production), then apply each pending migration alone and capture
 * again, so each one's effect on production is the diff between two captures. The database ends with every
 * migration applied. Without an active {@link VersionPlan} it is the plain build: every migration, one capture.
 */
final class VersionedBuild {
    /** Why a pending difference is allowed: it is what an undeployed migration will do, not drift. */
    static final String PENDING_REASON = "pending migration: not applied in production yet";

    /**
     * One pending migration and the candidate's catalog once it was applied.
     *
     * @param migration the migration
     * @param after     the catalog after it (and every one before it)
     */
    record Step(ProjectMigration migration, Catalog after) {
    }

    /**
     * A built candidate.
     *
     * @param comparison the catalog at production's version, compared with production
     * @param migration  what the tool applied in all, or empty from the cache
     * @param steps      the pending migrations in order, with the catalog after each
     */
    record Outcome(ParityEngine.Loaded comparison, Optional<MigrationResult> migration, List<Step> steps) {
        Outcome {
            steps = List.copyOf(steps);
        }
    }

    private VersionedBuild() {
    }

    static Outcome build(ParityEngine engine, ParityLog log, CandidateDatabase candidate, MigrationSource migrations,
            CheckConfig config, CandidateSchemas schemas, VersionPlan plan) {
        if (!plan.active()) {
            MigrationResult migration = CheckRun.migrate(candidate, migrations, config, log);
            return new Outcome(CheckRun.captureMigrated(engine, log, candidate, schemas), Optional.of(migration), List.of());
        }
        Migrator migrator = new Migrator(config.resources())
                .withScriptSyntax(EngineRegistry.of(candidate.engine()).scriptSyntax());
        long start = System.nanoTime();
        List<ProjectMigration> project = migrator.pending(migrations, candidate.jdbcUrl(), candidate.user(),
                candidate.password());
        int applied = plan.appliedCount(project);
        MigrationResult migration = null;
        if (applied > 0) {
            migration = apply(migrator, candidate, migrations, plan.targetFor(project, applied));
        }
        List<ProjectMigration> pending = project.subList(applied, project.size());
        log.info("migrated candidate with " + migrations.tool().displayName() + ": " + applied + " migrations applied in "
                + ParityEngine.millis(start) + " ms" + (pending.isEmpty() ? ""
                        : " (production's version; " + pending.size() + " pending)"));
        ParityEngine.Loaded comparison = CheckRun.captureMigrated(engine, log, candidate, schemas);

        start = System.nanoTime();
        // Each pending migration alone, captured quietly: the log already said what the candidate is.
        ParityEngine quiet = new ParityEngine(ParityLog.silent());
        List<Step> steps = new ArrayList<>();
        for (ProjectMigration next : pending) {
            migration = apply(migrator, candidate, migrations, plan.stepTo(next));
            steps.add(new Step(next, CheckRun.captureMigrated(quiet, ParityLog.silent(), candidate, schemas).catalog()));
        }
        // Repeatable migrations run last in Flyway: the database ends as the project's head.
        MigrationResult last = apply(migrator, candidate, migrations, MigrationTarget.LATEST);
        applied += steps.size() + (last.tool() == MigrationTool.FLYWAY ? last.applied() : 0);
        // Liquibase counts the rows of its table (every run so far); Flyway counts each call's own.
        int total = last.tool() == MigrationTool.FLYWAY ? applied : last.applied();
        Optional<String> lastVersion = last.lastVersion().isPresent() || migration == null ? last.lastVersion()
                : migration.lastVersion();
        migration = new MigrationResult(last.tool(), total, lastVersion, last.historyTables());
        if (!steps.isEmpty()) {
            log.info("applied the " + steps.size() + " pending migrations one at a time to see what each does, in "
                    + ParityEngine.millis(start) + " ms");
        }
        return new Outcome(comparison, Optional.of(migration), steps);
    }

    private static MigrationResult apply(Migrator migrator, CandidateDatabase candidate, MigrationSource migrations,
            MigrationTarget target) {
        return migrator.apply(migrations, candidate.jdbcUrl(), candidate.user(), candidate.password(), target);
    }

    /**
     * The pending migrations of an outcome with what each does to production: the diff from the catalog
     * before it (expected: production as it is) to the catalog after it (actual: production once migrated),
     * rated by the policy's risk table, allowed. History rows and ignored paths are left out.
     */
    static List<PendingMigration> pending(Outcome outcome, CheckConfig config, Policy policy) {
        List<GlobPattern> ignored = policy.ignore().stream().map(GlobPattern::compile).toList();
        CatalogDiffer differ = new CatalogDiffer(config.diffOptions());
        List<PendingMigration> pending = new ArrayList<>();
        Catalog before = withoutHistory(outcome.comparison().catalog());
        for (Step step : outcome.steps()) {
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

    /**
     * The pending steps of a cached build: the migrations in the head catalog's history that the comparison
     * catalog lacks, in the order they were applied.
     */
    static List<ProjectMigration> pendingFromHistory(Catalog comparison, Catalog head, String tool) {
        Set<String> applied = comparison.migrationHistory().stream().filter(r -> tool.equals(r.tool()))
                .map(AppliedMigration::key).collect(Collectors.toSet());
        return head.migrationHistory().stream()
                .filter(r -> tool.equals(r.tool()) && !applied.contains(r.key())
                        && !(AppliedMigration.FLYWAY.equals(r.tool()) && r.version() == null))
                .map(r -> new ProjectMigration(r.key(), r.version(), r.description(), r.script()))
                .toList();
    }

    /** A cached catalog as a loaded candidate side. */
    static ParityEngine.Loaded loaded(Catalog catalog) {
        return new ParityEngine.Loaded(Side.of(Side.MIGRATIONS, catalog), catalog);
    }
}
