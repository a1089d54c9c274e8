package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.fix.FixFiles;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.report.ConsoleLine;
import io.github.schemaparity.report.ConsoleReport;
import io.github.schemaparity.report.HtmlReport;
import io.github.schemaparity.report.JUnitXmlReport;
import io.github.schemaparity.report.JsonReport;
import io.github.schemaparity.report.MarkdownReport;
import io.github.schemaparity.report.ParityReport;
import io.github.schemaparity.report.TenantRow;
import io.github.schemaparity.report.TenantsConsole;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

/** The report writers of a run, in the order they write; see {@link #standard}. */
final class ReportWriters {
    /** The name of the JSON report in the report directory. */
    static final String REPORT_FILE = "report.json";

    private ReportWriters() {
    }

    /**
     * {@code report.json} (the contract), Markdown (for a pull-request comment), JUnit XML (for CI test
     * tabs), HTML, the fix SQL, then the console lines in the log.
     *
     * @param migrations the project's migrations (the fix writer names the adopt migration after them), or
     *                   {@code null} for no adopt migration
     * @param projectDir the project folder the adopt migration is placed for, or {@code null}
     */
    static List<ReportWriter> standard(Path reportDir, ParityLog log, MigrationSource migrations, Path projectDir) {
        return List.of(
                new FileReport(reportDir.resolve(REPORT_FILE), (j, file) -> JsonReport.write(j.report(), file)),
                new FileReport(reportDir.resolve(MarkdownReport.FILE_NAME),
                        (j, file) -> MarkdownReport.write(j.report(), file)),
                new FileReport(reportDir.resolve(JUnitXmlReport.FILE_NAME), (j, file) -> JUnitXmlReport.write(
                        j.report(), Duration.ofNanos(System.nanoTime() - j.startNanos()), file)),
                new FileReport(reportDir.resolve(HtmlReport.FILE_NAME), (j, file) -> HtmlReport.write(j.report(), file)),
                new FixSql(reportDir, log, migrations, projectDir),
                new Console(log, reportDir.resolve(REPORT_FILE)));
    }

    /**
     * A tenants-mode run's writers: as {@link #standard}, with the {@code tenants} array in {@code report.json}
     * and one console line per drifted tenant instead of one per difference.
     *
     * @param tenants  the tenants' schema names
     * @param template what the tenants are compared with, for the summary line
     */
    static List<ReportWriter> tenants(Path reportDir, ParityLog log, MigrationSource migrations, Path projectDir,
            List<String> tenants, String template) {
        List<ReportWriter> writers = new java.util.ArrayList<>(standard(reportDir, log, migrations, projectDir));
        writers.set(0, new FileReport(reportDir.resolve(REPORT_FILE), (j, file) -> JsonReport.write(j.report(),
                TenantRow.of(j.report().assessment(), tenants), file)));
        writers.set(writers.size() - 1, judgement -> {
            for (ConsoleLine line : TenantsConsole.lines(judgement.report(),
                    TenantRow.of(judgement.report().assessment(), tenants), template)) {
                Console.log(log, line);
            }
            log.info("report: " + reportDir.resolve(REPORT_FILE));
        });
        return List.copyOf(writers);
    }

    /** The console lines of a report: the assessment's, then the pending migrations'. */
    static List<ConsoleLine> consoleLines(ParityReport report) {
        List<ConsoleLine> lines = new java.util.ArrayList<>(ConsoleReport.lines(report));
        ConsoleReport.renderPending(report).forEach(line -> lines.add(ConsoleLine.info(line)));
        return List.copyOf(lines);
    }

    private static SchemaParityException unwritable(Path file, UncheckedIOException e) {
        return new SchemaParityException("Cannot write " + file + ": " + e.getCause().getMessage()
                + "; check that the report directory is writable", e);
    }

    /** One report file rendered from the judgement. */
    private record FileReport(Path file, BiConsumer<Judgement, Path> render) implements ReportWriter {
        @Override
        public void write(Judgement judgement) {
            try {
                render.accept(judgement, file);
            } catch (UncheckedIOException e) {
                throw unwritable(file, e);
            }
        }
    }

    /** {@code fix.sql} and, for a check, the adopt migration; nothing when the fix could not be planned. */
    private record FixSql(Path reportDir, ParityLog log, MigrationSource migrations, Path projectDir)
            implements ReportWriter {
        @Override
        public void write(Judgement judgement) {
            if (judgement.fixes().isEmpty()) {
                return;
            }
            FixFiles fixes = judgement.fixes().get();
            List<Path> files;
            try {
                files = fixes.write(reportDir, judgement.report().expected().describe(),
                        judgement.report().actual().describe(), migrations, projectDir);
            } catch (UncheckedIOException e) {
                throw unwritable(reportDir.resolve(FixFiles.FIX_FILE), e);
            }
            log.info("fix SQL: " + files.get(0) + " (" + fixes.summary() + "; review before running)");
            if (files.size() > 1) {
                log.info("adopt migration: " + files.get(1) + " (production's drift as the next migration; review it, "
                        + "then move it into your migrations)");
            }
        }
    }

    /** The console lines, each at its own level, then where the JSON report is. */
    private record Console(ParityLog log, Path reportFile) implements ReportWriter {
        @Override
        public void write(Judgement judgement) {
            for (ConsoleLine line : consoleLines(judgement.report())) {
                log(log, line);
            }
            log.info("report: " + reportFile);
        }

        static void log(ParityLog log, ConsoleLine line) {
            switch (line.level()) {
                case INFO -> log.info(line.text());
                case WARN -> log.warn(line.text());
                case ERROR -> log.error(line.text());
            }
        }
    }
}
