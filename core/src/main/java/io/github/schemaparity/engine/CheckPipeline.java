package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureRetry;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.cache.CandidateKey;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.ProductionVersion;
import java.util.Optional;

/**
 * One {@link ParityEngine#check check}, as a flow through the steps: resolve the migrations, load the
 * reference ({@link ReferenceLoader}), get the candidate's catalogs from the cache ({@link CachedCandidates})
 * or build them ({@link CandidateBuilder}: provision, migrate, capture; the database is always removed),
 * then judge and write the reports ({@link JudgingStep}).
 *
 * <p>A live reference is captured while the candidate is built: its version and migration history are read
 * first on a short read-only session ({@link ReferenceFacts}), which is all the provisioning, the version plan
 * and the cache key need; then {@link BothSides} runs the candidate on this thread and the full (consistent)
 * capture on its own session. Not in parallel: a snapshot reference (a file read), the tenants mode, and
 * MySQL/MariaDB without configured schemas (the candidate's database is named after the captured ones).
 */
final class CheckPipeline {
    private final CandidateConfig candidate;
    private final JudgingConfig judging;
    private final ParityLog log;
    /** The candidates of a several-environment run, reused across its environments; {@code null}: one reference. */
    private final CandidateBuilds builds;

    private final CaptureRetry captureRetry;

    CheckPipeline(CandidateConfig candidate, JudgingConfig judging, ParityLog log, CaptureRetry captureRetry) {
        this(candidate, judging, log, captureRetry, null);
    }

    CheckPipeline(CandidateConfig candidate, JudgingConfig judging, ParityLog log, CaptureRetry captureRetry,
            CandidateBuilds builds) {
        this.captureRetry = captureRetry;
        this.candidate = candidate;
        this.judging = judging;
        this.log = log;
        this.builds = builds;
    }

    /**
     * A check's result with the reference's catalog (its migration history, for the environment matrix).
     *
     * @param result    the check's result
     * @param reference the reference's catalog as loaded
     */
    record Outcome(CheckResult result, Catalog reference) {
    }

    CheckResult run() {
        return runWithReference().result();
    }

    Outcome runWithReference() {
        MigrationSource migrations = candidate.migrationSource();
        log.info("migrations: " + migrations.describe());
        Reference reference;
        Candidate got;
        if (candidate.reference() instanceof Source.Jdbc jdbc && ReferenceFacts.sufficient(jdbc, candidate.schemas())) {
            CatalogReaders.forEngine(jdbc.jdbc().engine());
            Reference facts = ReferenceFacts.read(jdbc, candidate.schemas(), log);
            // The full capture on its own read-only session while the candidate is provisioned, migrated and
            // captured: the candidate needs only the facts. A failing candidate interrupts the capture.
            BothSides.Pair<Candidate, Reference> both = BothSides.load(log,
                    shared -> candidateFor(candidate, facts, migrations, shared), shared -> loadReference(shared));
            reference = both.second();
            log.info("captured reference " + both.secondSpan() + ", while the candidate was built "
                    + both.firstSpan());
            got = both.first();
            if (!ReferenceFacts.agree(facts.loaded().catalog(), reference.loaded().catalog())) {
                // Production migrated (or failed over) between the two reads: the candidate is built again
                // against what was captured, so version awareness compares with the captured history.
                log.warn("reference's version or migration history changed during the check: building the"
                        + " candidate again against the captured reference");
                got = candidateFor(candidate, reference, migrations, log);
            }
        } else {
            reference = loadReference(log);
            got = candidateFor(candidate, reference, migrations, log);
        }
        Catalog production = reference.loaded().catalog();
        ParityResult result = JudgingStep.check(judging, candidate, migrations, log)
                .run(got.built().comparison(), reference.loaded(), Roles.CHECK, got.built().steps());
        return new Outcome(new CheckResult(result, got.fromCache() || got.reused(), got.key().map(CandidateKey::prefix),
                got.reused() ? Optional.empty() : got.built().migration()), production);
    }

