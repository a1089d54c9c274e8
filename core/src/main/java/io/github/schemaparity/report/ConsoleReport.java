package io.github.schemaparity.report;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report a person reads in the build log in two seconds: a verdict line with counts, the two sides,
 * then one aligned line per difference, failing ones first, most severe first; baseline entries that
 * matched nothing ({@code STALE}) come after the failing differences, before the allowed ones.
 *
 * <pre>
 * SchemaParity FAIL: 3 differences: 2 failing (1 CRITICAL, 1 HIGH), 1 allowed
 * expected: migrations postgresql 17.2 | actual: jdbc postgresql 17.2
 *   CRITICAL  TABLE   public.orders       MISSING  table, 3 columns
 *   HIGH      COLUMN  public.users.email  CHANGED  type: varchar(255) -&gt; varchar(50)
 *   LOW       COLUMN  public.users.name   CHANGED  comment: Name -&gt; none  (allowed: below failOn MEDIUM)
 * </pre>
 */
public final class ConsoleReport {
    /** Values longer than this are cut in the console (the JSON report keeps them whole). */
    static final int MAX_VALUE_LENGTH = 80;
    /** Paths longer than this do not widen the path column for every other line. */
    private static final int MAX_PATH_COLUMN = 60;

    /** Failing first, most severe first, then by path: the order every difference list is shown in. */
    static final Comparator<AssessedDifference> ORDER = Comparator
            .comparing(AssessedDifference::allowed)
            .thenComparing(AssessedDifference::severity, Comparator.reverseOrder())
            .thenComparing(d -> d.difference().object());

    private ConsoleReport() {
    }

    /** The report's lines, without line terminators. */
    public static List<String> render(ParityReport report) {
        return lines(report).stream().map(ConsoleLine::text).toList();
    }

    /**
     * The report's lines with the level each is logged at: the verdict and the two sides at INFO, each
     * failing difference at ERROR, each allowed one at WARN, stale baseline entries at ERROR when they fail
     * the run (baselineStrict), else at WARN.
     */
    public static List<ConsoleLine> lines(ParityReport report) {
        Assessment assessment = report.assessment();
        List<AssessedDifference> differences = new ArrayList<>(assessment.differences());
        List<BaselineEntry> stale = assessment.stale();
        if (differences.isEmpty() && stale.isEmpty()) {
            return List.of(ConsoleLine.info("SchemaParity " + assessment.verdict() + ": "
                    + SummaryLine.of(assessment, report.notCompared())));
        }
        List<ConsoleLine> lines = new ArrayList<>(differences.size() + 2);
        lines.add(ConsoleLine.info(headline(assessment, report)));
        lines.add(ConsoleLine.info("expected: " + describe(report.expected()) + " | actual: " + describe(report.actual())));
        differences.sort(ORDER);
        List<Difference> shown = new ArrayList<>();
        differences.forEach(d -> shown.add(d.difference()));
        stale.forEach(e -> shown.add(e.difference()));
        int typeWidth = shown.stream().mapToInt(d -> d.objectType().name().length()).max().orElse(0);
        int pathWidth = Math.min(MAX_PATH_COLUMN, shown.stream().mapToInt(d -> d.object().length()).max().orElse(0));
        String format = "  %-8s  %-" + typeWidth + "s  %-" + pathWidth + "s  %-10s  %s";
        ConsoleLine.Level staleLevel = assessment.baseline() != null && assessment.baseline().staleFails()
                ? ConsoleLine.Level.ERROR : ConsoleLine.Level.WARN;
        int failing = assessment.failing();
        for (int i = 0; i < differences.size(); i++) {
            if (i == failing) {
                addStale(lines, format, stale, staleLevel);
            }
            AssessedDifference assessed = differences.get(i);
            Difference d = assessed.difference();
            String line = String.format(format, assessed.severity(), d.objectType(), d.object(), d.change(),
                    detail(d));
            if (assessed.allowed()) {
                line += "  (allowed: " + assessed.reason() + ")";
            } else if (assessed.reason() != null) {
                line += "  (" + assessed.reason() + ")";
            }
            lines.add(new ConsoleLine(assessed.allowed() ? ConsoleLine.Level.WARN : ConsoleLine.Level.ERROR,
                    line.stripTrailing()));
        }
        if (failing == differences.size()) {
            addStale(lines, format, stale, staleLevel);
        }
        return List.copyOf(lines);
    }

    /**
     * The pending migrations (version awareness): one line each, then one indented line per change it
     * makes to production, most severe first. Empty when there are none.
     *
     * <pre>
     * pending: 2 migrations production has not applied yet (reported, never failing)
     *   V4 add_notes (V4__add_notes.sql): 1 change, LOW
     *     LOW       adds     COLUMN  public.orders.notes  text
     * </pre>
     */
    public static List<String> renderPending(ParityReport report) {
        List<PendingMigration> pending = report.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("pending: " + pending.size() + (pending.size() == 1 ? " migration" : " migrations")
                + " production has not applied yet (reported, never failing)");
        for (PendingMigration migration : pending) {
            int changes = migration.differences().size();
            lines.add("  " + migration.label() + ": " + changes + (changes == 1 ? " change" : " changes")
                    + migration.highestSeverity().map(s -> ", " + s).orElse(""));
            migration.differences().stream()
                    .sorted(Comparator.comparing(AssessedDifference::severity, Comparator.reverseOrder())
                            .thenComparing(d -> d.difference().object()))
                    .forEach(assessed -> {
                        Difference d = assessed.difference();
                        lines.add(String.format("    %-8s  %-7s  %s  %s  %s", assessed.severity(),
                                PendingMigration.verb(d.change()), d.objectType(), d.object(), detail(d)).stripTrailing());
                    });
        }
        return List.copyOf(lines);
    }

    /** Stale baseline entries: after the failing differences, before the allowed ones. */
    private static void addStale(List<ConsoleLine> lines, String format, List<BaselineEntry> stale,
            ConsoleLine.Level level) {
        for (BaselineEntry entry : stale) {
            Difference d = entry.difference();
            lines.add(new ConsoleLine(level, String.format(format, "STALE", d.objectType(), d.object(), d.change(), detail(d)).stripTrailing()
                    + "  (baseline entry matches no difference: " + entry.describeAcknowledgement() + ")"));
        }
    }

    private static String headline(Assessment assessment, ParityReport report) {
        return "SchemaParity " + assessment.verdict() + ": " + SummaryLine.of(assessment, report.notCompared());
    }

    private static String describe(Side side) {
        return side == null ? "unknown" : side.describe();
    }

    /** {@code attribute: expected -> actual} for a change, the description of a missing or unexpected object. */
    static String detail(Difference d) {
        if (d.change() == Change.CHANGED) {
            return d.attribute() + ": " + value(d.expected()) + " -> " + value(d.actual());
        }
        String description = d.change() == Change.MISSING ? d.expected() : d.actual();
        return description == null ? "" : value(description);
    }

    /** A value on one line, cut to {@link #MAX_VALUE_LENGTH} characters with an ellipsis. */
    static String value(String text) {
        if (text == null) {
            return "none";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_VALUE_LENGTH ? flat : flat.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}
