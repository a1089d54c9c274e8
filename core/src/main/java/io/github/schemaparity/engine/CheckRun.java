package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.cache.CandidateCache;
import io.github.schemaparity.cache.CandidateKey;
import io.github.schemaparity.cache.MigrationFile;
import io.github.schemaparity.cache.MigrationFiles;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.postgres.SchemaNotFoundException;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.migrate.MigrationLayouts;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.provision.ProvisionRequest;
import io.github.schemaparity.provision.Provisioner;
import io.github.schemaparity.report.Side;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One {@link ParityEngine#check}: resolve the migrations, load the reference, get the candidate's
 * catalog (from the cache, or by provisioning a candidate of production's engine and major, migrating
 * and capturing it), then judge candidate (expected) against reference (actual).
 *
 * <p>Its steps that do not depend on the cache are static so that {@link LiveCandidate}, which keeps its
 * candidate running, reads the reference, migrates, captures and applies the policy exactly the same way.
 */
final class CheckRun {
    /** How a user makes the missing reference snapshot; the check goal adds its own setting to it. */
    static final String CREATE_SNAPSHOT = "create it with `mvn schemaparity:snapshot -Dschemaparity.url=<replica>`";

    private final ParityEngine engine;
    private final ParityLog log;
    private final CheckConfig config;
    /** The candidate's schema renaming as cache keys record it (see {@link CandidateSchemas#keyText()}). */
    private String mappingKey = "";

    CheckRun(ParityEngine engine, ParityLog log, CheckConfig config) {
        this.engine = engine;
        this.log = log;
        this.config = config;
    }

    CheckResult run() {
        MigrationSource migrations = resolveMigrations(config, log);
        Reference reference = loadReference(engine, log, config, CREATE_SNAPSHOT + " or set schemaparity.reference");
        Catalog production = reference.loaded().catalog();
        // The candidate is captured by the same reader: fail on an engine SchemaParity cannot capture before starting anything.
        CatalogReaders.forEngine(production.engine());
        ProductionVersion version = ProductionVersion.of(production.engine(), production.serverVersion());
        CandidateSchemas schemas = new CandidateSchemas(config, reference);
        // Keyed by the reference's names: the cached catalog is stored renamed to them.
        CaptureOptions options = new CaptureOptions(reference.schemas(), config.privileges());
        VersionPlan plan = VersionPlan.of(config.versionAware(), migrations.tool(), production.migrationHistory());
        log.info(plan.reason());

        mappingKey = schemas.keyText();
        Optional<CandidateKey> key = config.cache() ? cacheKey(migrations, version, options, plan.cacheTarget())
                : Optional.empty();
        if (!config.cache()) {
            log.info("candidate cache off: building the candidate");
        }
        CandidateCache cache = new CandidateCache(config.cacheDir());
        VersionedBuild.Outcome candidate = key.flatMap(k -> cached(cache, k, version, migrations, plan, options))
                .orElse(null);
        boolean fromCache = candidate != null;
        if (candidate == null) {
            candidate = build(migrations, version, schemas, plan);
            if (key.isPresent()) {
                storeBuild(cache, migrations, version, options, plan, candidate);
            }
        }

        Policy policy = policy(config);
        ParityResult result = engine.judge(candidate.comparison(), reference.loaded(), ParityEngine.Roles.CHECK,
                config.diffOptions(), policy, config.reportDir(), VersionedBuild.pending(candidate, config, policy),
                new ParityEngine.FixRequest(config.destructiveFixes(), migrations, config.projectDir()));
        return new CheckResult(result, fromCache, key.map(CandidateKey::prefix), candidate.migration());
    }

    /** The reference's catalog and the schemas the comparison is restricted to. */
    record Reference(ParityEngine.Loaded loaded, List<String> schemas) {
    }

    /** The migrations the configuration names, or the detected layout; logged as the first line of a run. */
    static MigrationSource resolveMigrations(CheckConfig config, ParityLog log) {
        MigrationSource migrations = MigrationLayouts.resolve(config.projectDir(), config.flywayLocations(),
                config.liquibaseChangelog(), config.sqlFolder());
        log.info("migrations: " + migrations.describe());
        return migrations;
    }

    /**
     * Production's catalog: captured from the replica, or read from the snapshot and restricted to the
     * configured schemas (none configured: the snapshot's).
     *
     * @param fix how the user creates a missing snapshot, as the front end names its settings
     */
    static Reference loadReference(ParityEngine engine, ParityLog log, CheckConfig config, String fix) {
        if (config.reference() instanceof Source.Jdbc jdbc) {
            CatalogReaders.forEngine(jdbc.jdbc().engine());
            CaptureOptions options = new CaptureOptions(config.schemas(), config.privileges());
            return new Reference(engine.capture("reference", jdbc.kind(), jdbc.jdbc(), options), config.schemas());
        }
        Path file = ((Source.Snapshot) config.reference()).file();
        if (!Files.isRegularFile(file)) {
            throw new SchemaParityException("Reference snapshot not found: " + file + "; " + fix);
        }
        long start = System.nanoTime();
        Snapshot snapshot = ParityEngine.readSnapshot(file);
        List<String> schemas = config.schemas().isEmpty() ? snapshot.schemas() : config.schemas();
        Catalog catalog = ParityEngine.restrict(snapshot, file, schemas);
        log.info("loaded reference (snapshot " + catalog.engine().id() + " " + catalog.serverVersion() + ", " + file
                + "): " + ParityEngine.tableCount(catalog) + " tables in " + ParityEngine.millis(start) + " ms"
                + (schemas.isEmpty() ? "" : "; schemas " + String.join(", ", schemas)));
        return new Reference(new ParityEngine.Loaded(Side.of(Side.SNAPSHOT, catalog), catalog), schemas);
    }

    private Optional<CandidateKey> cacheKey(MigrationSource migrations, ProductionVersion version, CaptureOptions options,
            String target) {
        List<MigrationFile> files;
        try {
            files = MigrationFiles.of(migrations, config.resources(), config.projectDir());
        } catch (MigrationFiles.NotListableException e) {
            log.info("candidate cache off for this run: " + e.getMessage());
            return Optional.empty();
        } catch (UncheckedIOException e) {
            log.warn("candidate cache off for this run: " + e.getMessage());
            return Optional.empty();
        }
        return Optional.of(CandidateKey.of(files, migrations.tool(), version, config.image(), options,
                CandidateKey.toolBuild(), target, mappingKey));
    }

    /**
     * A version-aware build is cached as several entries: the catalog at production's version (under the
     * key with production's version), the head (every migration) and the catalog after each pending
     * migration but the last; the pending list is read back from the head's history.
     */
    private Optional<VersionedBuild.Outcome> cached(CandidateCache cache, CandidateKey key, ProductionVersion version,
            MigrationSource migrations, VersionPlan plan, CaptureOptions options) {
        Optional<ParityEngine.Loaded> comparison = cached(cache, key, version);
        if (comparison.isEmpty() || !plan.active()) {
            return comparison.map(c -> new VersionedBuild.Outcome(c, Optional.empty(), List.of()));
        }
        Optional<Catalog> head = cachedQuietly(cache, stepKey(migrations, version, options, plan, "head"), version);
        if (head.isEmpty()) {
            log.info("pending migrations not in the cache: building the candidate");
            return Optional.empty();
        }
        String tool = migrations.tool() == MigrationTool.FLYWAY ? AppliedMigration.FLYWAY : AppliedMigration.LIQUIBASE;
        List<ProjectMigration> pending = VersionedBuild.pendingFromHistory(comparison.get().catalog(), head.get(), tool);
        List<VersionedBuild.Step> steps = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Optional<Catalog> after = i == pending.size() - 1 ? head
                    : cachedQuietly(cache, stepKey(migrations, version, options, plan, "after " + pending.get(i).key()),
                            version);
            if (after.isEmpty()) {
                log.info("pending migrations not in the cache: building the candidate");
                return Optional.empty();
            }
            steps.add(new VersionedBuild.Step(pending.get(i), after.get()));
        }
        return Optional.of(new VersionedBuild.Outcome(comparison.get(), Optional.empty(), steps));
    }

    private Optional<Catalog> cachedQuietly(CandidateCache cache, Optional<CandidateKey> key, ProductionVersion version) {
        return key.flatMap(k -> cache.lookup(k, version.engine()) instanceof CandidateCache.Hit hit
                ? Optional.of(hit.snapshot().catalog()) : Optional.empty());
    }

    private Optional<CandidateKey> stepKey(MigrationSource migrations, ProductionVersion version, CaptureOptions options,
            VersionPlan plan, String step) {
        return cacheKey(migrations, version, options, plan.cacheTarget() + " | " + step);
    }

    private void storeBuild(CandidateCache cache, MigrationSource migrations, ProductionVersion version,
            CaptureOptions options, VersionPlan plan, VersionedBuild.Outcome built) {
        cacheKey(migrations, version, options, plan.cacheTarget())
                .ifPresent(k -> store(cache, k, Snapshot.of(options.schemas(), built.comparison().catalog())));
        if (!plan.active()) {
            return;
        }
        List<VersionedBuild.Step> steps = built.steps();
        Catalog head = steps.isEmpty() ? built.comparison().catalog() : steps.get(steps.size() - 1).after();
        try {
            for (var k : stepKey(migrations, version, options, plan, "head").stream().toList()) {
                cache.store(k, Snapshot.of(options.schemas(), head));
            }
            for (int i = 0; i < steps.size() - 1; i++) {
                VersionedBuild.Step step = steps.get(i);
                for (var k : stepKey(migrations, version, options, plan, "after " + step.migration().key()).stream()
                        .toList()) {
                    cache.store(k, Snapshot.of(options.schemas(), step.after()));
                }
            }
            log.info("pending migrations cached: the catalog after each of the " + steps.size());
        } catch (SnapshotException | UncheckedIOException e) {
            log.warn("could not cache the pending migrations' catalogs: " + e.getMessage());
        }
    }


    private Optional<ParityEngine.Loaded> cached(CandidateCache cache, CandidateKey key, ProductionVersion version) {
        CandidateCache.Lookup lookup = cache.lookup(key, version.engine());
        if (lookup instanceof CandidateCache.Hit hit) {
            Catalog catalog = hit.snapshot().catalog();
            log.info("candidate catalog from cache (" + key.prefix() + "): no database started");
            return Optional.of(new ParityEngine.Loaded(Side.of(Side.MIGRATIONS, catalog), catalog));
        }
        if (lookup instanceof CandidateCache.Corrupt corrupt) {
            log.warn("ignoring corrupt candidate cache entry " + corrupt.file() + " (" + corrupt.reason()
                    + "); building the candidate again");
        } else {
            log.info("candidate cache miss (" + key.prefix() + "): building the candidate");
        }
        return Optional.empty();
    }

    private void store(CandidateCache cache, CandidateKey key, Snapshot snapshot) {
        try {
            Path file = cache.store(key, snapshot);
            log.info("candidate catalog cached (" + key.prefix() + "): " + file);
        } catch (SnapshotException | UncheckedIOException e) {
            log.warn("could not cache the candidate catalog: " + e.getMessage());
        }
    }

    private VersionedBuild.Outcome build(MigrationSource migrations, ProductionVersion version, CandidateSchemas schemas,
            VersionPlan plan) {
        ProvisionRequest request = new ProvisionRequest(version, config.image(), config.provider(), config.server(),
                databaseNameHint(schemas));
        Provisioner provisioner = new Provisioner(log, config.docker(), config.binaries());
        // Always closed, also when a migration or the capture fails: nothing is left running.
        try (CandidateDatabase candidate = provisioner.provision(request)) {
            return VersionedBuild.build(engine, log, candidate, migrations, config, schemas, plan);
        }
    }

    /**
     * On MySQL/MariaDB the candidate database is named after production's where the provider allows it
     * (a container or embedded server has one database; an existing server adds a unique suffix), so
     * migrations that name their database still run; {@code null} on PostgreSQL.
     */
    static String databaseNameHint(CandidateSchemas schemas) {
        if (!schemas.databaseIsSchema()) {
            return null;
        }
        String primary = schemas.primary();
        return primary != null && primary.matches(ProvisionRequest.DATABASE_NAME) ? primary : null;
    }

    /** Applies the migrations to the candidate and logs what ran. */
    static MigrationResult migrate(CandidateDatabase candidate, MigrationSource migrations, CheckConfig config,
            ParityLog log) {
        long start = System.nanoTime();
        MigrationResult migration = new Migrator(config.resources())
                .apply(migrations, candidate.jdbcUrl(), candidate.user(), candidate.password());
        log.info("migrated candidate with " + migration.tool().displayName() + ": " + migration.applied()
                + " migrations applied in " + ParityEngine.millis(start) + " ms");
        return migration;
    }

    /** Captures the candidate the migrations built, under the reference's schema names. */
    static ParityEngine.Loaded captureMigrated(ParityEngine engine, ParityLog log, CandidateDatabase candidate,
            CandidateSchemas schemas) {
        JdbcSource source = new JdbcSource(candidate.jdbcUrl(), candidate.user(), candidate.password());
        String database = schemas.candidateDatabase(candidate.jdbcUrl());
        CaptureOptions options = schemas.options(database);
        ParityEngine.Loaded captured = captureCandidate(options,
                () -> engine.capture("candidate", Side.MIGRATIONS, source, options));
        return renamed(captured, schemas, database, log);
    }

    /** A captured candidate with its schemas renamed to the reference's; the renaming is logged once. */
    static ParityEngine.Loaded renamed(ParityEngine.Loaded captured, CandidateSchemas schemas, String database,
            ParityLog log) {
        var mapping = schemas.mapping(database);
        if (mapping.isEmpty()) {
            return captured;
        }
        log.info("schema mapping (candidate=reference): " + mapping);
        Catalog catalog = mapping.apply(captured.catalog());
        return new ParityEngine.Loaded(captured.side(), catalog);
    }

    /**
     * Runs a candidate capture; a schema it lacks is named as one the migrations do not create. The
     * candidate's server settings are dropped: they are the provisioner's (the embedded binaries' locale, the
     * container image's time zone), not the project's, and the differ compares only settings both sides
     * report. Server settings parity is for {@code compare} and snapshots of two real servers.
     */
    static ParityEngine.Loaded captureCandidate(CaptureOptions options, Supplier<ParityEngine.Loaded> capture) {
        try {
            ParityEngine.Loaded loaded = capture.get();
            Catalog c = loaded.catalog();
            return new ParityEngine.Loaded(loaded.side(), c.withSettings(List.of()));
        } catch (SchemaParityException e) {
            if (e.getCause() instanceof SchemaNotFoundException missing) {
                throw new SchemaParityException("The migrations do not create schema '" + missing.schema()
                        + "', which the comparison is restricted to (" + String.join(", ", options.schemas())
                        + "): create it in a migration, or fix schemas", e);
            }
            throw e;
        }
    }

    /** The user's policy, plus the migration tools' history tables when those are ignored. */
    static Policy policy(CheckConfig config) {
        Policy policy = config.policy();
        if (!config.ignoreMigrationHistory()) {
            return policy;
        }
        return policy.withAdditionalIgnores(MigrationTool.historyTableIgnores());
    }
}
