package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.drift.HistoryFile;
import io.github.schemaparity.drift.HistoryFileException;
import io.github.schemaparity.drift.HistoryReport;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.policy.BaselineUpdate;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CaptureRetry;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.report.Side;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import io.github.schemaparity.snapshot.SnapshotFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Compares two databases (or snapshots of them) and judges the differences: the one engine every
 * front end calls. Each call is one pass through the pipeline (load the sides, judge, write the reports);
 * live databases are only ever opened read-only.
 */
public final class ParityEngine {
    /** The name of the JSON report in the report directory. */
    public static final String REPORT_FILE = ReportWriters.REPORT_FILE;

    private final ParityLog log;
    private final CaptureRetry captureRetry;

    /** An engine that reports progress to {@code log}. */
    public ParityEngine(ParityLog log) {
        this(log, CaptureRetry.defaults());
    }

    /** An engine that reports progress to {@code log} and retries live captures as {@code captureRetry} says. */
    public ParityEngine(ParityLog log, CaptureRetry captureRetry) {
        this.log = Objects.requireNonNull(log, "log");
        this.captureRetry = Objects.requireNonNull(captureRetry, "captureRetry");
    }

    /** An engine that reports nothing. */
    public ParityEngine() {
        this(ParityLog.silent());
    }

    /**
     * Captures or loads both sides, diffs them, applies the policy, writes the reports into the report
     * directory and logs the summary.
     *
     * @throws SchemaParityException for anything the user can fix: an unreachable database, failed
     *                               authentication, a missing snapshot, an engine mismatch, ...
     */
    public ParityResult compare(ParityConfig config) {
        SideReader reader = new SideReader(log, captureRetry);
        List<String> schemas = effectiveSchemas(config, reader);
        SchemaMapping mapping = config.schemaMapping();
        boolean configured = !config.schemas().isEmpty();
        CaptureOptions expectedOptions = new CaptureOptions(
                sideSchemas(config.expected(), mapping.toExpected(schemas), configured), config.privileges());
        CaptureOptions actualOptions = new CaptureOptions(sideSchemas(config.actual(), schemas, configured),
                config.privileges());
        // Each side on its own read-only session, both at once: a compare waits for the slower one only.
        BothSides.Pair<Loaded, Loaded> sides = BothSides.load(log,
                sideLog -> new SideReader(sideLog, captureRetry).load("expected", config.expected(), expectedOptions),
                sideLog -> new SideReader(sideLog, captureRetry).load("actual", config.actual(), actualOptions));
        log.info(sides.timing("expected", "actual"));
        Loaded expected = sides.first();
        Loaded actual = sides.second();

        SchemaMapping applied = DatabasePairing.of(mapping, expected.catalog(), actual.catalog());
        if (!applied.isEmpty()) {
            log.info("schema mapping (expected=actual): " + applied
                    + (applied == mapping ? "" : " (each side is one " + expected.catalog().engine().id() + " database)"));
            expected = expected.with(applied.apply(expected.catalog()));
        }
        return JudgingStep.compare(config.judging(), log).run(expected, actual, Roles.COMPARE, List.of());
    }

    /**
     * Tenants mode of {@link #compare}: every schema of the actual side matching the pattern is compared with
     * one schema of the expected side (its only schema, or {@code tenants.reference()}), renamed to the tenant.
     * Both sides are captured at once; schemas that are not tenants are left out. The reports hold every
     * tenant's differences under its own object paths, {@code report.json} a {@code tenants} array, the console
     * one line per drifted tenant.
     *
     * @throws SchemaParityException for anything the user can fix, as {@link #compare} does, and when no schema
     *                               matches, the expected side holds several schemas and no reference tenant is
     *                               named, or {@code schemas} is set as well
     */
    public TenantsResult compareTenants(ParityConfig config, Tenants tenants) {
        Objects.requireNonNull(tenants, "tenants");
        if (!config.schemas().isEmpty()) {
            throw new SchemaParityException("Tenants mode (" + tenants.pattern() + ") picks the actual side's schemas by"
                    + " the pattern: remove schemas (" + String.join(", ", config.schemas()) + ")");
        }
        CaptureOptions expectedOptions = new CaptureOptions(
                tenants.reference() == null ? List.of() : List.of(tenants.reference()), config.privileges());
        CaptureOptions actualOptions = new CaptureOptions(List.of(), config.privileges());
        BothSides.Pair<Loaded, Loaded> sides = BothSides.load(log,
                sideLog -> new SideReader(sideLog, captureRetry).load("expected", config.expected(), expectedOptions),
                sideLog -> new SideReader(sideLog, captureRetry).load("actual", config.actual(), actualOptions));
        log.info(sides.timing("expected", "actual"));
        String template = TenantSides.templateSchema(sides.first().catalog(), tenants.reference(), "expected side");
        TenantSides split = TenantSides.of(tenants, sides.first(), template,
                (tenants.reference() == null ? "expected schema " : "reference tenant ") + template, sides.second(),
                tenants.reference() != null);
        return TenantJudging.run(JudgingStep.compare(config.judging(), log), split, tenants, Roles.COMPARE,
                ReportWriters.tenants(config.judging().reportDirUnder(null), log, null, null, split.tenants(),
                        split.template()), log);
    }

