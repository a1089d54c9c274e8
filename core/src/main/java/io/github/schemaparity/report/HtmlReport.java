package io.github.schemaparity.report;

import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page to open from the build's output folder or a CI artifact, offline: the
 * verdict and both sides in a header, counts by severity, the baseline's stale entries (failing under
 * {@code baselineStrict}), a filter (severity, object type, failing/acknowledged/allowed, text over the object path),
 * every difference as a card with expected and actual side by side, its risk, why it is allowed or fails, the baseline
 * entry naming it (reason, owner, expiry; acknowledged or expired) and the fix SQL where there is one; then the pending
 * migrations production has not applied yet, each with what it will do to production (never failing, outside the
 * filter).
 *
 * <p>Style sheet and script are inline (no network, no CDN). Every value from a catalog is escaped through
 * {@link HtmlWriter}; the markup is also well-formed XML. The filter state lives in the URL's fragment
 * ({@code #severity=HIGH,CRITICAL&status=failing&type=COLUMN&q=orders}), so a filtered view can be linked to; without
 * script every difference is shown and the filter stays hidden.
 */
public final class HtmlReport {
    /** The file name the report is conventionally written to, in the report directory. */
    public static final String FILE_NAME = "report.html";

    /** Status of a difference that fails the comparison, as the filter and the {@code data-status} name it. */
    static final String FAILING = "failing";
    /** Status of a difference the policy lets pass. */
    static final String ALLOWED = "allowed";
    /** Status of a difference a baseline entry accepts: reported, not failing. */
    static final String ACKNOWLEDGED = "acknowledged";
    /** The statuses in the order the filter lists them. */
    static final List<String> STATUSES = List.of(FAILING, ACKNOWLEDGED, ALLOWED);

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    /** Failing first, then most severe, then by path: what to fix first is at the top. */
    static final Comparator<AssessedDifference> ORDER = Comparator
            .comparing(AssessedDifference::allowed)
            .thenComparing(AssessedDifference::severity, Comparator.reverseOrder())
            .thenComparing(d -> d.difference().object());

    private HtmlReport() {
    }

    /**
     * Writes the report to a file, creating its parent directories.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ParityReport report, Path file) {
        ReportFiles.write("HTML report", file, render(report));
    }

    /** The report as a UTF-8 HTML document with {@code \n} line endings and a trailing newline. */
    public static String render(ParityReport report) {
        Assessment assessment = report.assessment();
        List<AssessedDifference> differences = assessment.differences().stream().sorted(ORDER).toList();
        HtmlWriter html = new HtmlWriter();
        html.open("html", "lang", "en").newline();
        head(html, assessment);
        html.open("body").newline().open("main", "class", "page").newline();
        banner(html, report);
        summary(html, assessment);
        // Stale baseline entries may fail the run (baselineStrict), so they come before the drift; pending migrations
        // never fail, so they come after it, as in the Markdown report.
        HtmlBaseline.stale(html, assessment);
        HtmlDifferences.differences(html, differences, report.fixes());
        HtmlPending.pending(html, report.pending());
        LedgerHtml.section(html, report.notCompared());
        footer(html);
        html.close("main").newline();
        html.trustedScript(SCRIPT).newline();
        html.close("body").newline().close("html").newline();
        return "<!DOCTYPE html>\n" + html;
    }

    private static void head(HtmlWriter html, Assessment assessment) {
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.empty("meta", "name", "generator", "content", "SchemaParity " + ToolVersion.get()).newline();
        html.element("title", "SchemaParity " + assessment.verdict() + ": " + headline(assessment)).newline();
        html.trustedStyle(CSS).newline();
        html.close("head").newline();
    }

    private static void banner(HtmlWriter html, ParityReport report) {
        Assessment assessment = report.assessment();
        String verdict = assessment.verdict().name();
        html.open("header", "class", "banner " + verdict.toLowerCase(Locale.ROOT)).newline();
        html.open("div", "class", "verdict-line");
        html.element("span", verdict, "class", "verdict", "id", "verdict");
        html.open("div");
        html.element("h1", "SchemaParity report");
        html.element("p", headline(assessment), "class", "headline");
        if (!report.pending().isEmpty()) {
            int n = report.pending().size();
            html.open("p", "class", "pending-note").element("a", SummaryLine.count(n, "pending migration"), "href",
                    "#pending").text(" production has not applied yet (reported, never failing)").close("p");
        }
        LedgerHtml.note(html, report.notCompared());
        html.close("div").close("div").newline();
        html.open("div", "class", "sides").newline();
        side(html, "Expected", "what the project's code says", report.expected());
        html.element("span", "vs", "class", "versus");
        side(html, "Actual", "what the other side really has", report.actual());
        html.close("div").newline();
        html.close("header").newline();
    }

    private static void side(HtmlWriter html, String title, String meaning, Side side) {
        html.open("section", "class", "side-card").newline();
        html.open("h2").text(title + " ").element("span", meaning, "class", "meaning").close("h2").newline();
        html.open("dl");
        term(html, "Source", side == null ? null : side.source());
        term(html, "Engine", side == null || side.engine() == null ? null : side.engine().id());
        term(html, "Version", side == null ? null : side.version());
        if (side != null && side.origin() != null) {
            origin(html, side.origin());
        }
        html.close("dl").newline();
        html.close("section").newline();
    }

    /** Which database the side was, as the user gave it; only the terms that apply to its kind. */
    private static void origin(HtmlWriter html, Origin origin) {
        term(html, "Role", origin.role());
        if (Side.MIGRATIONS.equals(origin.kind())) {
            optionalTerm(html, "Tool", origin.tool());
            optionalTerm(html, "Migrations", origin.location());
            optionalTerm(html, "Ran on", origin.provider());
        } else if (Side.SNAPSHOT.equals(origin.kind())) {
            term(html, "Snapshot", origin.location());
            term(html, "Captured", origin.capturedAt() == null ? null : origin.capturedAt().toString());
        } else {
            term(html, "URL", origin.location());
            optionalTerm(html, "Server id", origin.serverId());
        }
    }

    private static void optionalTerm(HtmlWriter html, String term, String value) {
        if (value != null) {
            term(html, term, value);
        }
    }

    private static void term(HtmlWriter html, String term, String value) {
        html.element("dt", term).element("dd", value == null ? "unknown" : value);
    }

    /** One card per severity, most severe first, with its failing and allowed counts. */
    private static void summary(HtmlWriter html, Assessment assessment) {
        html.open("section", "class", "summary", "aria-label", "Differences by severity").newline();
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            Severity severity = severities[i];
            long failing = assessment.differences().stream()
                    .filter(d -> d.severity() == severity && !d.allowed()).count();
            long allowed = assessment.differences().stream()
                    .filter(d -> d.severity() == severity && d.allowed()).count();
            String css = "count-card " + severityClass(severity) + (failing + allowed == 0 ? " zero" : "");
            html.open("div", "class", css, "data-severity", severity.name());
            html.element("span", severity.name(), "class", "count-label");
            html.element("span", Long.toString(failing + allowed), "class", "count-total");
            html.element("span", failing + " failing \u00b7 " + allowed + " allowed", "class", "count-split");
            html.close("div").newline();
        }
        html.close("section").newline();
    }

    static String orNone(String value) {
        return value == null ? "none" : value;
    }


    private static void footer(HtmlWriter html) {
        html.open("footer", "class", "footer").text("SchemaParity " + ToolVersion.get()
                + " \u00b7 the same differences are in report.json (for tools), report.md (for a pull request) and "
                + "TEST-schemaparity.xml (for CI test tabs)").close("footer").newline();
    }

    /**
     * The status a difference is filtered by. The baseline adds {@code acknowledged} (reported, not failing); the
     * filter lists whatever statuses occur.
     */
    static String status(AssessedDifference assessed) {
        if (assessed.acknowledged()) {
            return ACKNOWLEDGED;
        }
        return assessed.allowed() ? ALLOWED : FAILING;
    }

    static String severityClass(Severity severity) {
        return "sev-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code 5 differences: 3 failing, 2 allowed (1 acknowledged); 1 stale baseline entry (baselineStrict: failing)},
     * or {@code no differences}.
     */
    private static String headline(Assessment assessment) {
        int total = assessment.differences().size();
        StringBuilder out = new StringBuilder();
        if (total == 0) {
            out.append("no differences");
        } else {
            out.append(total).append(total == 1 ? " difference" : " differences").append(": ")
                    .append(assessment.failing()).append(" failing, ").append(assessment.allowed()).append(" allowed");
            if (assessment.acknowledged() > 0) {
                out.append(" (").append(assessment.acknowledged()).append(" acknowledged)");
            }
        }
        int stale = assessment.stale().size();
        if (stale > 0) {
            out.append("; ").append(stale).append(stale == 1 ? " stale baseline entry" : " stale baseline entries")
                    .append(assessment.baseline().strict() ? " (baselineStrict: failing)" : "");
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("SchemaParity's " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SchemaParity's " + name, e);
        }
    }
}