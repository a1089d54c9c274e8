package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.baseline.BaselineUpdate;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.capture.postgres.SchemaNotFoundException;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.fix.FixFiles;
import io.github.schemaparity.history.MigrationHistoryReader;
import io.github.schemaparity.jdbc.JdbcErrors;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.report.ConsoleReport;
import io.github.schemaparity.report.HtmlReport;
import io.github.schemaparity.report.JUnitXmlReport;
import io.github.schemaparity.report.JsonReport;
import io.github.schemaparity.report.MarkdownReport;
import io.github.schemaparity.report.ParityReport;
import io.github.schemaparity.report.PendingMigration;
import io.github.schemaparity.report.Side;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import io.github.schemaparity.snapshot.SnapshotFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two databases (or snapshots of them) and judges the differences: the one engine every
 * front end calls. Live databases are only ever opened through {@link ReadOnlyConnector}.
 */
public final class ParityEngine {
    /** The name of the JSON report in the report directory. */
    public static final String REPORT_FILE = "report.json";

    /** Lines before the first difference in {@link ConsoleReport#render}: the verdict and the two sides. */
    private static final int CONSOLE_HEADER_LINES = 2;

    private final ParityLog log;

    /** An engine that reports progress to {@code log}. */
    public ParityEngine(ParityLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** An engine that reports nothing. */
    public ParityEngine() {
        this(ParityLog.silent());
    }

    /**
     * Captures or loads both sides, diffs them, applies the policy, writes {@code report.json} into the
     * report directory and logs the summary.
     *
     * @throws SchemaParityException for anything the user can fix: an unreachable database, failed
     *                               authentication, a missing snapshot, an engine mismatch, ...
     */
    public ParityResult compare(ParityConfig config) {
        List<String> schemas = effectiveSchemas(config);
        SchemaMapping mapping = config.schemaMapping();
        boolean configured = !config.schemas().isEmpty();
        Loaded expected = load("expected", config.expected(), new CaptureOptions(
                sideSchemas(config.expected(), mapping.toExpected(schemas), configured), config.privileges()));
        Loaded actual = load("actual", config.actual(),
                new CaptureOptions(sideSchemas(config.actual(), schemas, configured), config.privileges()));

        SchemaMapping applied = DatabasePairing.of(mapping, expected.catalog(), actual.catalog());
        if (!applied.isEmpty()) {
            log.info("schema mapping (expected=actual): " + applied
                    + (applied == mapping ? "" : " (each side is one " + expected.catalog().engine().id() + " database)"));
            Catalog renamed = applied.apply(expected.catalog());
            expected = new Loaded(expected.side(), renamed);
        }
        return judge(expected, actual, Roles.COMPARE, config.diffOptions(), config.policy(), config.reportDir(),
                List.of(), new FixRequest(config.destructiveFixes(), null, null));
    }

    /**
     * What one side captures. A MySQL/MariaDB URL that names a database captures that database when the
     * schemas were not configured but taken from the other side's one-database snapshot: the two
     * databases are then paired by {@link DatabasePairing}, whatever their names.
     */
    private static List<String> sideSchemas(Source source, List<String> schemas, boolean configured) {
        if (!configured && schemas.size() == 1 && source instanceof Source.Jdbc jdbc
                && jdbc.jdbc().engine() != Engine.POSTGRESQL && JdbcUrls.database(jdbc.jdbc().url()) != null) {
            return List.of();
        }
        return schemas;
    }

    /**
     * Builds the project's migrations into a throwaway candidate database of production's engine and
     * major version (or reuses the candidate's cached catalog when no migration changed), compares it
     * with the reference (a read-only replica or a snapshot), applies the policy and writes
     * {@code report.json}. The candidate is always removed, also when a migration fails.
     *
     * @throws SchemaParityException for anything the user can fix: no migrations, a failing migration,
     *                               a missing reference snapshot, no Docker for Testcontainers, ...
     */
    public CheckResult check(CheckConfig config) {
        return new CheckRun(this, log, config).run();
    }

    /**
     * Runs the same comparison as {@link #check} and writes the baseline file from its differences (see
     * {@link BaselineUpdate} for what is kept, added and dropped). The previous baseline is the one
     * configured in {@code config}; the file is left byte for byte as it is when nothing changed.
     *
     * @param file       the baseline file to write
     * @param newEntries reason, owner and expiry of new entries
     * @throws BaselineUpdate.ReasonRequired when new entries are needed and no reason was given (nothing is written)
     * @throws SchemaParityException         for anything the user can fix, as {@link #check} does
     */
    public BaselineResult baseline(CheckConfig config, Path file, BaselineUpdate.NewEntries newEntries) {
        CheckResult check = check(config);
        BaselineUpdate update = BaselineUpdate.of(check.parity().report().assessment(), config.policy(), file,
                newEntries, LocalDate.now(ZoneOffset.UTC));
        boolean written = BaselineFile.write(update.baseline(), file);
        update.describe().forEach(log::info);
        if (written && !update.changed()) {
            log.info("baseline file rewritten in its canonical form (same entries): " + file);
        }
        return new BaselineResult(check, update, written);
    }

    /**
     * Diffs two loaded sides, applies the policy, writes {@code report.json} into {@code reportDir} and
     * logs the summary.
     */
    ParityResult judge(Loaded expected, Loaded actual, Roles roles, DiffOptions diffOptions, Policy policy,
            Path reportDir) {
        return judge(expected, actual, roles, diffOptions, policy, reportDir, List.of(), FixRequest.NONE);
    }

    /** As above, with the migrations production has not applied yet reported beside the verdict (never failing). */
    ParityResult judge(Loaded expected, Loaded actual, Roles roles, DiffOptions diffOptions, Policy policy,
            Path reportDir, List<PendingMigration> pending) {
        return judge(expected, actual, roles, diffOptions, policy, reportDir, pending, FixRequest.NONE);
    }

    /**
     * Diffs, judges and reports as above, with the pending migrations beside the verdict, writing fix SQL
     * (and, for a check, the adopt migration) as {@code fix} asks.
     */
    ParityResult judge(Loaded expected, Loaded actual, Roles roles, DiffOptions diffOptions, Policy policy,
            Path reportDir, List<PendingMigration> pending, FixRequest fix) {
        List<String> warnings = new ArrayList<>();
        checkSameEngine(expected.catalog(), actual.catalog(), roles, warnings);

        long start = System.nanoTime();
        List<Difference> differences = new CatalogDiffer(diffOptions).diff(expected.catalog(), actual.catalog());
        Assessment assessment = policy.assess(differences);
        FixFiles fixes = planFixes(expected, actual, differences, diffOptions, fix, assessment);
        if (fixes != null) {
            assessment = assessment.withFixes(fixes::fixFor);
        }
        log.info("compared: " + differences.size() + " differences (" + assessment.failing() + " failing, "
                + assessment.allowed() + " allowed) in " + millis(start) + " ms");

        ParityReport report = new ParityReport(expected.side(), actual.side(), assessment, pending,
                NotComparedLedger.of(expected.catalog(), actual.catalog()));
        Path reportFile = reportDir.resolve(REPORT_FILE);
        Path written = reportFile;
        try {
            JsonReport.write(report, reportFile);
            // For a pull-request comment and for CI test tabs (Jenkins, GitLab, GitHub) beside the JSON contract.
            written = reportDir.resolve(MarkdownReport.FILE_NAME);
            MarkdownReport.write(report, written);
            written = reportDir.resolve(JUnitXmlReport.FILE_NAME);
            JUnitXmlReport.write(report, java.time.Duration.ofNanos(System.nanoTime() - start), written);
            written = reportDir.resolve(HtmlReport.FILE_NAME);
            HtmlReport.write(report, written);
            written = reportDir.resolve(FixFiles.FIX_FILE);
            if (fixes != null) {
                logFixFiles(fixes, fixes.write(reportDir, expected.side().describe(), actual.side().describe(),
                        fix.migrations(), fix.projectDir()));
            }
        } catch (UncheckedIOException e) {
            throw new SchemaParityException("Cannot write " + written + ": " + e.getCause().getMessage()
                    + "; check that the report directory is writable", e);
        }
        List<String> console = ConsoleReport.render(report);
        logConsole(console, assessment.failing()
                + (assessment.baseline() != null && assessment.baseline().staleFails() ? assessment.stale().size() : 0));
        List<String> pendingLines = ConsoleReport.renderPending(report);
        pendingLines.forEach(log::info);
        if (!pendingLines.isEmpty()) {
            console = new ArrayList<>(console);
            console.addAll(pendingLines);
        }
        log.info("report: " + reportFile);
        return new ParityResult(report, console, reportFile, warnings);
    }

    /** Plans the fix SQL; a failure there is logged and leaves the comparison's verdict and reports intact. */
    private FixFiles planFixes(Loaded expected, Loaded actual, List<Difference> differences, DiffOptions diffOptions,
            FixRequest fix, Assessment assessment) {
        try {
            return FixFiles.plan(expected.catalog(), actual.catalog(), differences, diffOptions, fix.destructive(),
                    assessment.differences().stream().filter(d -> d.allowed()).map(d -> d.difference()).toList());
        } catch (RuntimeException e) {
            log.warn("fix SQL not generated: " + e);
            return null;
        }
    }

    private void logFixFiles(FixFiles fixes, List<Path> files) {
        log.info("fix SQL: " + files.get(0) + " (" + fixes.summary() + "; review before running)");
        if (files.size() > 1) {
            log.info("adopt migration: " + files.get(1) + " (production's drift as the next migration; review it, "
                    + "then move it into your migrations)");
        }
    }

    /**
     * How fix SQL is written.
     *
     * @param destructive whether destructive statements are active
     * @param migrations  the project's migrations (names the adopt migration), or {@code null} for compare
     * @param projectDir  the project folder, or {@code null}
     */
    record FixRequest(boolean destructive, MigrationSource migrations, Path projectDir) {
        /** Fix SQL without destructive statements and without an adopt migration. */
        static final FixRequest NONE = new FixRequest(false, null, null);
    }

    /**
     * Captures a live database, read-only, into a snapshot file. The file is left untouched when its
     * catalog is already the same, so a committed snapshot only changes when the schema does.
     *
     * @param source  the database
     * @param options which schemas (none: every non-system schema) and whether privileges
     * @param file    the snapshot file to write; parent folders are created
     * @return whether the file was written
     * @throws SchemaParityException for anything the user can fix
     */
    public boolean snapshot(JdbcSource source, CaptureOptions options, Path file) {
        options = new CaptureOptions(ComparisonBuilder.cleanList(options.schemas()), options.privileges());
        Loaded captured = capture("database", Side.JDBC, source, options);
        boolean written;
        try {
            written = SnapshotFile.write(Snapshot.of(options.schemas(), captured.catalog()), file);
        } catch (SnapshotException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
        log.info((written ? "snapshot written: " : "snapshot unchanged: ") + file + " ("
                + tableCount(captured.catalog()) + " tables)");
        return written;
    }

    /**
     * Logs the console report: the summary at INFO, each failing difference at ERROR and each allowed
     * one at WARN. {@link ConsoleReport} lists the failing differences first, after two header lines, then
     * stale baseline entries (failing ones under baselineStrict, counted in {@code failing}).
     */
    private void logConsole(List<String> console, int failing) {
        for (int i = 0; i < console.size(); i++) {
            String line = console.get(i);
            int difference = i - CONSOLE_HEADER_LINES;
            if (difference < 0 || console.size() == 1) {
                log.info(line);
            } else if (difference < failing) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
    }

    /**
     * The schemas to capture: the configured ones, else those a snapshot side was restricted to (so a
     * live side is not compared in full against a partial snapshot), else none (meaning all).
     */
    private List<String> effectiveSchemas(ParityConfig config) {
        if (!config.schemas().isEmpty()) {
            return config.schemas();
        }
        for (Source source : List.of(config.expected(), config.actual())) {
            if (source instanceof Source.Snapshot snapshot) {
                List<String> schemas = readSnapshot(snapshot.file()).schemas();
                if (!schemas.isEmpty()) {
                    log.info("schemas: " + String.join(", ", schemas) + " (from snapshot " + snapshot.file() + ")");
                    return schemas;
                }
            }
        }
        return List.of();
    }

    private Loaded load(String role, Source source, CaptureOptions options) {
        if (source instanceof Source.Jdbc jdbc) {
            return capture(role, jdbc.kind(), jdbc.jdbc(), options);
        }
        return loadSnapshot(role, ((Source.Snapshot) source).file(), options);
    }

    /** Captures a live database, read-only, as one side. */
    Loaded capture(String role, String kind, JdbcSource source, CaptureOptions options) {
        CatalogReader reader = CatalogReaders.forEngine(source.engine());
        long start = System.nanoTime();
        Catalog catalog;
        try (ReadOnlySession session = ReadOnlyConnector.open(source)) {
            catalog = reader.read(session.connection(), options);
            // Version awareness: the history rows travel with the catalog, so snapshots carry them too.
            MigrationHistoryReader.Result history = MigrationHistoryReader.read(session.connection(),
                    catalog.engine(), options.schemas());
            history.notes().forEach(note -> log.warn(role + ": " + note));
            catalog = catalog.withMigrationHistory(history.rows());
        } catch (SQLException e) {
            throw JdbcErrors.readFailed(source, "capturing the " + role + " catalog", e);
        } catch (SchemaNotFoundException e) {
            throw new SchemaParityException(role + " " + source.maskedUrl() + ": " + e.getMessage(), e);
        }
        log.info("captured " + role + " (" + kind + " " + catalog.engine().id() + " " + catalog.serverVersion() + "): "
                + tableCount(catalog) + " tables in " + millis(start) + " ms");
        return new Loaded(Side.of(kind, catalog), catalog);
    }

    private Loaded loadSnapshot(String role, Path file, CaptureOptions options) {
        long start = System.nanoTime();
        Snapshot snapshot = readSnapshot(file);
        Catalog catalog = restrict(snapshot, file, options.schemas());
        log.info("loaded " + role + " (snapshot " + catalog.engine().id() + " " + catalog.serverVersion() + ", "
                + file + "): " + tableCount(catalog) + " tables in " + millis(start) + " ms");
        return new Loaded(Side.of(Side.SNAPSHOT, catalog), catalog);
    }

    static Snapshot readSnapshot(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SchemaParityException("Snapshot file not found: " + file
                    + "; create it with the snapshot goal, or pass a JDBC URL starting with jdbc:");
        }
        try {
            return SnapshotFile.read(file);
        } catch (SnapshotException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
    }

    /** The snapshot's catalog cut down to the requested schemas, which it must hold. */
    static Catalog restrict(Snapshot snapshot, Path file, List<String> schemas) {
        Catalog catalog = snapshot.catalog();
        if (schemas.isEmpty()) {
            return catalog;
        }
        if (!snapshot.schemas().isEmpty()) {
            Set<String> absent = new TreeSet<>(schemas);
            snapshot.schemas().forEach(absent::remove);
            if (!absent.isEmpty()) {
                throw new SchemaParityException("Snapshot " + file + " holds schemas " + snapshot.schemas()
                        + ", not " + absent + ": capture it again with those schemas");
            }
        }
        List<Schema> kept = catalog.schemas().stream().filter(s -> schemas.contains(s.name())).toList();
        return catalog.withSchemas(kept);
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

    static int tableCount(Catalog catalog) {
        return catalog.schemas().stream().mapToInt(s -> s.tables().size()).sum();
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** What the two sides are called in mismatch messages. */
    record Roles(String expected, String actual) {
        static final Roles COMPARE = new Roles("expected", "actual");
        static final Roles CHECK = new Roles("the candidate built from the migrations", "production (the reference)");
    }

    /** One side, loaded. */
    record Loaded(Side side, Catalog catalog) {
    }
}
