package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.cache.CandidateCache;
import io.github.schemaparity.cache.CandidateKey;
import io.github.schemaparity.cache.MigrationFile;
import io.github.schemaparity.cache.MigrationFiles;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.postgres.SchemaNotFoundException;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.MigrationLayouts;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.Migrator;
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

        Optional<CandidateKey> key = config.cache() ? cacheKey(migrations, version, options, schemas.keyText())
                : Optional.empty();
        if (!config.cache()) {
            log.info("candidate cache off: building the candidate");
        }
        CandidateCache cache = new CandidateCache(config.cacheDir());
        ParityEngine.Loaded candidate = key.flatMap(k -> cached(cache, k, version)).orElse(null);
        boolean fromCache = candidate != null;
        MigrationResult migration = null;
        if (candidate == null) {
            Built built = build(migrations, version, schemas);
            candidate = built.loaded();
            migration = built.migration();
            if (key.isPresent()) {
                store(cache, key.get(), Snapshot.of(options.schemas(), candidate.catalog()));
            }
        }

        ParityResult result = engine.judge(candidate, reference.loaded(), ParityEngine.Roles.CHECK, config.diffOptions(), policy(config),
                config.reportDir());
        return new CheckResult(result, fromCache, key.map(CandidateKey::prefix), Optional.ofNullable(migration));
    }

    /** The reference's catalog and the schemas the comparison is restricted to. */
    record Reference(ParityEngine.Loaded loaded, List<String> schemas) {
    }

    /** A candidate built from the migrations and captured. */
    private record Built(ParityEngine.Loaded loaded, MigrationResult migration) {
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
            String schemaMapping) {
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
                CandidateKey.toolBuild(), schemaMapping));
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

    private Built build(MigrationSource migrations, ProductionVersion version, CandidateSchemas schemas) {
        ProvisionRequest request = new ProvisionRequest(version, config.image(), config.provider(), config.server(),
                databaseNameHint(schemas));
        Provisioner provisioner = new Provisioner(log, config.docker(), config.binaries());
        // Always closed, also when a migration or the capture fails: nothing is left running.
        try (CandidateDatabase candidate = provisioner.provision(request)) {
            MigrationResult migration = migrate(candidate, migrations, config, log);
            return new Built(captureMigrated(engine, log, candidate, schemas), migration);
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

    /** Runs a candidate capture; a schema it lacks is named as one the migrations do not create. */
    static ParityEngine.Loaded captureCandidate(CaptureOptions options, Supplier<ParityEngine.Loaded> capture) {
        try {
            return capture.get();
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
        List<String> ignore = new ArrayList<>(policy.ignore());
        MigrationTool.historyTableIgnores().stream().filter(p -> !ignore.contains(p)).forEach(ignore::add);
        return new Policy(ignore, policy.failOn(), policy.riskTable());
    }
}
