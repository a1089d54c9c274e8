package io.github.schemaparity.report;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The report a person reads in the build log in two seconds: a verdict line with counts, the two sides,
 * then one aligned line per difference, failing ones first, most severe first.
 *
 * <pre>
 * SchemaParity FAIL: 3 differences (1 CRITICAL, 1 HIGH, 1 LOW): 2 failing, 1 allowed
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

    private static final Comparator<AssessedDifference> ORDER = Comparator
            .comparing(AssessedDifference::allowed)
            .thenComparing(AssessedDifference::severity, Comparator.reverseOrder())
            .thenComparing(d -> d.difference().object());

    private ConsoleReport() {
    }

    /** The report's lines, without line terminators. */
    public static List<String> render(ParityReport report) {
        Assessment assessment = report.assessment();
        List<AssessedDifference> differences = new ArrayList<>(assessment.differences());
        if (differences.isEmpty()) {
            return List.of("SchemaParity " + assessment.verdict() + ": no differences");
        }
        List<String> lines = new ArrayList<>(differences.size() + 2);
        lines.add(headline(assessment));
        lines.add("expected: " + describe(report.expected()) + " | actual: " + describe(report.actual()));
        differences.sort(ORDER);
        int typeWidth = differences.stream().mapToInt(d -> d.difference().objectType().name().length()).max()
                .orElse(0);
        int pathWidth = Math.min(MAX_PATH_COLUMN,
                differences.stream().mapToInt(d -> d.difference().object().length()).max().orElse(0));
        String format = "  %-8s  %-" + typeWidth + "s  %-" + pathWidth + "s  %-10s  %s";
        for (AssessedDifference assessed : differences) {
            Difference d = assessed.difference();
            String line = String.format(format, assessed.severity(), d.objectType(), d.object(), d.change(),
                    detail(d));
            if (assessed.allowed()) {
                line += "  (allowed: " + assessed.reason() + ")";
            }
            lines.add(line.stripTrailing());
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

    private static String headline(Assessment assessment) {
        int total = assessment.differences().size();
        List<String> counts = new ArrayList<>();
        Map<Severity, Integer> bySeverity = assessment.countsBySeverity();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            int count = bySeverity.get(severities[i]);
            if (count > 0) {
                counts.add(count + " " + severities[i]);
            }
        }
        return "SchemaParity " + assessment.verdict() + ": " + total + (total == 1 ? " difference" : " differences")
                + " (" + String.join(", ", counts) + "): " + assessment.failing() + " failing, "
                + assessment.allowed() + " allowed";
    }

    private static String describe(Side side) {
        return side == null ? "unknown" : side.describe();
    }

    /** {@code attribute: expected -> actual} for a change, the description of a missing or unexpected object. */
    private static String detail(Difference d) {
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