    /**
     * A tenants-mode check: the reference's schemas matching the pattern, each compared with the one schema the
     * migrations build (one candidate for all of them), or with the reference tenant (then no candidate is built).
     */
    TenantsResult runTenants(Tenants tenants) {
        if (!candidate.schemas().isEmpty()) {
            throw new SchemaParityException("Tenants mode (" + tenants.pattern() + ") picks the reference's schemas by"
                    + " the pattern: remove schemas (" + String.join(", ", candidate.schemas()) + ")");
        }
        MigrationSource migrations = candidate.migrationSource();
        Reference reference = loadReference(log);
        TenantSides sides;
        if (tenants.reference() != null) {
            String template = TenantSides.templateSchema(reference.loaded().catalog(), tenants.reference(), "reference");
            log.info("tenant reference " + template + ": the tenants are compared with it, no candidate is built");
            sides = TenantSides.of(tenants, reference.loaded(), template, "reference tenant " + template,
                    reference.loaded(), true);
        } else {
            log.info("migrations: " + migrations.describe());
            // Each tenant has its own history table at its own version: the candidate is built to the head.
            CandidateConfig all = candidate.toBuilder().versionAware(false).build();
            Loaded built = candidateFor(all, reference, migrations, log).built().comparison();
            String template = TenantSides.templateSchema(built.catalog(), null, "candidate");
            sides = TenantSides.of(tenants, built, template, "migrations schema " + template, reference.loaded(), false);
        }
        return TenantJudging.run(JudgingStep.check(judging, candidate, migrations, log), sides, tenants, Roles.CHECK,
                ReportWriters.tenants(judging.reportDirUnder(candidate.projectDir()), log, migrations,
                        candidate.projectDir(), sides.tenants(), sides.template()), log);
    }

    private Reference loadReference(ParityLog log) {
        return new ReferenceLoader(new SideReader(log, captureRetry),
                ReferenceLoader.CREATE_SNAPSHOT + " or set schemaparity.reference").load(candidate);
    }

    /**
     * The candidate's catalogs: reused from this run, from the cache, or built (the database always removed).
     *
     * @param built    the candidate as got
     * @param key      its cache key, empty when the cache is off
     * @param fromCache whether the catalogs came from the cache
     * @param reused   whether they came from an earlier environment of this run
     */
    private record Candidate(BuiltCandidate built, Optional<CandidateKey> key, boolean fromCache, boolean reused) {
    }

    private Candidate candidateFor(CandidateConfig candidate, Reference reference, MigrationSource migrations,
            ParityLog log) {
        Catalog production = reference.loaded().catalog();
        // The candidate is captured by the same reader: fail on an engine SchemaParity cannot capture before starting anything.
        CatalogReaders.forEngine(production.engine());
        ProductionVersion version = ProductionVersion.of(production.engine(), production.serverVersion());
        CandidateBuilder builder = new CandidateBuilder(candidate, reference, log);
        VersionPlan plan = VersionPlan.of(candidate.versionAware(), migrations.tool(), production.migrationHistory());
        log.info(plan.reason());

        CachedCandidates cache = new CachedCandidates(candidate, log, migrations, version, plan, reference,
                builder.schemas());
        Optional<CandidateKey> key = candidate.cache() ? cache.key() : Optional.empty();
        if (!candidate.cache()) {
            log.info("candidate cache off: building the candidate");
        }
        String buildKey = production.engine().id() + " " + version.major() + " | " + plan.cacheTarget() + " | "
                + reference.schemas();
        BuiltCandidate built = builds == null ? null : builds.reuse(buildKey).orElse(null);
        boolean reused = built != null;
        if (reused) {
            log.info("candidate reused from this run (" + version.label() + ", "
                    + (plan.cacheTarget() == null ? "every migration" : plan.cacheTarget()) + "): no database started");
        } else {
            built = key.flatMap(cache::lookup).orElse(null);
        }
        boolean fromCache = built != null && !reused;
        if (built == null) {
            // Always closed, also when a migration or the capture fails: nothing is left running.
            try (CandidateDatabase database = builder.provision(version)) {
                built = builder.build(database, migrations, plan);
            }
            if (key.isPresent()) {
                cache.store(built);
            }
        }
        if (builds != null && !reused) {
            builds.add(buildKey, built, fromCache);
        }
        return new Candidate(built, key, fromCache, reused);
    }
}
