package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Acknowledgement;
import io.github.schemaparity.fix.FixPlan;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.BaselineOutcome;
import io.github.schemaparity.policy.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the page back with jsoup's HTML5 parser (tokenised and tree-built the way browsers do, with its parse errors
 * tracked) and with the JDK's strict XML parser, so the markup is both error-free HTML and well-formed XML.
 */
class HtmlReportTest {
    private static final Side EXPECTED = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.2");
    private static final Side ACTUAL = new Side(Side.JDBC, Engine.POSTGRESQL, "17.4");
    private static final String SCRIPT_IN_VIEW = "SELECT '</pre><script>alert(\"pwned\")</script>' AS x, 1 < 2 & 3 > 2";

    /** The fix SQL the failing differences of this test come with; it travels beside the assessment. */
    private final java.util.Map<Difference, String> fixes = new java.util.HashMap<>();

    private ParityReport report(AssessedDifference... differences) {
        List<AssessedDifference> all = List.of(differences);
        return new ParityReport(EXPECTED, ACTUAL, Assessment.of(all), List.of(),
                FixPlan.of(all.stream().map(AssessedDifference::difference).toList(), fixes::get));
    }

    private AssessedDifference failing(int risk, Difference difference, String fix) {
        if (fix != null) {
            fixes.put(difference, fix);
        }
        return new AssessedDifference(difference, risk, Severity.ofRisk(risk), false, null);
    }

    private static AssessedDifference allowed(int risk, Difference difference, String reason) {
        return new AssessedDifference(difference, risk, Severity.ofRisk(risk), true, reason, null);
    }

    private ParityReport shop() {
        return report(
                allowed(15, new Difference(ObjectType.INDEX, "public.orders.hotfix_idx", Change.UNEXPECTED, null, null,
                        "btree (created_at)"), "below failOn MEDIUM"),
                failing(70, new Difference(ObjectType.COLUMN, "public.orders.status", Change.CHANGED, "type",
                        "varchar(50)", "varchar(255)"),
                        "ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);"),
                failing(95, new Difference(ObjectType.TABLE, "public.invoices", Change.MISSING, null,
                        "table, 4 columns", null), null),
                failing(40, new Difference(ObjectType.VIEW, "public.order_totals", Change.CHANGED, "definition",
                        "SELECT 1", SCRIPT_IN_VIEW), null),
                allowed(10, new Difference(ObjectType.COLUMN, "audit.log.note", Change.CHANGED, "comment", "note",
                        null), "ignored by pattern 'audit.*'"));
    }

    /** Parses as browsers do and fails on any HTML parse error (unclosed or misnested elements, bad attributes). */
    private static Document parseHtml(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        return document;
    }