    /**
     * Tenants mode of {@link #check}: every schema of the reference matching the pattern is compared with the one
     * schema the migrations build (one candidate for all tenants; version awareness is off, as each tenant has its
     * own history), or with {@code tenants.reference()}, one tenant of the reference (then nothing is built).
     * Reports as {@link #compareTenants}.
     *
     * @throws SchemaParityException for anything the user can fix, as {@link #check} does, and when no schema
     *                               matches, the candidate holds several schemas, or {@code schemas} is set as well
     */
    public TenantsResult checkTenants(CandidateConfig candidate, JudgingConfig judging, Tenants tenants) {
        return new CheckPipeline(Objects.requireNonNull(candidate, "candidate"),
                Objects.requireNonNull(judging, "judging"), log, captureRetry)
                .runTenants(Objects.requireNonNull(tenants, "tenants"));
    }

    /**
     * Builds the project's migrations into a throwaway candidate database of production's engine and
     * major version (or reuses the candidate's cached catalog when no migration changed), compares it
     * with the reference (a read-only replica or a snapshot), applies the policy and writes the reports.
     * The candidate is always removed, also when a migration fails.
     *
     * @param candidate what builds the candidate and what it is compared with
     * @param judging   how the comparison is judged and where the reports go
     * @throws SchemaParityException for anything the user can fix: no migrations, a failing migration,
     *                               a missing reference snapshot, no Docker for Testcontainers, ...
     */
    public CheckResult check(CandidateConfig candidate, JudgingConfig judging) {
        return new CheckPipeline(Objects.requireNonNull(candidate, "candidate"),
                Objects.requireNonNull(judging, "judging"), log, captureRetry).run();
    }

    /**
     * Checks several named environments (dev, staging, production, ...) in one run: each is compared at its
     * own applied migration version with its own policy where it has one, and the candidate is built once
     * per distinct engine, major version and applied version, then reused. Each environment's reports go
     * to {@code <reportDir>/<name>}; the environment matrix ({@code report.json} with an
     * {@code environments} array, Markdown, HTML, JUnit XML) to the report folder itself.
     *
     * @param candidate    what builds the candidate; its reference is replaced by each environment's
     * @param judging      how environments without their own judging are judged, and where the reports go
     * @param environments the environments, distinct names, in the order the matrix shows them
     * @throws SchemaParityException for anything the user can fix, naming the environment
     */
    public EnvironmentsResult check(CandidateConfig candidate, JudgingConfig judging, List<Environment> environments) {
        return new EnvironmentsPipeline(Objects.requireNonNull(candidate, "candidate"),
                Objects.requireNonNull(judging, "judging"), environments, log, captureRetry).run();
    }

