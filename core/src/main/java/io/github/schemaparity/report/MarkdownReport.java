package io.github.schemaparity.report;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The report as GitHub-flavoured Markdown, sized to be posted as a pull-request comment: a verdict heading, the
 * two sides, a severity summary, a table of failing differences (most severe first), the baseline entries that
 * matched nothing (stale), and the allowed ones, with their reasons (acknowledged ones show the baseline's),
 * folded in a {@code <details>} block.
 *
 * <p>A comment may hold at most 65,536 characters, so the tables stop after {@value #MAX_ROWS} rows or once the
 * text nears {@value #MAX_LENGTH} characters, and say how many differences they left out; the JSON report keeps
 * them all.
 */
public final class MarkdownReport {
    /** The file name the report is conventionally written to, in the report directory. */
    public static final String FILE_NAME = "report.md";
    /** Rows written across both tables at most. */
    static final int MAX_ROWS = 200;
    /** The rendered text stays at or below this length, leaving room under GitHub's limit for a caller's footer. */
    static final int MAX_LENGTH = 60_000;
    /** Values, paths and reasons longer than this are cut with an ellipsis. */
    static final int MAX_VALUE_LENGTH = 100;

    private static final String FAILING_HEADER = "| Severity | Type | Object | Change | Attribute | Expected -> Actual |\n"
            + "|---|---|---|---|---|---|\n";
    private static final String ALLOWED_HEADER = "| Severity | Type | Object | Change | Attribute | Expected -> Actual "
            + "| Reason |\n|---|---|---|---|---|---|---|\n";
    private static final String STALE_HEADER = "| Type | Object | Change | Attribute | Expected -> Actual | Reason |\n"
            + "|---|---|---|---|---|---|\n";
    /** Room kept for the closing lines (left-out note, end of the details block) while rows are added. */
    private static final int CLOSING_RESERVE = 300;

    private static final Comparator<AssessedDifference> ORDER = Comparator
            .comparing(AssessedDifference::severity, Comparator.reverseOrder())
            .thenComparing(d -> d.difference().object());

    private MarkdownReport() {
    }

    /**
     * Writes the report to a file, creating its parent directories.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ParityReport report, Path file) {
        ReportFiles.write("Markdown report", file, render(report));
    }

    /** The report as Markdown with {@code \n} line endings and a trailing newline. */
    public static String render(ParityReport report) {
        Assessment assessment = report.assessment();
        StringBuilder out = new StringBuilder();
        out.append("### SchemaParity: ").append(assessment.verdict()).append("\n\n");
        out.append("**Expected:** ").append(text(describe(report.expected()))).append(", **actual:** ")
                .append(text(describe(report.actual()))).append("\n\n");
        List<String> origins = ConsoleReport.originLines(report);
        if (!origins.isEmpty()) {
            origins.forEach(line -> out.append("- ").append(wholeText(line)).append('\n'));
            out.append('\n');
        }
        out.append(summary(assessment, report)).append('\n');

        List<AssessedDifference> failing = sorted(assessment.differences(), false);
        List<AssessedDifference> allowed = sorted(assessment.differences(), true);
        int[] rowsLeft = {MAX_ROWS};
        if (!failing.isEmpty()) {
            // A deny rule or an expired baseline entry gives a failing difference a reason worth showing.
            boolean reasons = failing.stream().anyMatch(d -> d.reason() != null);
            out.append('\n').append(reasons ? ALLOWED_HEADER : FAILING_HEADER);
            int written = appendRows(out, failing, reasons, rowsLeft);
            appendLeftOut(out, failing.size() - written, "failing");
        }
        appendStale(out, assessment, rowsLeft);
        if (!allowed.isEmpty()) {
            out.append("\n<details>\n<summary>").append(count(allowed.size(), "allowed difference"))
                    .append("</summary>\n");
            if (rowsLeft[0] > 0 && out.length() + ALLOWED_HEADER.length() + CLOSING_RESERVE < MAX_LENGTH) {
                out.append('\n').append(ALLOWED_HEADER);
                int written = appendRows(out, allowed, true, rowsLeft);
                appendLeftOut(out, allowed.size() - written, "allowed");
            } else {
                appendLeftOut(out, allowed.size(), "allowed");
            }
            // GitHub renders Markdown inside <details> only with blank lines around it.
            out.append("\n</details>\n");
        }
        appendPending(out, report.pending());
        LedgerMarkdown.append(out, report.notCompared(), MAX_LENGTH - CLOSING_RESERVE);
        return out.toString();
    }

    /** Version awareness: what each migration production has not applied yet will do to it (never failing). */
    private static void appendPending(StringBuilder out, List<PendingMigration> pending) {
        if (pending.isEmpty()) {
            return;
        }
        out.append("\n#### Pending migrations\n\n").append(count(pending.size(), "migration"))
                .append(" production has not applied yet (reported, never failing):\n\n")
                .append("| Migration | Severity | Does | Type | Object | Detail |\n|---|---|---|---|---|---|\n");
        for (PendingMigration migration : pending) {
            if (out.length() + CLOSING_RESERVE > MAX_LENGTH) {
                out.append("\n_more pending migrations left out to fit a comment; the JSON report lists them all._\n");
                return;
            }
            if (migration.differences().isEmpty()) {
                out.append("| ").append(code(migration.label())).append(" | | | | | _no schema change_ |\n");
            }
            for (AssessedDifference assessed : sorted(migration.differences(), true)) {
                Difference d = assessed.difference();
                String detail = d.change() == io.github.schemaparity.diff.Change.CHANGED
                        ? code(d.attribute()) + " " + valueOrNone(d.expected()) + " -> " + valueOrNone(d.actual())
                        : valueOrNone(d.change() == io.github.schemaparity.diff.Change.MISSING ? d.expected() : d.actual());
                out.append("| ").append(code(migration.label())).append(" | ").append(assessed.severity()).append(" | ")
                        .append(PendingMigration.verb(d.change())).append(" | ").append(d.objectType()).append(" | ")
                        .append(code(d.object())).append(" | ").append(detail).append(" |\n");
            }
        }
    }

    private static List<AssessedDifference> sorted(List<AssessedDifference> differences, boolean allowed) {
        return differences.stream().filter(d -> d.allowed() == allowed).sorted(ORDER).toList();
    }

    /** Appends rows while the row cap and the length budget allow; returns how many it wrote. */
    private static int appendRows(StringBuilder out, List<AssessedDifference> differences, boolean withReason,
            int[] rowsLeft) {
        int written = 0;
        for (AssessedDifference assessed : differences) {
            String row = row(assessed, withReason);
            if (rowsLeft[0] == 0 || out.length() + row.length() + CLOSING_RESERVE > MAX_LENGTH) {
                break;
            }
            out.append(row);
            rowsLeft[0]--;
            written++;
        }
        return written;
    }

    private static void appendLeftOut(StringBuilder out, int leftOut, String kind) {
        if (leftOut > 0) {
            out.append("\n_").append(leftOut).append(" more ").append(kind)
                    .append(leftOut == 1 ? " difference" : " differences").append(" left out to fit a comment; the JSON report lists them all._\n");
        }
    }

    private static String row(AssessedDifference assessed, boolean withReason) {
        Difference d = assessed.difference();
        StringBuilder row = new StringBuilder("| ").append(assessed.severity()).append(" | ").append(d.objectType())
                .append(" | ").append(code(d.object())).append(" | ").append(d.change()).append(" | ")
                .append(d.attribute() == null ? "" : code(d.attribute())).append(" | ")
                .append(valueOrNone(d.expected())).append(" -> ").append(valueOrNone(d.actual())).append(" |");
        if (withReason) {
            row.append(' ').append(assessed.reason() == null ? "" : text(assessed.reason())).append(" |");
        }
        return row.append('\n').toString();
    }

    /** {@code 3 differences: 2 failing (1 CRITICAL), 1 allowed}, or {@code No differences.} */
    private static String summary(Assessment assessment, ParityReport report) {
        if (assessment.differences().isEmpty() && assessment.stale().isEmpty() && report.notCompared().isEmpty()) {
            return "No differences.";
        }
        String line = SummaryLine.of(assessment, report.notCompared());
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** Baseline entries that matched nothing, with their reasons, after the failing differences. */
    private static void appendStale(StringBuilder out, Assessment assessment, int[] rowsLeft) {
        List<BaselineEntry> stale = assessment.stale();
        if (stale.isEmpty()) {
            return;
        }
        out.append("\n**").append(stale.size()).append(stale.size() == 1 ? " stale baseline entry" : " stale baseline entries")
                .append(assessment.baseline().strict() ? " (failing: baselineStrict)" : "")
                .append("**: they match no difference any more; `mvn schemaparity:baseline` removes them.\n\n")
                .append(STALE_HEADER);
        int written = 0;
        for (BaselineEntry entry : stale) {
            Difference d = entry.difference();
            String row = "| " + d.objectType() + " | " + code(d.object()) + " | " + d.change() + " | "
                    + (d.attribute() == null ? "" : code(d.attribute())) + " | " + valueOrNone(d.expected()) + " -> "
                    + valueOrNone(d.actual()) + " | " + text(entry.describeAcknowledgement()) + " |\n";
            if (rowsLeft[0] == 0 || out.length() + row.length() + CLOSING_RESERVE > MAX_LENGTH) {
                break;
            }
            out.append(row);
            rowsLeft[0]--;
            written++;
        }
        if (written < stale.size()) {
            out.append("\n_").append(stale.size() - written)
                    .append(" more stale baseline entries left out to fit a comment; the JSON report lists them all._\n");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String describe(Side side) {
        return side == null ? "unknown" : side.describe();
    }

    private static String valueOrNone(String value) {
        if (value == null) {
            return "_none_";
        }
        // An empty code span is not one: Markdown would show the bare backticks.
        return value.isBlank() ? "_empty_" : code(value);
    }

    /**
     * A value as an inline code span that survives a table cell: on one line, cut, its pipes escaped (GitHub
     * splits cells on them even inside code), fenced with more backticks than it contains.
     */
    static String code(String value) {
        String flat = flatten(value).replace("|", "\\|");
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        // A code span strips one space from each end, so padding keeps edge backticks apart from the fence.
        String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
        return fence + pad + flat + pad + fence;
    }

    /** Plain text for a cell or line: on one line, cut, with Markdown and HTML punctuation backslash-escaped. */
    static String text(String value) {
        return escaped(flatten(value));
    }

    /**
     * Plain text on one line, escaped but never cut: what names a side (a URL, a path) is useless with its
     * end missing, and there are only two such lines.
     */
    static String wholeText(String value) {
        return escaped(value.strip().replaceAll("\\s+", " "));
    }

    private static String escaped(String flat) {
        StringBuilder escaped = new StringBuilder(flat.length());
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if ("\\`*_[]<>|~&#!".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Whitespace runs (newlines included) become one space; longer text is cut to {@link #MAX_VALUE_LENGTH}. */
    private static String flatten(String value) {
        String flat = value.strip().replaceAll("\\s+", " ");
        if (flat.length() <= MAX_VALUE_LENGTH) {
            return flat;
        }
        int end = MAX_VALUE_LENGTH - 1;
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end) + "\u2026";
    }
}
