package io.github.schemaparity.report;

import io.github.schemaparity.diff.Uncompared;
import java.util.List;

/**
 * The ledger in the HTML report: a note under the headline linking to a section that lists, per kind and
 * reason, every object not compared and the sides it was found on. Never failing, so outside the filter.
 */
final class LedgerHtml {
    private LedgerHtml() {
    }

    /** The headline's note, e.g. {@code not compared: 1 foreign table (see report)}; nothing for an empty ledger. */
    static void note(HtmlWriter html, List<Uncompared> ledger) {
        if (ledger.isEmpty()) {
            return;
        }
        String line = LedgerText.line(ledger);
        html.open("p", "class", "not-compared-note")
                .element("a", line.substring(0, line.length() - " (see report)".length()), "href", "#not-compared")
                .close("p");
    }

    /** The section; nothing for an empty ledger. */
    static void section(HtmlWriter html, List<Uncompared> ledger) {
        if (ledger.isEmpty()) {
            return;
        }
        html.open("section", "class", "not-compared", "id", "not-compared", "aria-label", "Not compared").newline();
        html.element("h2", "Not compared").newline();
        html.element("p", SummaryLine.count(ledger.size(), "object") + " the comparison did not look at: kinds "
                + "SchemaParity does not compare, or left out by an option. They never change the verdict.",
                "class", "note").newline();
        html.open("table", "class", "ledger").newline();
        html.open("thead").open("tr").element("th", "Kind").element("th", "Count").element("th", "Objects")
                .element("th", "Why").close("tr").close("thead").newline();
        html.open("tbody").newline();
        for (LedgerText.Group group : LedgerText.groups(ledger)) {
            html.open("tr").element("td", group.kind()).element("td", String.valueOf(group.objects().size()));
            html.open("td");
            for (int i = 0; i < group.objects().size(); i++) {
                Uncompared object = group.objects().get(i);
                if (i > 0) {
                    html.text(", ");
                }
                html.element("code", object.object(), "title", "found on " + String.join(" and ", object.sides()));
            }
            html.close("td").element("td", group.reason()).close("tr").newline();
        }
        html.close("tbody").close("table").newline();
        html.close("section").newline();
    }
}
