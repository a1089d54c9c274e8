package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static ParityReport report(AssessedDifference... differences) {
        return new ParityReport(EXPECTED, ACTUAL, Assessment.of(List.of(differences)));
    }

    private static AssessedDifference failing(int risk, Difference difference, String fix) {
        return new AssessedDifference(difference, risk, Severity.ofRisk(risk), false, null, fix);
    }

    private static AssessedDifference allowed(int risk, Difference difference, String reason) {
        return new AssessedDifference(difference, risk, Severity.ofRisk(risk), true, reason, null);
    }

    private static ParityReport shop() {
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
        HtmlReport.Marked[] parts = HtmlReport.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED,
                "default", "'a\uD83D\uDE00'", "'a\uD83D\uDE01'"));
        assertThat(parts[0]).isEqualTo(new HtmlReport.Marked("'a", "\uD83D\uDE00", "'"));
        assertThat(parts[1]).isEqualTo(new HtmlReport.Marked("'a", "\uD83D\uDE01", "'"));

        assertThat(HtmlReport.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED, "type", "integer",
                "bigint"))).isNull();
        assertThat(HtmlReport.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED, "nullable", "true",
                "false"))).as("a shared letter inside a word marks nothing").isNull();
        HtmlReport.Marked[] numbers = HtmlReport.changedParts(new Difference(ObjectType.COLUMN, "t.c", Change.CHANGED,
                "type", "varchar(50)", "varchar(20)"));
        assertThat(numbers[0]).isEqualTo(new HtmlReport.Marked("varchar(", "50", ")"));
        assertThat(numbers[1]).isEqualTo(new HtmlReport.Marked("varchar(", "20", ")"));
        HtmlReport.Marked[] added = HtmlReport.changedParts(new Difference(ObjectType.INDEX, "t.i", Change.CHANGED,
                "columns", "a, b", "a, b, c"));
        assertThat(added[0]).isEqualTo(new HtmlReport.Marked("a, b", "", ""));
        assertThat(added[1]).isEqualTo(new HtmlReport.Marked("a, b", ", c", ""));
    }

    @Test
    void writesTheFileCreatingItsDirectory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/schemaparity/report.html");

        HtmlReport.write(shop(), file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(HtmlReport.render(shop()));
    }
}
