package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.provision.ProvisionRequest;
import io.github.schemaparity.provision.Provisioner;
import io.github.schemaparity.report.Origin;
import io.github.schemaparity.report.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a candidate: provisions a database of production's engine and major version, migrates it
 * (version aware: up to production's version, capture, then each pending migration alone and capture
 * again, so each one's effect is the diff between two captures) and captures it under the reference's
 * schema names. The one implementation behind the {@code check} goal and the JUnit extension's kept
 * candidate; the database ends with every migration applied.
 */
final class CandidateBuilder {
    private final CandidateConfig config;
    private final ParityLog log;
    private final CandidateSchemas schemas;

    CandidateBuilder(CandidateConfig config, Reference reference, ParityLog log) {
        this.config = config;
        this.log = log;
        this.schemas = new CandidateSchemas(config, reference);
    }

    /** The schemas the candidate captures and their renaming to the reference's names. */
    CandidateSchemas schemas() {
        return schemas;
    }

    /** Starts a candidate database of {@code version}; the caller closes it. */
    CandidateDatabase provision(ProductionVersion version) {
        ProvisionRequest request = new ProvisionRequest(EngineRegistry.of(version.engine()).server(), version,
                config.image(), config.provider(), config.server(),
                databaseNameHint());
        return new Provisioner(log, config.dockerOrDefault(), config.binariesOrDefault()).provision(request);
    }

    /** Migrates and captures {@code candidate} as {@code plan} says. */
    BuiltCandidate build(CandidateDatabase candidate, MigrationSource migrations, VersionPlan plan) {
        Migrator migrator = new Migrator(config.resources())
                .withScriptSyntax(EngineRegistry.of(candidate.engine()).scriptSyntax());
        if (!plan.active()) {
            long start = System.nanoTime();
            MigrationResult migration = migrator.apply(migrations, candidate.jdbcUrl(), candidate.user(),
                    candidate.password());
            log.info("migrated candidate with " + migration.tool().displayName() + ": " + migration.applied()
                    + " migrations applied in " + Elapsed.millis(start) + " ms");
            return new BuiltCandidate(capture(candidate, log).withOrigin(origin(migrations, candidate)),
                    Optional.of(migration), List.of());
        }
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
                + Elapsed.millis(start) + " ms" + (pending.isEmpty() ? ""
                        : " (production's version; " + pending.size() + " pending)"));
        Loaded comparison = capture(candidate, log).withOrigin(origin(migrations, candidate));

        start = System.nanoTime();
        // Each pending migration alone, captured quietly: the log already said what the candidate is.
        List<BuiltCandidate.Step> steps = new ArrayList<>();
        for (ProjectMigration next : pending) {
            migration = apply(migrator, candidate, migrations, plan.stepTo(next));
            steps.add(new BuiltCandidate.Step(next, capture(candidate, ParityLog.silent()).catalog()));
        }
        // Repeatable migrations run last in Flyway: the database ends as the project's head.
        MigrationResult last = apply(migrator, candidate, migrations, MigrationTarget.LATEST);
        applied += steps.size() + (last.tool() == MigrationTool.FLYWAY ? last.applied() : 0);
        // Liquibase counts the rows of its table (every run so far); Flyway counts each call's own.
        int total = last.tool() == MigrationTool.FLYWAY ? applied : last.applied();
        var lastVersion = last.lastVersion().isPresent() || migration == null ? last.lastVersion()
                : migration.lastVersion();
        migration = new MigrationResult(last.tool(), total, lastVersion, last.historyTables());
        if (!steps.isEmpty()) {
            log.info("applied the " + steps.size() + " pending migrations one at a time to see what each does, in "
                    + Elapsed.millis(start) + " ms");
        }
        return new BuiltCandidate(comparison, Optional.of(migration), steps);
    }

    /**
     * Runs a candidate capture; a schema it lacks is named as one the migrations do not create. The
     * candidate's server settings are dropped: they are the provisioner's (the embedded binaries' locale, the
     * container image's time zone), not the project's, and the differ compares only settings both sides
     * report. Server settings parity is for {@code compare} and snapshots of two real servers.
     */
    Loaded captured(CaptureOptions options, Supplier<Loaded> capture) {
        try {
            Loaded loaded = capture.get();
            Catalog c = loaded.catalog();
            // withSettings keeps the ledger and coverage: a rebuilt catalog would look like an old snapshot
            return loaded.with(c.withSettings(List.of()));
        } catch (SchemaParityException e) {
            if (e.getCause() instanceof SchemaNotFoundException missing) {
                throw new SchemaParityException("The migrations do not create schema '" + missing.schema()
                        + "', which the comparison is restricted to (" + String.join(", ", options.schemas())
                        + "): create it in a migration, or fix schemas", e);
            }
            throw e;
        }
    }

    /** A captured candidate with its schemas renamed to the reference's; the renaming is logged once. */
    Loaded renamed(Loaded captured, String database, ParityLog log) {
        var mapping = schemas.mapping(database);
        if (mapping.isEmpty()) {
            return captured;
        }
        log.info("schema mapping (candidate=reference): " + mapping);
        return captured.with(mapping.apply(captured.catalog()));
    }

    /** Captures the migrated candidate under the reference's schema names. */
    private Loaded capture(CandidateDatabase candidate, ParityLog progress) {
        JdbcSource source = new JdbcSource(candidate.jdbcUrl(), candidate.user(), candidate.password());
        String database = schemas.candidateDatabase(candidate.jdbcUrl());
        CaptureOptions options = schemas.options(database);
        Loaded loaded = captured(options,
                () -> new SideReader(progress).capture("candidate", Side.MIGRATIONS, source, options));
        return renamed(loaded, database, progress);
    }

    /** The candidate as the reports name it: the migrations, their tool and the server they ran on. */
    static Origin origin(MigrationSource migrations, CandidateDatabase candidate) {
        return Origin.migrations(migrations.tool().displayName(), migrations.location(), candidate.description());
    }

    private static MigrationResult apply(Migrator migrator, CandidateDatabase candidate, MigrationSource migrations,
            MigrationTarget target) {
        return migrator.apply(migrations, candidate.jdbcUrl(), candidate.user(), candidate.password(), target);
    }

    /**
     * On MySQL/MariaDB the candidate database is named after production's where the provider allows it
     * (a container or embedded server has one database; an existing server adds a unique suffix), so
     * migrations that name their database still run; {@code null} on PostgreSQL.
     */
    private String databaseNameHint() {
        if (!schemas.databaseIsSchema()) {
            return null;
        }
        String primary = schemas.primary();
        return primary != null && primary.matches(ProvisionRequest.DATABASE_NAME) ? primary : null;
    }
}
