package io.github.schemaparity.report;

import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.policy.Acknowledgement;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    private static final List<String> STATUSES = List.of(FAILING, ACKNOWLEDGED, ALLOWED);

    private static final String CSS = resource("report.css");
    private static final String SCRIPT = resource("report.js");

    /** Failing first, then most severe, then by path: what to fix first is at the top. */
    private static final Comparator<AssessedDifference> ORDER = Comparator
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
        stale(html, assessment);
        differences(html, differences, report.fixes());
        pending(html, report.pending());
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
        html.close("dl").newline();
        html.close("section").newline();
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

    private static void differences(HtmlWriter html, List<AssessedDifference> differences, FixPlan fixes) {
        html.open("section", "class", "differences", "aria-label", "Differences").newline();
        if (differences.isEmpty()) {
            html.element("p", "No differences: the two catalogs match.", "class", "empty").newline();
            html.close("section").newline();
            return;
        }
        filters(html, differences);
        html.open("p", "class", "shown", "id", "shown-line").text("Showing ")
                .element("span", Integer.toString(differences.size()), "id", "shown")
                .text(" of " + differences.size() + (differences.size() == 1 ? " difference" : " differences"))
                .close("p").newline();
        html.element("p", "No difference matches the filter.", "class", "empty", "id", "no-match", "hidden", "hidden")
                .newline();
        int number = 0;
        for (AssessedDifference assessed : differences) {
            difference(html, assessed, ++number, fixes.sqlFor(assessed.difference()));
        }
        html.close("section").newline();
    }

    /** The filter form; hidden until the script, which makes it work, shows it. */
    private static void filters(HtmlWriter html, List<AssessedDifference> differences) {
        html.open("form", "class", "filters", "id", "filters", "hidden", "hidden", "role", "search").newline();

        html.open("fieldset", "class", "chips").element("legend", "Severity");
        Severity[] severities = Severity.values();
        for (int i = severities.length - 1; i >= 0; i--) {
            Severity severity = severities[i];
            long count = differences.stream().filter(d -> d.severity() == severity).count();
            chip(html, "severity", severity.name(), severity.name(), count, severityClass(severity));
        }
        html.close("fieldset").newline();

        html.open("fieldset", "class", "chips").element("legend", "Status");
        for (String status : STATUSES) {
            long count = differences.stream().filter(d -> status(d).equals(status)).count();
            if (count > 0) {
                chip(html, "status", status, status, count, "status-" + status);
            }
        }
        html.close("fieldset").newline();

        html.open("label", "class", "field").element("span", "Object type");
        html.open("select", "name", "type", "id", "filter-type");
        html.element("option", "All types", "value", "");
        Set<ObjectType> types = new TreeSet<>();
        differences.forEach(d -> types.add(d.difference().objectType()));
        for (ObjectType type : types) {
            html.element("option", type.name(), "value", type.name());
        }
        html.close("select").close("label").newline();

        html.open("div", "class", "field grow").element("label", "Object path", "for", "filter-q");
        html.open("div", "class", "search-row");
        html.empty("input", "type", "search", "name", "q", "id", "filter-q", "placeholder", "e.g. public.orders",
                "autocomplete", "off", "spellcheck", "false");
        html.element("button", "Reset", "type", "reset", "id", "filter-reset");
        html.close("div").close("div").newline();
        html.close("form").newline();
    }

    private static void chip(HtmlWriter html, String name, String value, String label, long count, String css) {
        html.open("label", "class", "chip " + css);
        html.empty("input", "type", "checkbox", "name", name, "value", value, "checked", "checked");
        html.text(label + " ").element("span", Long.toString(count), "class", "chip-count");
        html.close("label");
    }

    private static void difference(HtmlWriter html, AssessedDifference assessed, int number, String fix) {
        Difference d = assessed.difference();
        String status = status(assessed);
        html.open("article", "class", "diff " + severityClass(assessed.severity()) + " " + status, "id", "d" + number,
                "data-severity", assessed.severity().name(), "data-type", d.objectType().name(),
                "data-status", status, "data-path", d.object()).newline();

        html.open("header", "class", "diff-head");
        html.element("span", assessed.severity().name(), "class", "badge " + severityClass(assessed.severity()),
                "title", "risk " + assessed.risk() + " of 100");
        html.element("span", status, "class", "badge status-" + status);
        html.element("a", d.object(), "class", "path", "href", "#d" + number, "title", "Link to this difference");
        html.open("span", "class", "what");
        html.element("span", d.objectType().name(), "class", "tag");
        html.element("span", d.change().name(), "class", "tag change-" + d.change().name().toLowerCase(Locale.ROOT));
        if (d.attribute() != null) {
            html.element("code", d.attribute(), "class", "attribute");
        }
        html.close("span");
        html.element("span", "risk " + assessed.risk(), "class", "risk", "title", "0 (harmless) to 100 (breaks)");
        html.close("header").newline();

        html.open("div", "class", "compare");
        Marked[] marked = changedParts(d);
        value(html, "Expected", d.expected(), d.change() == Change.UNEXPECTED, marked == null ? null : marked[0],
                "expected");
        value(html, "Actual", d.actual(), d.change() == Change.MISSING, marked == null ? null : marked[1], "actual");
        html.close("div").newline();

        if (assessed.acknowledgement() != null) {
            acknowledgement(html, assessed.acknowledgement());
        }
        if (assessed.reason() != null && !assessed.acknowledged()) {
            // An acknowledged difference's reason only repeats its baseline entry; a deny rule's or an expired
            // entry's reason says why a difference fails.
            html.open("p", "class", "reason").element("strong", assessed.allowed() ? "Allowed: " : "Failing: ")
                    .text(assessed.reason()).close("p").newline();
        }
        if (fix != null) {
            html.open("div", "class", "fix").element("div", "Fix SQL", "class", "label");
            html.element("pre", fix, "class", "sql").close("div").newline();
        }
        html.close("article").newline();
    }

    /** The baseline entry naming a difference: what it did (acknowledged, expired, denied), reason, owner, expiry. */
    private static void acknowledgement(HtmlWriter html, Acknowledgement acknowledgement) {
        String status = acknowledgement.status().name().toLowerCase(Locale.ROOT);
        html.open("div", "class", "baseline-entry " + status);
        html.element("div", switch (acknowledgement.status()) {
            case ACKNOWLEDGED -> "Acknowledged in baseline";
            case EXPIRED -> "Baseline entry expired";
            case DENIED -> "Baseline entry overruled by a deny rule";
        }, "class", "label");
        entryTerms(html, acknowledgement.entry());
        html.close("div").newline();
    }

    /** Reason, owner and expiry of a baseline entry, as a definition list. */
    private static void entryTerms(HtmlWriter html, BaselineEntry entry) {
        html.open("dl", "class", "entry");
        html.element("dt", "Reason").element("dd", entry.reason(), "class", "entry-reason");
        html.element("dt", "Owner").element("dd", entry.owner() == null ? "none" : entry.owner(), "class", "entry-owner");
        html.element("dt", "Expires").element("dd", entry.expires() == null ? "never" : entry.expires().toString(),
                "class", "entry-expires");
        html.close("dl");
    }

    /**
     * Baseline entries that match no difference: the drift they acknowledge is gone or changed further. They fail the
     * run under {@code baselineStrict}, and say so.
     */
    private static void stale(HtmlWriter html, Assessment assessment) {
        List<BaselineEntry> stale = assessment.stale();
        if (stale.isEmpty()) {
            return;
        }
        boolean failing = assessment.baseline().strict();
        html.open("section", "class", "stale" + (failing ? " failing" : ""), "id", "stale", "aria-label",
                "Stale baseline entries").newline();
        html.open("h2").text(stale.size() + (stale.size() == 1 ? " stale baseline entry " : " stale baseline entries "));
        html.element("span", failing ? "failing (baselineStrict)" : "reported, not failing",
                "class", "badge status-" + (failing ? FAILING : ALLOWED));
        html.close("h2").newline();
        html.element("p", "They match no difference any more: the drift they acknowledge is gone or changed further. "
                + "mvn schemaparity:baseline removes them.", "class", "note").newline();
        html.open("ul", "class", "stale-list").newline();
        for (BaselineEntry entry : stale) {
            Difference d = entry.difference();
            html.open("li", "class", "stale-entry", "data-path", d.object());
            html.open("div", "class", "stale-what");
            html.element("span", d.objectType().name(), "class", "tag");
            html.element("span", d.change().name(), "class", "tag change-" + d.change().name().toLowerCase(Locale.ROOT));
            html.element("code", d.object(), "class", "path");
            if (d.attribute() != null) {
                html.element("code", d.attribute(), "class", "attribute");
            }
            html.element("code", orNone(d.expected()) + " → " + orNone(d.actual()), "class", "values");
            html.close("div");
            entryTerms(html, entry);
            html.close("li").newline();
        }
        html.close("ul").newline();
        html.close("section").newline();
    }

    /**
     * Version awareness: the migrations production has not applied yet, each with what it will do to production,
     * rated like drift. Not drift and never failing, so outside the filter and labelled as such.
     */
    private static void pending(HtmlWriter html, List<PendingMigration> pending) {
        if (pending.isEmpty()) {
            return;
        }
        html.open("section", "class", "pending", "id", "pending", "aria-label", "Pending migrations").newline();
        html.open("h2").text("Pending migrations ")
                .element("span", "reported, never failing", "class", "badge status-pending").close("h2").newline();
        html.element("p", SummaryLine.count(pending.size(), "migration") + " production has not applied yet, and what "
                + "each will do to production when it runs.", "class", "note").newline();
        for (PendingMigration migration : pending) {
            html.open("article", "class", "migration", "data-version", migration.version()).newline();
            html.open("header", "class", "migration-head");
            migration.highestSeverity().ifPresent(s -> html.element("span", s.name(), "class", "badge " + severityClass(s),
                    "title", "the most severe change it makes"));
            html.element("span", migration.version() != null && migration.version().contains("::")
                    ? migration.version() : "V" + migration.version(), "class", "version");
            if (migration.description() != null) {
                html.element("span", migration.description(), "class", "description");
            }
            if (migration.script() != null) {
                html.element("code", migration.script(), "class", "script");
            }
            html.close("header").newline();
            if (migration.differences().isEmpty()) {
                html.element("p", "No schema change.", "class", "absent change-none").newline();
            } else {
                html.open("ul", "class", "changes").newline();
                for (AssessedDifference change : migration.differences().stream().sorted(ORDER).toList()) {
                    pendingChange(html, change);
                }
                html.close("ul").newline();
            }
            html.close("article").newline();
        }
        html.close("section").newline();
    }

    private static void pendingChange(HtmlWriter html, AssessedDifference change) {
        Difference d = change.difference();
        html.open("li", "class", "change", "data-severity", change.severity().name(), "data-path", d.object());
        html.element("span", change.severity().name(), "class", "badge " + severityClass(change.severity()),
                "title", "risk " + change.risk() + " of 100");
        html.element("span", PendingMigration.verb(d.change()), "class", "verb change-"
                + d.change().name().toLowerCase(Locale.ROOT));
        html.element("span", d.objectType().name(), "class", "tag");
        html.element("code", d.object(), "class", "path");
        if (d.change() == Change.CHANGED) {
            html.element("code", d.attribute(), "class", "attribute");
            html.element("code", orNone(d.expected()) + " → " + orNone(d.actual()), "class", "values");
        } else {
            String description = d.change() == Change.MISSING ? d.expected() : d.actual();
            if (description != null) {
                html.element("code", description, "class", "values");
            }
        }
        html.close("li").newline();
    }

    private static String orNone(String value) {
        return value == null ? "none" : value;
    }

    /**
     * One side of a difference. An object absent on this side says so; a changed value has the part that differs
     * from the other side marked.
     */
    private static void value(HtmlWriter html, String label, String value, boolean absent, Marked marked,
            String css) {
        html.open("div", "class", "value " + css).element("div", label, "class", "label");
        if (absent) {
            html.element("p", "absent", "class", "absent");
        } else if (value == null) {
            html.element("p", "none", "class", "absent");
        } else if (marked != null) {
            html.open("pre").text(marked.shared()).element("mark", marked.changed()).text(marked.sharedEnd()).close("pre");
        } else {
            html.element("pre", value);
        }
        html.close("div");
    }

    /** A value cut in three: the start both sides share, the part that differs, the end both share. */
    record Marked(String shared, String changed, String sharedEnd) {
        static Marked of(String value, int prefix, int suffix) {
            int end = value.length() - suffix;
            return new Marked(value.substring(0, prefix), value.substring(prefix, end), value.substring(end));
        }
    }

    /**
     * For a value changed on both sides: expected and actual with what differs between them marked, or {@code null}
     * when they share neither start nor end (marking everything would mark nothing).
     */
    static Marked[] changedParts(Difference d) {
        String a = d.expected();
        String b = d.actual();
        if (d.change() != Change.CHANGED || a == null || b == null) {
            return null;
        }
        int max = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        // Mark whole words ("50" -> "20", not "5" -> "2"; nothing in "true" -> "false") and never cut a surrogate pair.
        while (prefix > 0 && (Character.isHighSurrogate(a.charAt(prefix - 1))
                || word(a, prefix - 1) && (word(a, prefix) || word(b, prefix)))) {
            prefix--;
        }
        while (suffix > 0 && (Character.isLowSurrogate(a.charAt(a.length() - suffix))
                || word(a, a.length() - suffix) && (word(a, a.length() - suffix - 1)
                        || word(b, b.length() - suffix - 1)))) {
            suffix--;
        }
        if (prefix == 0 && suffix == 0) {
            return null;
        }
        return new Marked[] {Marked.of(a, prefix, suffix), Marked.of(b, prefix, suffix)};
    }

    /** Whether the character at {@code index} exists and is part of a word (letter, digit, underscore). */
    private static boolean word(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_';
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

    private static String severityClass(Severity severity) {
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
