package io.github.schemaparity.report;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import java.util.List;
import java.util.Locale;

/**
 * The version-awareness part of the {@link HtmlReport}: the migrations production has not applied yet, each
 * with what it will do to production.
 */
final class HtmlPending {
    private HtmlPending() {
    }

    /**
     * Version awareness: the migrations production has not applied yet, each with what it will do to production,
     * rated like drift. Not drift and never failing, so outside the filter and labelled as such.
     */
    static void pending(HtmlWriter html, List<PendingMigration> pending) {
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
            migration.highestSeverity().ifPresent(s -> html.element("span", s.name(), "class", "badge " + HtmlReport.severityClass(s),
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
                for (AssessedDifference change : migration.differences().stream().sorted(HtmlReport.ORDER).toList()) {
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
        html.element("span", change.severity().name(), "class", "badge " + HtmlReport.severityClass(change.severity()),
                "title", "risk " + change.risk() + " of 100");
        html.element("span", PendingMigration.verb(d.change()), "class", "verb change-"
                + d.change().name().toLowerCase(Locale.ROOT));
        html.element("span", d.objectType().name(), "class", "tag");
        html.element("code", d.object(), "class", "path");
        if (d.change() == Change.CHANGED) {
            html.element("code", d.attribute(), "class", "attribute");
            html.element("code", HtmlReport.orNone(d.expected()) + " → " + HtmlReport.orNone(d.actual()), "class", "values");
        } else {
            String description = d.change() == Change.MISSING ? d.expected() : d.actual();
            if (description != null) {
                html.element("code", description, "class", "values");
            }
        }
        html.close("li").newline();
    }
}
