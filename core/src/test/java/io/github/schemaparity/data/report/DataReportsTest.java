package io.github.schemaparity.data.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.data.ChangeKind;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.DataVerdict;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.RowChange;
import io.github.schemaparity.data.SideInfo;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.data.TableStatus;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data reports: the JSON contract field by field, Markdown, and JUnit XML read by Surefire's own parser. */
class DataReportsTest {
    private static final SideInfo PG = new SideInfo("jdbc", "postgresql", "17.6");

    @TempDir
    Path dir;

    /** The example result. */
    private static DataResult example() {
        TableResult orders = new TableResult("public.orders", List.of("id"), TableStatus.DIFFERENT, 20000, 19999, 1, 0,
                3, List.of(new RowChange(ChangeKind.MISSING, Map.of("id", new BigDecimal("780")), List.of(), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("4242")), List.of("total"), List.of())), false, 0.41,
                null, false);
        List<TableResult> tables = new java.util.ArrayList<>(List.of(orders));
        for (String name : List.of("public.customers", "public.items", "public.order_lines", "public.tags")) {
            tables.add(new TableResult(name, List.of("id"), TableStatus.EQUAL, 10, 10, 0, 0, 0, List.of(), false, 0.01,
                    null, false));
        }
        List<IntegrityFinding> integrity = List.of(
                IntegrityFinding.orphans("public.order_lines", "order_lines_order_id_fkey", "actual", 1,
                        List.of(Map.of("id", "7"))),
                IntegrityFinding.sequenceBehind("public.orders", "orders_id_seq", "actual", "1", "20000"));
        return new DataResult(PG, PG, tables, integrity, List.of(), DataVerdict.FAIL, 1.5);
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        JsonNode json = new ObjectMapper().readTree(DataJsonReport.render(example()));
        assertThat(json.get("format").asText()).isEqualTo("schemaparity-data/1");
        assertThat(json.get("expected").toString()).isEqualTo("{\"source\":\"jdbc\",\"engine\":\"postgresql\",\"version\":\"17.6\"}");
        JsonNode orders = json.get("tables").get(0);
        assertThat(orders.toString()).isEqualTo("{\"table\":\"public.orders\",\"key\":[\"id\"],\"status\":\"DIFFERENT\","
                + "\"rowsExpected\":20000,\"rowsActual\":19999,\"missing\":1,\"unexpected\":0,\"changed\":3,"
                + "\"rows\":[{\"change\":\"MISSING\",\"key\":{\"id\":780}},"
                + "{\"change\":\"CHANGED\",\"key\":{\"id\":4242},\"columns\":[\"total\"]}],"
                + "\"rowsTruncated\":false,\"seconds\":0.41}");
        assertThat(json.get("integrity").get(0).toString()).isEqualTo("{\"check\":\"ORPHAN_ROWS\","
                + "\"table\":\"public.order_lines\",\"object\":\"order_lines_order_id_fkey\",\"side\":\"actual\","
                + "\"rows\":1,\"firstKeys\":[{\"id\":\"7\"}]}");
        assertThat(json.get("integrity").get(1).toString()).isEqualTo("{\"check\":\"SEQUENCE_BEHIND\","
                + "\"table\":\"public.orders\",\"object\":\"orders_id_seq\",\"side\":\"actual\",\"value\":1,\"max\":20000}");
        assertThat(json.get("summary").toString()).isEqualTo("{\"tables\":5,\"equal\":4,\"different\":1,\"skipped\":0}");
        assertThat(json.get("verdict").asText()).isEqualTo("FAIL");
    }

    @Test
    void filesAreWrittenAndJUnitXmlIsReadBySurefire() throws Exception {
        List<Path> files = DataReportFiles.write(dir, example());
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("data-report.json", "data-report.md", "TEST-schemaparity-data.xml");
        String markdown = Files.readString(dir.resolve("data-report.md"));
        assertThat(markdown).startsWith("# Data parity: FAIL").contains("| public.orders | DIFFERENT | 20,000 | 19,999 | 1 | 0 | 3 |")
                .contains("- changed id=4242 columns total").contains("orphaned row(s) in public.order_lines");
        Path junit = dir.resolve("TEST-schemaparity-data.xml");
        String xsd = System.getProperty("schemaparity.surefireXsd");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of(xsd).toFile()).newValidator()
                .validate(new StreamSource(new StringReader(Files.readString(junit))));
        List<ReportTestSuite> suites = new TestSuiteXmlParser(new NullConsoleLogger()).parse(junit.toString());
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfTests).sum()).isEqualTo(7);
        assertThat(suites.stream().mapToInt(ReportTestSuite::getNumberOfFailures).sum()).isEqualTo(3);
    }

    @Test
    void consoleHasOneLinePerTableAndNoValues() {
        List<String> lines = DataConsoleReport.lines(example());
        assertThat(lines).filteredOn(l -> l.startsWith("  public.")).hasSize(5);
        assertThat(lines).anyMatch(l -> l.contains("public.orders") && l.contains("DIFFERENT")
                && l.contains("rows 20,000 / 19,999, missing 1, unexpected 0, changed 3"));
        assertThat(lines.get(lines.size() - 1)).startsWith("Data parity FAIL: 5 tables, 4 equal, 1 different");
    }
}
