package io.github.schemaparity.engine;

import io.github.schemaparity.capture.CaptureRetry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.report.ConsoleLine;
import io.github.schemaparity.report.EnvironmentMatrix;
import io.github.schemaparity.report.EnvironmentReports;
import io.github.schemaparity.report.EnvironmentRow;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check of several named environments: the {@link CheckPipeline} once per environment (its reference,
 * its judging, its report folder {@code <reportDir>/<name>}), sharing one {@link CandidateBuilds} so
 * that environments at the same applied version reuse one candidate; then the environment matrix in the
 * log and in the run's report folder.
 */
final class EnvironmentsPipeline {
    private final CandidateConfig candidate;
    private final JudgingConfig judging;
    private final List<Environment> environments;
    private final ParityLog log;
    private final CaptureRetry captureRetry;

    EnvironmentsPipeline(CandidateConfig candidate, JudgingConfig judging, List<Environment> environments,
            ParityLog log, CaptureRetry captureRetry) {
        this.captureRetry = captureRetry;
        this.candidate = candidate;
        this.judging = judging;
        this.environments = Environment.distinct(environments);
        this.log = log;
    }

    EnvironmentsResult run() {
        Path reportDir = judging.reportDirUnder(candidate.projectDir()).toAbsolutePath();
        CandidateBuilds builds = new CandidateBuilds();
        Map<String, CheckResult> results = new LinkedHashMap<>();
        List<EnvironmentRow> rows = new ArrayList<>();
        for (Environment env : environments) {
            log.info("environment " + env.name() + ":");
            CandidateConfig own = candidate.toBuilder().reference(env.reference()).build();
            JudgingConfig ownJudging = (env.judging() != null ? env.judging() : judging).toBuilder()
                    .reportDir(reportDir.resolve(env.name())).build();
            CheckPipeline.Outcome outcome;
            try {
                outcome = new CheckPipeline(own, ownJudging, prefixed(env.name()), captureRetry, builds).runWithReference();
            } catch (SchemaParityException e) {
                throw new SchemaParityException("Environment " + env.name() + ": " + e.getMessage(), e);
            }
            results.put(env.name(), outcome.result());
            rows.add(EnvironmentRow.of(env.name(), outcome.result().parity().report(), outcome.reference(),
                    env.failOnPending()));
        }
        EnvironmentMatrix matrix = new EnvironmentMatrix(rows, builds.describe());
        log.info("candidates: " + builds.describe() + " for " + environments.size() + " environments");
        try {
            EnvironmentReports.write(matrix, reportDir);
        } catch (UncheckedIOException e) {
            throw new SchemaParityException(e.getMessage() + "; check that the report directory is writable", e);
        }
        for (ConsoleLine line : matrix.consoleLines()) {
            switch (line.level()) {
                case INFO -> log.info(line.text());
                case WARN -> log.warn(line.text());
                case ERROR -> log.error(line.text());
            }
        }
        log.info("report: " + reportDir.resolve(ReportWriters.REPORT_FILE));
        return new EnvironmentsResult(matrix, results, builds.started(), reportDir.resolve(ReportWriters.REPORT_FILE));
    }

    /** The run's log with each line of one environment's check prefixed by its name. */
    private ParityLog prefixed(String name) {
        String prefix = "[" + name + "] ";
        return new ParityLog() {
            @Override
            public void info(String line) {
                log.info(prefix + line);
            }

            @Override
            public void warn(String line) {
                log.warn(prefix + line);
            }

            @Override
            public void error(String line) {
                log.error(prefix + line);
            }
        };
    }
}
