package io.github.schemaparity.engine;

import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.report.ConsoleLine;
import io.github.schemaparity.report.ParityReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link ParityEngine#compare}.
 *
 * @param report       the assessed comparison, as written to {@code report.json}
 * @param console      the human-readable summary, one entry per line, each with the level it is logged at
 * @param reportFile   the {@code report.json} written
 * @param warnings     things to look at that did not fail the run (e.g. different major versions)
 */
public record ParityResult(ParityReport report, List<ConsoleLine> console, Path reportFile, List<String> warnings) {
    public ParityResult {
        console = List.copyOf(console);
        warnings = List.copyOf(warnings);
    }

    /** The console lines' text, one entry per line. */
    public List<String> consoleLines() {
        return console.stream().map(ConsoleLine::text).toList();
    }

    /** PASS when every difference is allowed by the policy. */
    public Verdict verdict() {
        return report.assessment().verdict();
    }

    /** Whether the run passed. */
    public boolean passed() {
        return verdict() == Verdict.PASS;
    }

    /** How many differences the policy does not allow. */
    public int failingCount() {
        return report.assessment().failing();
    }

    /**
     * The one line a front end fails with, e.g. {@code SchemaParity: 2 differences not allowed by the
     * policy (see target/schemaparity/report.json)}; stale baseline entries that fail under baselineStrict
     * are named too.
     *
     * @param base the folder the report path is shown relative to (when under it), or {@code null}
     */
    public String failureMessage(Path base) {
        Path shown = reportFile;
        if (base != null && reportFile.toAbsolutePath().normalize().startsWith(base.toAbsolutePath().normalize())) {
            shown = base.toAbsolutePath().normalize().relativize(reportFile.toAbsolutePath().normalize());
        }
        int failing = failingCount();
        var baseline = report.assessment().baseline();
        int stale = baseline != null && baseline.staleFails() ? baseline.stale().size() : 0;
        String what = failing + (failing == 1 ? " difference" : " differences") + " not allowed by the policy";
        if (stale > 0) {
            String entries = stale + (stale == 1 ? " stale baseline entry" : " stale baseline entries")
                    + " (baselineStrict; remove with mvn schemaparity:baseline)";
            what = failing == 0 ? entries : what + " and " + entries;
        }
        return "SchemaParity: " + what + " (see " + shown + ")";
    }

    /** How many differences were found, allowed or not. */
    public int differenceCount() {
        return report.assessment().differences().size();
    }
}
