package io.github.schemaparity.report;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.Acknowledgement;
import io.github.schemaparity.policy.Assessment;
import java.util.List;
import java.util.Locale;

/**
 * The baseline part of the {@link HtmlReport}: the entry that names a difference (acknowledged, expired or
 * overruled), and the stale entries that match no difference any more.
 */
final class HtmlBaseline {
    private HtmlBaseline() {
    }

    /** The baseline entry naming a difference: what it did (acknowledged, expired, denied), reason, owner, expiry. */
    static void acknowledgement(HtmlWriter html, Acknowledgement acknowledgement) {
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
    static void stale(HtmlWriter html, Assessment assessment) {
        List<BaselineEntry> stale = assessment.stale();
        if (stale.isEmpty()) {
            return;
        }
        boolean failing = assessment.baseline().strict();
        html.open("section", "class", "stale" + (failing ? " failing" : ""), "id", "stale", "aria-label",
                "Stale baseline entries").newline();
        html.open("h2").text(stale.size() + (stale.size() == 1 ? " stale baseline entry " : " stale baseline entries "));
        html.element("span", failing ? "failing (baselineStrict)" : "reported, not failing",
                "class", "badge status-" + (failing ? HtmlReport.FAILING : HtmlReport.ALLOWED));
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
            html.element("code", HtmlReport.orNone(d.expected()) + " → " + HtmlReport.orNone(d.actual()), "class", "values");
            html.close("div");
            entryTerms(html, entry);
            html.close("li").newline();
        }
        html.close("ul").newline();
        html.close("section").newline();
    }
}
