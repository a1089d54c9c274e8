package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.cache.CandidateCache;
import io.github.schemaparity.cache.CandidateKey;
import io.github.schemaparity.cache.MigrationFile;
import io.github.schemaparity.cache.MigrationFiles;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The candidate cache of one check: the key of its candidate (derived from the {@link CandidateConfig},
 * the migration files' digests, production's version and the version plan), the lookup of a cached build
 * and the storing of a new one.
 *
 * <p>A version-aware build is cached as several entries: the catalog at production's version (under the
 * key with production's version), the head (every migration) and the catalog after each pending
 * migration but the last; the pending list is read back from the head's history.
 */
final class CachedCandidates {
    private final CandidateConfig config;
    private final ParityLog log;
    private final CandidateCache cache;
    private final MigrationSource migrations;
    private final ProductionVersion version;
    private final VersionPlan plan;
    private final CaptureOptions options;
    /** The candidate's schema renaming as keys record it (see {@link CandidateSchemas#keyText()}). */
    private final String mappingKey;

    CachedCandidates(CandidateConfig config, ParityLog log, MigrationSource migrations, ProductionVersion version,
            VersionPlan plan, Reference reference, CandidateSchemas schemas) {
        this.config = config;
        this.log = log;
        this.cache = new CandidateCache(config.cacheDir());
        this.migrations = migrations;
        this.version = version;
        this.plan = plan;
        // Keyed by the reference's names: the cached catalog is stored renamed to them.
        this.options = new CaptureOptions(reference.schemas(), config.privileges());
        this.mappingKey = schemas.keyText();
    }

    /** The key of the catalog compared with production, or empty when the migrations cannot be listed. */
    Optional<CandidateKey> key() {
        return key(plan.cacheTarget());
    }

    /** The cached build under {@code key}, or empty (a miss, a corrupt entry, a missing pending step). */
    Optional<BuiltCandidate> lookup(CandidateKey key) {
        Optional<Loaded> comparison = comparison(key);
        if (comparison.isEmpty() || !plan.active()) {
            return comparison.map(c -> new BuiltCandidate(c, Optional.empty(), List.of()));
        }
        Optional<Catalog> head = quietly(stepKey("head"));
        if (head.isEmpty()) {
            log.info("pending migrations not in the cache: building the candidate");
            return Optional.empty();
        }
        String tool = migrations.tool() == MigrationTool.FLYWAY ? AppliedMigration.FLYWAY : AppliedMigration.LIQUIBASE;
        List<ProjectMigration> pending = BuiltCandidate.pendingFromHistory(comparison.get().catalog(), head.get(), tool);
        List<BuiltCandidate.Step> steps = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Optional<Catalog> after = i == pending.size() - 1 ? head : quietly(stepKey("after " + pending.get(i).key()));
            if (after.isEmpty()) {
                log.info("pending migrations not in the cache: building the candidate");
                return Optional.empty();
            }
            steps.add(new BuiltCandidate.Step(pending.get(i), after.get()));
        }
        return Optional.of(new BuiltCandidate(comparison.get(), Optional.empty(), steps));
    }

    /** Stores a new build; a failure to store is logged and changes nothing else. */
    void store(BuiltCandidate built) {
        key().ifPresent(k -> store(k, Snapshot.of(options.schemas(), built.comparison().catalog())));
        if (!plan.active()) {
            return;
        }
        List<BuiltCandidate.Step> steps = built.steps();
        try {
            for (var k : stepKey("head").stream().toList()) {
                cache.store(k, Snapshot.of(options.schemas(), built.head()));
            }
            for (int i = 0; i < steps.size() - 1; i++) {
                BuiltCandidate.Step step = steps.get(i);
                for (var k : stepKey("after " + step.migration().key()).stream().toList()) {
                    cache.store(k, Snapshot.of(options.schemas(), step.after()));
                }
            }
            log.info(steps.isEmpty() ? "version-aware cache: no pending migration, the head is production's version"
                    : "pending migrations cached: the catalog after each of the " + steps.size() + " pending migration"
                            + (steps.size() == 1 ? "" : "s"));
        } catch (SnapshotException | UncheckedIOException e) {
            log.warn("could not cache the pending migrations' catalogs: " + e.getMessage());
        }
    }

    private Optional<CandidateKey> key(String target) {
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
        return Optional.of(CandidateKey.of(files, migrations.tool(), version, options, CandidateKey.toolBuild(),
                target, mappingKey, CandidateIdentity.settings(config)));
    }

    private Optional<CandidateKey> stepKey(String step) {
        return key(plan.cacheTarget() + " | " + step);
    }

    private Optional<Catalog> quietly(Optional<CandidateKey> key) {
        return key.flatMap(k -> cache.lookup(k, version.engine()) instanceof CandidateCache.Hit hit
                ? Optional.of(hit.snapshot().catalog()) : Optional.empty());
    }

    private Optional<Loaded> comparison(CandidateKey key) {
        CandidateCache.Lookup lookup = cache.lookup(key, version.engine());
        if (lookup instanceof CandidateCache.Hit hit) {
            log.info("candidate catalog from cache (" + key.prefix() + "): no database started");
            return Optional.of(Loaded.candidate(hit.snapshot().catalog()));
        }
        if (lookup instanceof CandidateCache.Corrupt corrupt) {
            log.warn("ignoring corrupt candidate cache entry " + corrupt.file() + " (" + corrupt.reason()
                    + "); building the candidate again");
        } else {
            log.info("candidate cache miss (" + key.prefix() + "): building the candidate");
        }
        return Optional.empty();
    }

    private void store(CandidateKey key, Snapshot snapshot) {
        try {
            Path file = cache.store(key, snapshot);
            log.info("candidate catalog cached (" + key.prefix() + "): " + file);
        } catch (SnapshotException | UncheckedIOException e) {
            log.warn("could not cache the candidate catalog: " + e.getMessage());
        }
    }
}
