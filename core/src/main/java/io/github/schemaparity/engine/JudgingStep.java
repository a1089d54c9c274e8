package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.history.UnrecordedHistory;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.model.Catalog;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of every comparison: {@link Judge} makes a {@link Judgement} of the two sides, each
 * {@link ReportWriter} writes it, and the result is handed back to the front end.
 *
 * @param judge      diff, policy, fixes and pending migrations
 * @param writers    the outputs, in order
 * @param reportFile the {@code report.json} the writers write
 */
record JudgingStep(Judge judge, List<ReportWriter> writers, Path reportFile) {

    /** A check's judging: the check policy, reports under the project folder, the adopt migration beside fix.sql. */
    static JudgingStep check(JudgingConfig judging, CandidateConfig candidate, MigrationSource migrations,
            ParityLog log) {
        Path reportDir = judging.reportDirUnder(candidate.projectDir());
        return of(new Judge(log, judging.diffOptions(), judging.checkPolicy(), judging.destructiveFixes()),
                ReportWriters.standard(reportDir, log, migrations, candidate.projectDir()), reportDir);
    }

    /**
     * A kept candidate's judging (JUnit): as a check's; the adopt migration is named as the check goal names
     * it (the tool's next version) when {@code migrations} is known, and not written otherwise.
     */
    static JudgingStep kept(JudgingConfig judging, CandidateConfig candidate, MigrationSource migrations,
            ParityLog log) {
        Path reportDir = judging.reportDirUnder(candidate.projectDir());
        return of(new Judge(log, judging.diffOptions(), judging.checkPolicy(), judging.destructiveFixes()),
                ReportWriters.standard(reportDir, log, migrations, migrations == null ? null : candidate.projectDir()),
                reportDir);
    }

    /** A compare's judging: the user's policy as it is, reports under the working directory by default. */
    static JudgingStep compare(JudgingConfig judging, ParityLog log) {
        Path reportDir = judging.reportDirUnder(null);
        return of(new Judge(log, judging.diffOptions(), judging.policy(), judging.destructiveFixes()),
                ReportWriters.standard(reportDir, log, null, null), reportDir);
    }

    private static JudgingStep of(Judge judge, List<ReportWriter> writers, Path reportDir) {
        return new JudgingStep(judge, writers, reportDir.resolve(ReportWriters.REPORT_FILE));
    }

    /** Judges, writes every output, and returns the result. */
    ParityResult run(Loaded expected, Loaded actual, Roles roles, List<BuiltCandidate.Step> pending) {
        // A production the migration tool never built has no history table: the candidate's is not a difference.
        Loaded compared = roles == Roles.CHECK ? withoutUnrecordedHistory(expected, actual.catalog()) : expected;
        Judgement judgement = judge.judge(compared, actual, roles, pending);
        writers.forEach(writer -> writer.write(judgement));
        return new ParityResult(judgement.report(), ReportWriters.consoleLines(judgement.report()), reportFile,
                judgement.warnings());
    }

    private static Loaded withoutUnrecordedHistory(Loaded candidate, Catalog production) {
        UnrecordedHistory.Trimmed trimmed = UnrecordedHistory.trim(candidate.catalog(), production);
        return trimmed.dropped().isEmpty() ? candidate : new Loaded(candidate.side(), trimmed.catalog());
    }
}
