package io.github.schemaparity.report;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The drift part of the {@link HtmlReport}: the filter form and one card per difference, expected and actual
 * side by side with the part that differs marked, its risk, why it is allowed or fails, its baseline entry
 * and its fix SQL.
 */
final class HtmlDifferences {
    private HtmlDifferences() {
    }

    static void differences(HtmlWriter html, List<AssessedDifference> differences, FixPlan fixes) {
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
            chip(html, "severity", severity.name(), severity.name(), count, HtmlReport.severityClass(severity));
        }
        html.close("fieldset").newline();

        html.open("fieldset", "class", "chips").element("legend", "Status");
        for (String status : HtmlReport.STATUSES) {
            long count = differences.stream().filter(d -> HtmlReport.status(d).equals(status)).count();
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
        String status = HtmlReport.status(assessed);
        html.open("article", "class", "diff " + HtmlReport.severityClass(assessed.severity()) + " " + status, "id", "d" + number,
                "data-severity", assessed.severity().name(), "data-type", d.objectType().name(),
                "data-status", status, "data-path", d.object()).newline();

        html.open("header", "class", "diff-head");
        html.element("span", assessed.severity().name(), "class", "badge " + HtmlReport.severityClass(assessed.severity()),
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
            HtmlBaseline.acknowledgement(html, assessed.acknowledgement());
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
}
