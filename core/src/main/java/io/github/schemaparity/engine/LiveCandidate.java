package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.report.Origin;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.ProductionVersion;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check flow for a front end that keeps the candidate database: a test suite that queries the
 * migrated database and compares it with production once per test class.
 *
 * <p>{@link #start} provisions a candidate of the reference's engine and major version, applies the
 * migrations and captures the candidate once, right after migrating (so what tests later write into it
 * never changes the verdict), through the same {@link CandidateBuilder} as {@link ParityEngine#check}. The
 * database stays up until {@link #close()}; {@link #compare} judges that capture against the reference as
 * often as asked, each time with its own policy and report folder. {@link #compareMigrated} compares a
 * database someone else migrated, such as a Spring test's own {@code DataSource}. The candidate cache of
 * {@link ParityEngine#check} is not used here: the database is wanted anyway.
 */
public final class LiveCandidate implements AutoCloseable {
    private final CandidateConfig config;
    private final ParityLog log;
    private final CandidateDatabase database;
    private final BuiltCandidate built;
    private final Loaded reference;
    /** Names the adopt migration as the check goal does (the tool's next version). */
    private final MigrationSource migrations;

    private LiveCandidate(CandidateConfig config, ParityLog log, CandidateDatabase database, BuiltCandidate built,
            Loaded reference, MigrationSource migrations) {
        this.migrations = migrations;
        this.config = config;
        this.log = log;
        this.database = database;
        this.built = built;
        this.reference = reference;
    }

    /**
     * Resolves the migrations, loads the reference, provisions a candidate of its engine and major
     * version, migrates and captures it. On failure nothing is left running.
     *
     * @param config what builds the candidate; {@code cache} and {@code cacheDir} are not used
     * @param log    receives the same progress lines as the check goal
     * @throws SchemaParityException for anything the user can fix: no migrations, a failing migration,
     *                               a missing reference, no Docker for Testcontainers, ...
     */
    public static LiveCandidate start(CandidateConfig config, ParityLog log) {
        Objects.requireNonNull(config, "config");
        MigrationSource migrations = config.migrationSource();
        log.info("migrations: " + migrations.describe());
        Reference reference = referenceLoader(log).load(config);
        Catalog production = reference.loaded().catalog();
        CatalogReaders.forEngine(production.engine());
        ProductionVersion version = ProductionVersion.of(production.engine(), production.serverVersion());
        CandidateBuilder builder = new CandidateBuilder(config, reference, log);
        CandidateDatabase database = builder.provision(version);
        try {
            VersionPlan plan = VersionPlan.of(config.versionAware(), migrations.tool(), production.migrationHistory());
            log.info(plan.reason());
            // Compared at production's version; the database itself ends with every migration for the tests.
            BuiltCandidate built = builder.build(database, migrations, plan);
            return new LiveCandidate(config, log, database, built, reference.loaded(), migrations);
        } catch (RuntimeException e) {
            closeAfterFailure(database, e);
            throw e;
        }
    }

    /**
     * Judges the candidate captured at {@link #start} against the reference loaded then, with the
     * diff options, policy, migration-history rule and report folder of {@code judging}; writes the
     * reports there.
     */
    public CandidateComparison compare(JudgingConfig judging) {
        ParityResult result = JudgingStep.kept(judging, config, migrations, log)
                .run(built.comparison(), reference, Roles.CHECK, built.steps());
        return new CandidateComparison(new CheckResult(result, false, Optional.empty(), built.migration()),
                built.comparison().catalog(), reference.catalog());
    }

    /**
     * Compares a database someone else already migrated (e.g. the application under test, on its own
     * {@code DataSource}) with the reference of {@code config}, judged by {@code judging}. Nothing is
     * provisioned or migrated; the migration and provisioning settings of {@code config} are not read.
     *
     * @param connection  an open connection to the migrated database, owned by the caller; it is made
     *                    read-only and rolled back for the capture, then given back as it was
     * @param description how to name the database in messages, e.g. {@code DataSource HikariDataSource}
     * @throws SchemaParityException for anything the user can fix: a missing reference, a schema the
     *                               database lacks, a failing catalog query
     */
    public static CandidateComparison compareMigrated(Connection connection, String description, CandidateConfig config,
            JudgingConfig judging, ParityLog log) {
        Objects.requireNonNull(connection, "connection");
        Reference reference = referenceLoader(log).load(config);
        Engine productionEngine = reference.loaded().catalog().engine();
        CandidateBuilder builder = new CandidateBuilder(config, reference, log);
        String database = builder.schemas().databaseIsSchema() ? currentDatabase(connection, description) : null;
        CaptureOptions options = builder.schemas().options(database);
        Loaded captured = builder.captured(options, () -> {
            long start = System.nanoTime();
            Catalog catalog = readOwnConnection(connection, description, productionEngine, options);
            Loaded loaded = Loaded.candidate(catalog);
            log.info("captured candidate (" + description + ", " + catalog.engine().id() + " "
                    + catalog.serverVersion() + "): " + loaded.tableCount() + " tables in "
                    + Elapsed.millis(start) + " ms");
            return loaded;
        });
        // Migrated by someone else: the reports name the database as the caller did, with no tool of ours.
        Loaded candidate = builder.renamed(captured, database, log)
                .withOrigin(Origin.migrations(null, null, description + " (migrated by the application)"));
        ParityResult result = JudgingStep.kept(judging, config, null, log)
                .run(candidate, reference.loaded(), Roles.CHECK, List.of());
        return new CandidateComparison(new CheckResult(result, false, Optional.empty(), Optional.empty()),
                candidate.catalog(), reference.loaded().catalog());
    }

    /** The candidate's JDBC URL (credentials only if an existing server's URL held them). */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** The user the migrations ran as. */
    public String user() {
        return database.user();
    }

    /** That user's password, or {@code null}; never printed. */
    public String password() {
        return database.password();
    }

    /** One line for logs: provider, image or binaries, and server version. */
    public String description() {
        return database.description();
    }

    /** The engine the candidate runs. */
    public Engine engine() {
        return database.engine();
    }

    /** Opens a new, writable connection to the candidate; the caller closes it. */
    public Connection open() throws SQLException {
        return database.open();
    }

    /** What the migration tool applied. */
    public MigrationResult migration() {
        return built.migration().orElseThrow();
    }

    /** The candidate as compared with production: captured right after migrating (version aware: at production's version, before the pending migrations). */
    public Catalog catalog() {
        return built.comparison().catalog();
    }

    /** The reference as loaded at {@link #start}. */
    public Catalog referenceCatalog() {
        return reference.catalog();
    }

    /** Whether {@link #close()} has run. */
    public boolean isClosed() {
        return database.isClosed();
    }

    /** Stops the candidate (container, embedded server, or scratch database); later calls do nothing. */
    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return "LiveCandidate[" + database + "]";
    }

    // Without the check goal's "or set schemaparity.reference": a test names its reference another way.
    private static ReferenceLoader referenceLoader(ParityLog log) {
        return new ReferenceLoader(new SideReader(log), ReferenceLoader.CREATE_SNAPSHOT);
    }

    /**
     * Reads a caller's connection as the engine reads any candidate: read-only, in a transaction that is
     * rolled back. The connection's read-only and auto-commit states are restored afterwards.
     */
    private static Catalog readOwnConnection(Connection connection, String description, Engine engine,
            CaptureOptions options) {
        try {
            boolean readOnly = connection.isReadOnly();
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                // Someone else's open transaction: reading it would see their uncommitted work as schema.
                throw new SchemaParityException("The connection of " + description + " is inside a transaction;"
                        + " compare a connection in auto-commit mode");
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return CatalogReaders.forEngine(engine).read(connection, options);
            } catch (SchemaNotFoundException e) {
                throw new SchemaParityException("candidate " + description + ": " + e.getMessage(), e);
            } finally {
                connection.rollback();
                connection.setReadOnly(readOnly);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SchemaParityException("Capturing " + description + " failed: " + e.getMessage(), e);
        }
    }

    /** The database a MySQL/MariaDB connection uses: the candidate's own database. */
    private static String currentDatabase(Connection connection, String description) {
        try {
            String database = connection.getCatalog();
            if (database == null || database.isBlank()) {
                throw new SchemaParityException("The connection of " + description + " uses no database: name one"
                        + " in its JDBC URL");
            }
            return database;
        } catch (SQLException e) {
            throw new SchemaParityException("Capturing " + description + " failed: " + e.getMessage(), e);
        }
    }

    private static void closeAfterFailure(CandidateDatabase database, RuntimeException failure) {
        try {
            database.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
