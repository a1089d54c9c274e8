package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * Renders report.md the way a pull-request comment is rendered: CommonMark with GitHub's table extension (pipes
 * split cells, {@code \|} is a pipe inside a cell, raw HTML such as {@code <details>} passes through), then reads
 * the resulting HTML, so a value that breaks a table or injects markup fails here rather than in a pull request.
 */
class MarkdownReportGfmTest {
    private static final Side EXPECTED = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.2");
    private static final Side ACTUAL = new Side(Side.JDBC, Engine.POSTGRESQL, "17.2");
    private static final List<Extension> GFM = List.of(TablesExtension.create());

    private static Document asGitHubRendersIt(String markdown) {
        String html = HtmlRenderer.builder().extensions(GFM).build()
                .render(Parser.builder().extensions(GFM).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    private static String render(List<AssessedDifference> differences) {
        return MarkdownReport.render(new ParityReport(EXPECTED, ACTUAL, Assessment.of(differences)));
    }

    private static AssessedDifference failing(Severity severity, Difference difference) {
        return new AssessedDifference(difference, 50, severity, false, null, null);
    }

    private static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList(); // eachText() would drop empty cells
    }

    @Test
    void failingAndAllowedDifferencesAreRealTablesTheAllowedOnesFolded() {
        Document page = asGitHubRendersIt(render(List.of(
                failing(Severity.CRITICAL, new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null,
                        "table, 3 columns", null)),
                failing(Severity.HIGH, new Difference(ObjectType.COLUMN, "public.users.email", Change.CHANGED, "type",
                        "varchar(255)", "varchar(50)")),
                new AssessedDifference(new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED, null, null,
                        "table, 2 columns"), 10, Severity.LOW, true, "ignored by pattern 'public.audit_*'", null))));

        assertThat(page.selectFirst("h3").text()).isEqualTo("SchemaParity: FAIL");
        Elements tables = page.select("table");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).select("th").eachText())
                .containsExactly("Severity", "Type", "Object", "Change", "Attribute", "Expected -> Actual");
        assertThat(tables.get(0).select("tbody tr")).extracting(MarkdownReportGfmTest::cells).containsExactly(
                List.of("CRITICAL", "TABLE", "public.orders", "MISSING", "", "table, 3 columns -> none"),
                List.of("HIGH", "COLUMN", "public.users.email", "CHANGED", "type", "varchar(255) -> varchar(50)"));
        // The allowed table renders as a table inside the folded block, not as literal pipes.
        assertThat(page.select("details")).hasSize(1);
        assertThat(page.selectFirst("details summary").text()).isEqualTo("1 allowed difference");
        assertThat(tables.get(1).parents()).anyMatch(parent -> parent.tagName().equals("details"));
        assertThat(tables.get(1).select("tbody tr")).extracting(MarkdownReportGfmTest::cells).containsExactly(List.of(
                "LOW", "TABLE", "public.audit", "UNEXPECTED", "", "none -> table, 2 columns",
                "ignored by pattern 'public.audit_*'"));
    }

    @Test
    void pipesBackticksAndMarkupInValuesStayInsideTheirCell() {
        String path = "public.t.`odd|name`";
        String definition = "CHECK (a = 'x|y') AND b <> ``";
        String view = "SELECT '<script>alert(1)</script>' | 1";
        Document page = asGitHubRendersIt(render(List.of(
                failing(Severity.HIGH, new Difference(ObjectType.CHECK, path, Change.CHANGED, "definition", definition,
                        "CHECK (a > 0)")),
                new AssessedDifference(new Difference(ObjectType.VIEW, "public.v", Change.CHANGED, "definition",
                        "SELECT 1", view), 40, Severity.MEDIUM, true, "<img src=x onerror=alert(1)> *bold* | pipe",
                        null))));

        Element check = page.select("table").get(0).selectFirst("tbody tr");
        assertThat(check.select("td")).hasSize(6);
        assertThat(check.select("td").get(2).selectFirst("code").text()).isEqualTo(path);
        assertThat(check.select("td").get(5).select("code").eachText()).containsExactly(definition, "CHECK (a > 0)");

        Element allowed = page.select("table").get(1).selectFirst("tbody tr");
        assertThat(allowed.select("td")).hasSize(7);
        assertThat(allowed.select("td").get(5).select("code").eachText()).containsExactly("SELECT 1", view);
        assertThat(allowed.select("td").get(6).text()).isEqualTo("<img src=x onerror=alert(1)> *bold* | pipe");
        assertThat(page.select("script, img, table strong, table em")).isEmpty();
    }

    @Test
    void aLongReportIsCutWithANoteAndStillRendersAsOneTable() {
        List<AssessedDifference> differences = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            differences.add(failing(Severity.MEDIUM, new Difference(ObjectType.VIEW, "public.v" + i, Change.CHANGED,
                    "definition", "SELECT " + "a".repeat(300), "SELECT " + "b".repeat(300))));
        }
        String markdown = render(differences);
        Document page = asGitHubRendersIt(markdown);

        int rows = page.select("table tbody tr").size();
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH);
        assertThat(page.select("table")).hasSize(1);
        assertThat(rows).isPositive().isLessThanOrEqualTo(MarkdownReport.MAX_ROWS);
        assertThat(page.select("p").eachText()).contains((1000 - rows)
                + " more failing differences left out to fit a comment; the JSON report lists them all.");
    }
}