    /** Strict XML 1.0: the page is polyglot markup, so a stray {@code <} or {@code &} anywhere fails here. */
    private static org.w3c.dom.Document parseXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aScriptInAViewBodyIsShownAsTextNeverRun() throws Exception {
        String html = HtmlReport.render(shop());
        Document page = parseHtml(html);

        assertThat(page.select("script")).as("only the report's own script").hasSize(1);
        assertThat(page.select("script").first().data()).doesNotContain("pwned");
        Element view = page.selectFirst("article[data-path=public.order_totals]");
        assertThat(view.selectFirst(".value.actual pre").text()).isEqualTo(SCRIPT_IN_VIEW);
        assertThat(html).contains("&lt;/pre&gt;&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        parseXml(html);
    }

    @Test
    void valuesCannotBreakOutOfAttributesAndForbiddenCharactersAreReplaced() throws Exception {
        String path = "public.\"x\" onmouseover=\"alert(1)\".c'<&>";
        String html = HtmlReport.render(report(failing(30, new Difference(ObjectType.COLUMN, path, Change.CHANGED,
                "comment", "nul\u0000 esc\u001b lone\uD800 smile\uD83D\uDE00", "ok"), null)));

        Element article = parseHtml(html).selectFirst("article.diff");
        assertThat(article.attr("data-path")).isEqualTo(path);
        assertThat(article.attributes().hasKey("onmouseover")).isFalse();
        assertThat(article.selectFirst("a.path").text()).isEqualTo(path);
        assertThat(article.selectFirst(".value.expected").text())
                .isEqualTo("Expected nul\uFFFD esc\uFFFD lone\uFFFD smile\uD83D\uDE00");
        assertThat(parseXml(html).getElementsByTagName("article").getLength()).isEqualTo(1);
    }

    @Test
    void headerNamesTheVerdictAndBothSidesAndTheSummaryCountsBySeverity() {
        Document page = parseHtml(HtmlReport.render(shop()));

        assertThat(page.title()).isEqualTo("SchemaParity FAIL: 5 differences: 3 failing, 2 allowed");
        assertThat(page.selectFirst("header.banner").classNames()).contains("fail");
        assertThat(page.selectFirst("#verdict").text()).isEqualTo("FAIL");
        assertThat(page.select(".side-card").eachText()).containsExactly(
                "Expected what the project's code says Source migrations Engine postgresql Version 17.2",
                "Actual what the other side really has Source jdbc Engine postgresql Version 17.4");
        assertThat(page.select(".count-card")).extracting(card -> String.join(" | ", card.children().eachText()))
                .containsExactly(
                "CRITICAL | 1 | 1 failing \u00b7 0 allowed",
                "HIGH | 1 | 1 failing \u00b7 0 allowed",
                "MEDIUM | 1 | 1 failing \u00b7 0 allowed",
                "LOW | 2 | 0 failing \u00b7 2 allowed");
    }

    @Test
    void filterOffersEverySeverityTheStatusesAndTypesPresentAndAPathSearch() {
        Document page = parseHtml(HtmlReport.render(shop()));

        Element form = page.selectFirst("form#filters");
        assertThat(form.hasAttr("hidden")).as("shown by the script that makes it work").isTrue();
        assertThat(form.select("input[type=checkbox][name=severity]").eachAttr("value"))
                .containsExactly("CRITICAL", "HIGH", "MEDIUM", "LOW");
        assertThat(form.select("input[type=checkbox][name=status]").eachAttr("value"))
                .containsExactly("failing", "allowed");
        assertThat(form.select("input[type=checkbox]")).allMatch(box -> box.hasAttr("checked"));
        assertThat(form.select("select#filter-type option").eachAttr("value"))
                .containsExactly("", "TABLE", "COLUMN", "INDEX", "VIEW");
        assertThat(form.selectFirst("input#filter-q").attr("type")).isEqualTo("search");
        assertThat(page.selectFirst("#shown").text()).isEqualTo("5");
        assertThat(page.selectFirst("#no-match").hasAttr("hidden")).isTrue();
        assertThat(page.select("article.diff")).allMatch(a -> !a.attr("data-severity").isEmpty()
                && !a.attr("data-type").isEmpty() && !a.attr("data-status").isEmpty() && !a.attr("data-path").isEmpty());
    }

    @Test
    void differencesFailingFirstThenMostSevereWithExpectedBesideActual() {
        Document page = parseHtml(HtmlReport.render(shop()));

        assertThat(page.select("article.diff").eachAttr("data-path")).containsExactly("public.invoices",
                "public.orders.status", "public.order_totals", "audit.log.note", "public.orders.hotfix_idx");
        assertThat(page.select("article.diff").eachAttr("data-status"))
                .containsExactly("failing", "failing", "failing", "allowed", "allowed");

        Element missing = page.selectFirst("article[data-path=public.invoices]");
        assertThat(missing.selectFirst(".value.expected pre").text()).isEqualTo("table, 4 columns");
        assertThat(missing.selectFirst(".value.actual .absent").text()).isEqualTo("absent");
        Element unexpected = page.selectFirst("article[data-path=public.orders.hotfix_idx]");
        assertThat(unexpected.selectFirst(".value.expected .absent").text()).isEqualTo("absent");
        assertThat(unexpected.selectFirst(".reason").text()).isEqualTo("Allowed: below failOn MEDIUM");
        Element comment = page.selectFirst("article[data-path=audit.log.note]");
        assertThat(comment.selectFirst(".value.actual .absent").text()).isEqualTo("none");
    }

    @Test
    void theFixIsShownWhenThereIsOne() {
        Document page = parseHtml(HtmlReport.render(shop()));

        assertThat(page.select("article .fix")).hasSize(1);
        assertThat(page.selectFirst("article[data-path=public.orders.status] .fix pre.sql").wholeText())
                .isEqualTo("ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);");
        assertThat(page.selectFirst("article[data-path=public.invoices] .fix")).isNull();
    }

    @Test
    void theExactMarkupOfOneDifference() {
        String html = HtmlReport.render(shop());
        int start = html.indexOf("<article class=\"diff sev-high failing\"");
        String article = html.substring(start, html.indexOf("</article>", start) + "</article>".length());

        assertThat(article).isEqualTo("""
                <article class="diff sev-high failing" id="d2" data-severity="HIGH" data-type="COLUMN" \
                data-status="failing" data-path="public.orders.status">
                <header class="diff-head"><span class="badge sev-high" title="risk 70 of 100">HIGH</span>\
                <span class="badge status-failing">failing</span>\
                <a class="path" href="#d2" title="Link to this difference">public.orders.status</a>\
                <span class="what"><span class="tag">COLUMN</span><span class="tag change-changed">CHANGED</span>\
                <code class="attribute">type</code></span>\
                <span class="risk" title="0 (harmless) to 100 (breaks)">risk 70</span></header>
                <div class="compare"><div class="value expected"><div class="label">Expected</div>\
                <pre>varchar(<mark>50</mark>)</pre></div>\
                <div class="value actual"><div class="label">Actual</div><pre>varchar(<mark>255</mark>)</pre></div></div>
                <div class="fix"><div class="label">Fix SQL</div>\
                <pre class="sql">ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);</pre></div>
                </article>""");
    }

    /**
     * A baseline run: one acknowledged and one expired difference, one plain allowed one, a stale entry; and two
     * pending migrations. Reasons, owners and pending descriptions carry markup, to be shown as text.
     */
    private ParityReport baselineRun(boolean strict) {
        Difference index = new Difference(ObjectType.INDEX, "public.orders.hotfix_idx", Change.UNEXPECTED, null, null,
                "btree (created_at)");
        Difference status = new Difference(ObjectType.COLUMN, "public.orders.status", Change.CHANGED, "type",
                "varchar(50)", "varchar(255)");
        BaselineEntry hotfix = BaselineEntry.of(index, "hotfix <b>INC-42</b>", "team & orders", LocalDate.of(2999, 12, 31));
        BaselineEntry widened = BaselineEntry.of(status, "partner import", null, LocalDate.of(2000, 1, 1));
        BaselineEntry gone = BaselineEntry.of(new Difference(ObjectType.INDEX, "public.orders.gone_idx",
                Change.UNEXPECTED, null, null, "btree (note)"), "dropped later", "dba", null);
        List<AssessedDifference> differences = List.of(
                new AssessedDifference(index, 20, Severity.LOW, true, "acknowledged in baseline: "
                        + hotfix.describeAcknowledgement(),
                        new Acknowledgement(hotfix, Acknowledgement.Status.ACKNOWLEDGED)),
                new AssessedDifference(status, 55, Severity.MEDIUM, false, "baseline entry expired (expires 2000-01-01): "
                        + "partner import; fix the drift or renew the entry",
                        new Acknowledgement(widened, Acknowledgement.Status.EXPIRED)),
                allowed(10, new Difference(ObjectType.COLUMN, "audit.log.note", Change.CHANGED, "comment", "note",
                        null), "ignored by pattern 'audit.*'"));
        List<PendingMigration> pending = List.of(
                new PendingMigration("4", "order <notes>", "V4__order_notes.sql", List.of(new AssessedDifference(
                        new Difference(ObjectType.COLUMN, "public.orders.notes", Change.UNEXPECTED, null, null,
                                "text"), 10, Severity.LOW, true, null, null))),
                new PendingMigration("5", "drop legacy", "V5__drop_legacy.sql", List.of(new AssessedDifference(
                        new Difference(ObjectType.COLUMN, "public.customers.legacy_code", Change.MISSING, null,
                                "varchar(20)", null), 90, Severity.CRITICAL, true, null, null))),
                new PendingMigration("6", "data only", "V6__data_only.sql", List.of()));
        return new ParityReport(EXPECTED, ACTUAL,
                Assessment.of(differences, new BaselineOutcome(null, strict, 3, List.of(gone))), pending);
    }

    @Test
    void acknowledgedDifferencesHaveTheirOwnStatusAndShowTheirBaselineEntry() throws Exception {
        String html = HtmlReport.render(baselineRun(false));
        Document page = parseHtml(html);

        assertThat(page.selectFirst("form#filters").select("input[type=checkbox][name=status]").eachAttr("value"))
                .containsExactly("failing", "acknowledged", "allowed");
        assertThat(page.select("label.chip.status-acknowledged .chip-count").text()).isEqualTo("1");
        Element acknowledged = page.selectFirst("article[data-path=public.orders.hotfix_idx]");
        assertThat(acknowledged.attr("data-status")).isEqualTo("acknowledged");
        assertThat(acknowledged.classNames()).contains("acknowledged");
        assertThat(acknowledged.selectFirst(".badge.status-acknowledged").text()).isEqualTo("acknowledged");
        assertThat(acknowledged.selectFirst(".baseline-entry.acknowledged .label").text())
                .isEqualTo("Acknowledged in baseline");
        assertThat(acknowledged.selectFirst(".entry-reason").text()).isEqualTo("hotfix <b>INC-42</b>");
        assertThat(acknowledged.selectFirst(".entry-owner").text()).isEqualTo("team & orders");
        assertThat(acknowledged.selectFirst(".entry-expires").text()).isEqualTo("2999-12-31");
        assertThat(acknowledged.select("b")).as("the reason's markup is text").isEmpty();
        assertThat(acknowledged.selectFirst(".reason")).as("the entry says it; no second line").isNull();
        assertThat(page.selectFirst(".headline").text())
                .isEqualTo("3 differences: 1 failing, 2 allowed (1 acknowledged); 1 stale baseline entry");
        assertThat(page.selectFirst("article[data-path=audit.log.note]").attr("data-status")).isEqualTo("allowed");
        assertThat(html).contains("hotfix &lt;b&gt;INC-42&lt;/b&gt;");
        parseXml(html);
    }

    @Test
    void anExpiredEntryShowsOnTheFailingDifferenceWithItsReasonAndExpiry() {
        Document page = parseHtml(HtmlReport.render(baselineRun(false)));

        Element expired = page.selectFirst("article[data-path=public.orders.status]");
        assertThat(expired.attr("data-status")).isEqualTo("failing");
        assertThat(expired.selectFirst(".baseline-entry.expired .label").text()).isEqualTo("Baseline entry expired");
        assertThat(expired.selectFirst(".entry-reason").text()).isEqualTo("partner import");
        assertThat(expired.selectFirst(".entry-owner").text()).isEqualTo("none");
        assertThat(expired.selectFirst(".entry-expires").text()).isEqualTo("2000-01-01");
        assertThat(expired.selectFirst(".reason").text()).isEqualTo("Failing: baseline entry expired (expires "
                + "2000-01-01): partner import; fix the drift or renew the entry");
    }

    @Test
    void staleEntriesAreTheirOwnListMarkedFailingOnlyWhenStrict() {
        Document lenient = parseHtml(HtmlReport.render(baselineRun(false)));
        Element list = lenient.selectFirst("section#stale");
        assertThat(list.classNames()).doesNotContain("failing");
        assertThat(list.selectFirst("h2").text()).isEqualTo("1 stale baseline entry reported, not failing");
        assertThat(list.select("li.stale-entry")).singleElement().satisfies(entry -> {
            assertThat(entry.attr("data-path")).isEqualTo("public.orders.gone_idx");
            assertThat(entry.selectFirst(".stale-what").children().eachText())
                    .containsExactly("INDEX", "UNEXPECTED", "public.orders.gone_idx", "none \u2192 btree (note)");
            assertThat(entry.selectFirst(".entry-reason").text()).isEqualTo("dropped later");
            assertThat(entry.selectFirst(".entry-owner").text()).isEqualTo("dba");
            assertThat(entry.selectFirst(".entry-expires").text()).isEqualTo("never");
        });
        assertThat(lenient.select("article.diff")).as("not a difference, so not in the filter").hasSize(3);

        Document strict = parseHtml(HtmlReport.render(baselineRun(true)));
        assertThat(strict.selectFirst("section#stale").classNames()).contains("failing");
        assertThat(strict.selectFirst("section#stale h2 .badge").text()).isEqualTo("failing (baselineStrict)");
        assertThat(strict.selectFirst(".headline").text()).endsWith("; 1 stale baseline entry (baselineStrict: failing)");
    }

    @Test
    void pendingMigrationsAreTheirOwnSectionLabelledNeverFailing() throws Exception {
        String html = HtmlReport.render(baselineRun(false));
        Document page = parseHtml(html);

        assertThat(page.selectFirst(".pending-note").text())
                .isEqualTo("3 pending migrations production has not applied yet (reported, never failing)");
        Element section = page.selectFirst("section#pending");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Pending migrations reported, never failing");
        assertThat(section.select("article.migration").eachAttr("data-version")).containsExactly("4", "5", "6");
        assertThat(section.select("article.diff")).as("outside the drift filter").isEmpty();
        assertThat(page.select("article.diff")).noneMatch(a -> a.attr("data-path").startsWith("public.customers"));
        Element drop = section.selectFirst("article[data-version=5]");
        assertThat(drop.selectFirst(".migration-head").children().eachText())
                .containsExactly("CRITICAL", "V5", "drop legacy", "V5__drop_legacy.sql");
        assertThat(drop.select("li.change")).singleElement().satisfies(change -> {
            assertThat(change.attr("data-severity")).isEqualTo("CRITICAL");
            assertThat(change.children().eachText())
                    .containsExactly("CRITICAL", "drops", "COLUMN", "public.customers.legacy_code", "varchar(20)");
            assertThat(change.selectFirst(".badge").classNames()).contains("sev-critical");
        });
        assertThat(section.selectFirst("article[data-version=4] .description").text()).isEqualTo("order <notes>");
        assertThat(section.selectFirst("article[data-version=6] .change-none").text()).isEqualTo("No schema change.");
        assertThat(section.selectFirst("article[data-version=6] .badge")).isNull();
        assertThat(html).contains("order &lt;notes&gt;");
        parseXml(html);
    }

    @Test
    void theExactMarkupOfABaselineEntryAndAPendingMigration() {
        String html = HtmlReport.render(baselineRun(false));
        int start = html.indexOf("<div class=\"baseline-entry acknowledged\"");
        String entry = html.substring(start, html.indexOf("</div>\n", html.indexOf("</dl>", start)) + 6);
        start = html.indexOf("<article class=\"migration\" data-version=\"5\"");
        String migration = html.substring(start, html.indexOf("</article>", start) + "</article>".length());

        assertThat(entry).isEqualTo("""
                <div class="baseline-entry acknowledged"><div class="label">Acknowledged in baseline</div>\
                <dl class="entry"><dt>Reason</dt><dd class="entry-reason">hotfix &lt;b&gt;INC-42&lt;/b&gt;</dd>\
                <dt>Owner</dt><dd class="entry-owner">team &amp; orders</dd>\
                <dt>Expires</dt><dd class="entry-expires">2999-12-31</dd></dl></div>""");
        assertThat(migration).isEqualTo("""
                <article class="migration" data-version="5">
                <header class="migration-head"><span class="badge sev-critical" title="the most severe change it makes">\
                CRITICAL</span><span class="version">V5</span><span class="description">drop legacy</span>\
                <code class="script">V5__drop_legacy.sql</code></header>
                <ul class="changes">
                <li class="change" data-severity="CRITICAL" data-path="public.customers.legacy_code">\
                <span class="badge sev-critical" title="risk 90 of 100">CRITICAL</span>\
                <span class="verb change-missing">drops</span><span class="tag">COLUMN</span>\
                <code class="path">public.customers.legacy_code</code><code class="values">varchar(20)</code></li>
                </ul>
                </article>""");
    }

    @Test
    void aCleanPassSaysSoWithoutAFilter() throws Exception {
        String html = HtmlReport.render(report());
        Document page = parseHtml(html);

        assertThat(page.selectFirst("header.banner").classNames()).contains("pass");
        assertThat(page.selectFirst("#verdict").text()).isEqualTo("PASS");
        assertThat(page.selectFirst(".headline").text()).isEqualTo("no differences");
        assertThat(page.selectFirst(".differences .empty").text()).isEqualTo("No differences: the two catalogs match.");
        assertThat(page.selectFirst("form#filters")).isNull();
        parseXml(html);
    }

    @Test
    void selfContainedNothingLoadedFromElsewhere() {
        Document page = parseHtml(HtmlReport.render(shop()));

        assertThat(page.select("link, img, iframe, script[src], [style*=url(]")).isEmpty();
        assertThat(page.select("style").first().data()).doesNotContain("url(", "@import");
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    }

    @Test
    void onlyThePartThatDiffersIsMarked() {
        HtmlDifferences.Marked[] parts = HtmlDifferences.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED,
                "default", "'a\uD83D\uDE00'", "'a\uD83D\uDE01'"));
        assertThat(parts[0]).isEqualTo(new HtmlDifferences.Marked("'a", "\uD83D\uDE00", "'"));
        assertThat(parts[1]).isEqualTo(new HtmlDifferences.Marked("'a", "\uD83D\uDE01", "'"));

        assertThat(HtmlDifferences.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED, "type", "integer",
                "bigint"))).isNull();
        assertThat(HtmlDifferences.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED, "nullable", "true",
                "false"))).as("a shared letter inside a word marks nothing").isNull();
        HtmlDifferences.Marked[] numbers = HtmlDifferences.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED,
                "type", "varchar(50)", "varchar(20)"));
        assertThat(numbers[0]).isEqualTo(new HtmlDifferences.Marked("varchar(", "50", ")"));
        assertThat(numbers[1]).isEqualTo(new HtmlDifferences.Marked("varchar(", "20", ")"));
        HtmlDifferences.Marked[] added = HtmlDifferences.changedParts(new Difference(ObjectType.INDEX, "t.i", Change.CHANGED,
                "columns", "a, b", "a, b, c"));
        assertThat(added[0]).isEqualTo(new HtmlDifferences.Marked("a, b", "", ""));
        assertThat(added[1]).isEqualTo(new HtmlDifferences.Marked("a, b", ", c", ""));
    }

    @Test
    void writesTheFileCreatingItsDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/schemaparity/report.html");

        HtmlReport.write(shop(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(shop()));
    }
}
