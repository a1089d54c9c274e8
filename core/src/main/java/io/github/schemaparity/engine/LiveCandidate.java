package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.postgres.SchemaNotFoundException;
import io.github.schemaparity.engine.CheckRun.Reference;
import io.github.schemaparity.history.VersionPlan;
import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.provision.ProvisionRequest;
import io.github.schemaparity.provision.Provisioner;
import io.github.schemaparity.report.Side;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The check flow for a front end that keeps the candidate database: a test suite that queries the
 * migrated database and compares it with production once per test class.
 *
 * <p>{@link #start} provisions a candidate of the reference's engine and major version, applies the
 * migrations and captures the candidate once, right after migrating (so what tests later write into it
 * never changes the verdict). The database stays up until {@link #close()}; {@link #compare} judges that
 * capture against the reference as often as asked, each time with its own policy and report folder.
 * {@link #compareMigrated} compares a database someone else migrated, such as a Spring test's own
 * {@code DataSource}. The candidate cache of {@link ParityEngine#check} is not used here: the database
 * is wanted anyway.
 */
public final class LiveCandidate implements AutoCloseable {
    private final ParityEngine engine;
    private final CheckConfig config;
    private final CandidateDatabase database;
    private final MigrationResult migration;
    private final ParityEngine.Loaded candidate;
    private final ParityEngine.Loaded reference;
    private final VersionedBuild.Outcome built;
    /** Names the adopt migration as the check goal does (the tool's next version). */
    private final MigrationSource migrations;

    private LiveCandidate(ParityEngine engine, CheckConfig config, CandidateDatabase database,
            MigrationResult migration, ParityEngine.Loaded candidate, ParityEngine.Loaded reference,
            VersionedBuild.Outcome built, MigrationSource migrations) {
        this.built = built;
        this.migrations = migrations;
        this.engine = engine;
        this.config = config;
        this.database = database;
        this.migration = migration;
        this.candidate = candidate;
        this.reference = reference;
    }

    /**
     * Resolves the migrations, loads the reference, provisions a candidate of its engine and major
     * version, migrates and captures it. On failure nothing is left running.
     *
     * @param config what {@link ParityEngine#check} would read; {@code cache} and {@code cacheDir} are not used
     * @param log    receives the same progress lines as the check goal
     * @throws SchemaParityException for anything the user can fix: no migrations, a failing migration,
     *                               a missing reference, no Docker for Testcontainers, ...
     */
    public static LiveCandidate start(CheckConfig config, ParityLog log) {
        Objects.requireNonNull(config, "config");
        ParityEngine engine = new ParityEngine(log);
        MigrationSource migrations = CheckRun.resolveMigrations(config, log);
        Reference reference = loadReference(engine, log, config);
        Catalog production = reference.loaded().catalog();
        CatalogReaders.forEngine(production.engine());
        ProductionVersion version = ProductionVersion.of(production.engine(), production.serverVersion());

        CandidateSchemas schemas = new CandidateSchemas(config, reference);
        ProvisionRequest request = ProvisionRequest.of(version).withProvider(config.provider())
                .withImage(config.image()).withDatabaseName(CheckRun.databaseNameHint(schemas));
        if (config.server() != null) {
            request = request.withServer(config.server());
        }
        CandidateDatabase database = new Provisioner(log, config.docker(), config.binaries()).provision(request);
        try {
            VersionPlan plan = VersionPlan.of(config.versionAware(), migrations.tool(), production.migrationHistory());
            log.info(plan.reason());
            // Compared at production's version; the database itself ends with every migration for the tests.
            VersionedBuild.Outcome built = VersionedBuild.build(engine, log, database, migrations, config, schemas, plan);
            return new LiveCandidate(engine, config, database, built.migration().orElseThrow(), built.comparison(),
                    reference.loaded(), built, migrations);
        } catch (RuntimeException e) {
            closeAfterFailure(database, e);
            throw e;
        }
    }

    /**
     * Judges the candidate captured at {@link #start} against the reference loaded then, with the
     * diff options, policy, migration-history rule and report folder of {@code judging}; writes
     * {@code report.json} there.
     *
     * @param judging a configuration with the same reference as the one this candidate was started
     *                with; only its judging part is read
     * @throws IllegalArgumentException when {@code judging} names another reference
     */
    public CandidateComparison compare(CheckConfig judging) {
        if (!judging.reference().equals(config.reference())) {
            throw new IllegalArgumentException("This candidate was compared with " + config.reference().describe()
                    + ", not " + judging.reference().describe());
        }
        Policy policy = CheckRun.policy(judging);
        ParityResult result = engine.judge(CheckRun.withoutUnrecordedHistory(candidate, reference.catalog()), reference,
                ParityEngine.Roles.CHECK, judging.diffOptions(),
                policy, judging.reportDir(), VersionedBuild.pending(built, judging, policy),
                new ParityEngine.FixRequest(judging.destructiveFixes(), migrations, config.projectDir()));
        return new CandidateComparison(new CheckResult(result, false, Optional.empty(), Optional.of(migration)),
                candidate.catalog(), reference.catalog());
    }

    /**
     * Compares a database someone else already migrated (e.g. the application under test, on its own
     * {@code DataSource}) with the reference of {@code config}, applying its policy and writing
     * {@code report.json} into its report folder. Nothing is provisioned or migrated; the migration
     * settings of {@code config} are not read.
     *
     * @param connection  an open connection to the migrated database, owned by the caller; it is made
     *                    read-only and rolled back for the capture, then given back as it was
     * @param description how to name the database in messages, e.g. {@code DataSource HikariDataSource}
     * @throws SchemaParityException for anything the user can fix: a missing reference, a schema the
     *                               database lacks, a failing catalog query
     */
    public static CandidateComparison compareMigrated(Connection connection, String description, CheckConfig config,
            ParityLog log) {
        Objects.requireNonNull(connection, "connection");
        ParityEngine engine = new ParityEngine(log);
        Reference reference = loadReference(engine, log, config);
        Engine productionEngine = reference.loaded().catalog().engine();
        CandidateSchemas schemas = new CandidateSchemas(config, reference);
        String database = schemas.databaseIsSchema() ? currentDatabase(connection, description) : null;
        CaptureOptions options = schemas.options(database);
        ParityEngine.Loaded captured = CheckRun.captureCandidate(options, () -> {
            long start = System.nanoTime();
            Catalog catalog = readOwnConnection(connection, description, productionEngine, options);
            log.info("captured candidate (" + description + ", " + catalog.engine().id() + " "
                    + catalog.serverVersion() + "): " + ParityEngine.tableCount(catalog) + " tables in "
                    + ParityEngine.millis(start) + " ms");
            return new ParityEngine.Loaded(Side.of(Side.MIGRATIONS, catalog), catalog);
        });
        ParityEngine.Loaded candidate = CheckRun.renamed(captured, schemas, database, log);
        ParityResult result = engine.judge(CheckRun.withoutUnrecordedHistory(candidate, reference.loaded().catalog()),
                reference.loaded(), ParityEngine.Roles.CHECK, config.diffOptions(), CheckRun.policy(config), config.reportDir(), java.util.List.of(),
                new ParityEngine.FixRequest(config.destructiveFixes(), null, null));
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
        return migration;
    }

    /** The candidate as compared with production: captured right after migrating (version aware: at production's version, before the pending migrations). */
    public Catalog catalog() {
        return candidate.catalog();
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
    private static Reference loadReference(ParityEngine engine, ParityLog log, CheckConfig config) {
        return CheckRun.loadReference(engine, log, config, CheckRun.CREATE_SNAPSHOT);
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