    /**
     * Runs the same comparison as {@link #check} and writes the baseline file from its differences (see
     * {@link BaselineUpdate} for what is kept, added and dropped). The previous baseline is the one
     * configured in {@code judging}; the file is left byte for byte as it is when nothing changed.
     *
     * @param file       the baseline file to write
     * @param newEntries reason, owner and expiry of new entries
     * @throws BaselineUpdate.ReasonRequired when new entries are needed and no reason was given (nothing is written)
     * @throws SchemaParityException         for anything the user can fix, as {@link #check} does
     */
    public BaselineResult baseline(CandidateConfig candidate, JudgingConfig judging, Path file,
            BaselineUpdate.NewEntries newEntries) {
        CheckResult check = check(candidate, judging);
        BaselineUpdate update = BaselineUpdate.of(check.parity().report().assessment(), judging.policy(), file,
                newEntries, LocalDate.now(ZoneOffset.UTC));
        boolean written = BaselineFile.write(update.baseline(), file);
        update.describe().forEach(log::info);
        if (written && !update.changed()) {
            log.info("baseline file rewritten in its canonical form (same entries): " + file);
        }
        return new BaselineResult(check, update, written);
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
        return snapshot(source, options, file, SnapshotHistory.NONE);
    }

    /**
     * Captures a live database into a snapshot file as {@link #snapshot(JdbcSource, CaptureOptions, Path)}
     * does, and keeps a drift history: when the catalog differs from the snapshot it replaces, one line with
     * the differences is appended to {@code history}'s file (nothing, or a heartbeat, when it does not).
     *
     * @param history where the drift history goes; {@link SnapshotHistory#NONE} for none
     * @return whether the snapshot file was written
     * @throws SchemaParityException for anything the user can fix
     */
    public boolean snapshot(JdbcSource source, CaptureOptions options, Path file, SnapshotHistory history) {
        options = new CaptureOptions(SettingLists.clean(options.schemas()), options.privileges());
        Loaded captured = new SideReader(log, captureRetry).capture("database", Side.JDBC, source, options);
        Snapshot now = Snapshot.of(options.schemas(), captured.catalog());
        boolean written;
        try {
            if (history.enabled()) {
                new DriftRecorder(log, history).record(DriftRecorder.previous(file), now, source.maskedUrl());
            }
            written = SnapshotFile.write(now, file);
        } catch (SnapshotException | java.io.UncheckedIOException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
        log.info((written ? "snapshot written: " : "snapshot unchanged: ") + file + " ("
                + captured.tableCount() + " tables)");
        return written;
    }

    /**
     * The history report: reads a drift history the {@code snapshot} goal kept and says, for each drift,
     * when it was first seen and whether a migration came after it; logs it and writes
     * {@code history.json} and {@code history.md} into {@code reportDir}.
     *
     * @throws SchemaParityException when the file is missing or a line is corrupt (naming the line)
     */
    public HistoryReport history(Path historyFile, Path reportDir) {
        HistoryReport report;
        try {
            report = HistoryReport.of(historyFile, HistoryFile.read(historyFile));
            report.write(reportDir);
        } catch (HistoryFileException | java.io.UncheckedIOException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
        report.consoleLines().forEach(log::info);
        log.info("history report: " + reportDir.resolve(HistoryReport.JSON_FILE) + ", " + HistoryReport.MARKDOWN_FILE);
        return report;
    }

    /**
     * What one side captures. A MySQL/MariaDB URL that names a database captures that database when the
     * schemas were not configured but taken from the other side's one-database snapshot: the two
     * databases are then paired by {@link DatabasePairing}, whatever their names.
     */
    private static List<String> sideSchemas(Source source, List<String> schemas, boolean configured) {
        if (!configured && schemas.size() == 1 && source instanceof Source.Jdbc jdbc
                && EngineRegistry.of(jdbc.jdbc().engine()).databaseIsSchema() && JdbcUrls.database(jdbc.jdbc().url()) != null) {
            return List.of();
        }
        return schemas;
    }

    /**
     * The schemas to capture: the configured ones, else those a snapshot side was restricted to (so a
     * live side is not compared in full against a partial snapshot), else none (meaning all).
     */
    private List<String> effectiveSchemas(ParityConfig config, SideReader reader) {
        if (!config.schemas().isEmpty()) {
            return config.schemas();
        }
        for (Source source : List.of(config.expected(), config.actual())) {
            if (source instanceof Source.Snapshot snapshot) {
                List<String> schemas = reader.read(snapshot.file()).schemas();
                if (!schemas.isEmpty()) {
                    log.info("schemas: " + String.join(", ", schemas) + " (from snapshot " + snapshot.file() + ")");
                    return schemas;
                }
            }
        }
        return List.of();
    }
}
