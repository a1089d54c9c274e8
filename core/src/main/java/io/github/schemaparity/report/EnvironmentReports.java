package io.github.schemaparity.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The environment matrix as files in the run's report folder (each environment's own reports are in a
 * folder of its name below it): {@code report.json} with an {@code environments} array (format
 * {@value #FORMAT}), {@code report.md} (a pull-request comment), {@code report.html} (the matrix, then
 * each environment's differences) and {@code TEST-schemaparity.xml} with one test suite per environment.
 */
public final class EnvironmentReports {
    /** The format identifier of the matrix's {@code report.json}. */
    public static final String FORMAT = "schemaparity-environments/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EnvironmentReports() {
    }

    /**
     * Writes the four files into {@code dir}.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public static void write(EnvironmentMatrix matrix, Path dir) {
        ReportFiles.write("JSON report", dir.resolve("report.json"), json(matrix));
        ReportFiles.write("Markdown report", dir.resolve(MarkdownReport.FILE_NAME), markdown(matrix));
        ReportFiles.write("HTML report", dir.resolve(HtmlReport.FILE_NAME), html(matrix));
        ReportFiles.write("JUnit XML report", dir.resolve(JUnitXmlReport.FILE_NAME), junitXml(matrix));
    }

    /** {@code format}, {@code verdict}, {@code failed} (names), {@code environments}, {@code comparisons}. */
    public static String json(EnvironmentMatrix matrix) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("verdict", matrix.passed() ? "PASS" : "FAIL");
            json.writeArrayFieldStart("failed");
            for (EnvironmentRow row : matrix.failed()) {
                json.writeString(row.name());
            }
            json.writeEndArray();
            json.writeStringField("candidates", matrix.builds());
            json.writeArrayFieldStart("environments");
            for (EnvironmentRow row : matrix.rows()) {
                writeRow(json, row);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("comparisons");
            for (String line : matrix.relations()) {
                json.writeString(line);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void writeRow(JsonGenerator json, EnvironmentRow row) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", row.name());
        json.writeStringField("source", row.report().actual().source());
        json.writeStringField("engine", row.report().actual().engine().id());
        json.writeStringField("serverVersion", row.report().actual().version());
        json.writeStringField("appliedVersion", row.appliedVersion());
        // Where this environment's reference came from (additive: older matrices have no origin).
        JsonReport.writeOrigin(json, row.report().actual().origin(), row.report().actual().describeOrigin("actual"));
        json.writeObjectFieldStart("pending");
        json.writeNumberField("count", row.report().pending().size());
        json.writeArrayFieldStart("migrations");
        for (PendingMigration p : row.report().pending()) {
            json.writeString(p.version());
        }
        json.writeEndArray();
        json.writeBooleanField("fails", row.failOnPending());
        json.writeEndObject();
        json.writeObjectFieldStart("drift");
        json.writeNumberField("count", row.drift().size());
        json.writeNumberField("failing", row.failing());
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            json.writeNumberField(s.name(), row.driftBySeverity().getOrDefault(s, 0));
        }
        json.writeArrayFieldStart("differences");
        for (AssessedDifference d : row.drift()) {
            Difference diff = d.difference();
            json.writeStartObject();
            json.writeStringField("type", diff.objectType().name());
            json.writeStringField("object", diff.object());
            json.writeStringField("change", diff.change().name());
            json.writeStringField("attribute", diff.attribute());
            json.writeStringField("severity", d.severity().name());
            json.writeBooleanField("allowed", d.allowed());
            json.writeStringField("reason", d.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberField("historyProblems", row.historyProblems());
        json.writeStringField("verdict", row.verdict().name());
        json.writeStringField("report", row.reportFolder() + "/report.json");
        json.writeEndObject();
    }

    /** The matrix as a Markdown table, the comparisons and which environments failed: fits a PR comment. */
    public static String markdown(EnvironmentMatrix matrix) {
        StringBuilder md = new StringBuilder("## SchemaParity: ").append(matrix.passed() ? "PASS" : "FAIL")
                .append(" (").append(matrix.rows().size()).append(" environments)\n\n");
        md.append("| Environment | Engine | Applied | Pending | Drift | History | Verdict |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (EnvironmentRow row : matrix.rows()) {
            md.append("| ").append(cell(row.name())).append(" | ").append(cell(row.server())).append(" | ")
                    .append(cell(EnvironmentMatrix.orDash(row.appliedVersion()))).append(" | ")
                    .append(cell(EnvironmentMatrix.pending(row))).append(" | ").append(cell(EnvironmentMatrix.drift(row)))
                    .append(" | ").append(row.historyProblems()).append(" | ")
                    .append(row.passed() ? "PASS" : "**FAIL**").append(" |\n");
        }
        md.append('\n');
        for (EnvironmentRow row : matrix.rows()) {
            if (row.reference() != null) {
                md.append("- ").append(cell(row.name())).append(" reference: ").append(MarkdownReport.wholeText(row.reference()))
                        .append('\n');
            }
        }
        for (String line : matrix.relations()) {
            md.append("- ").append(cell(line)).append('\n');
        }
        for (EnvironmentRow row : matrix.failed()) {
            md.append("- **").append(cell(row.name())).append("** failed: ").append(cell(row.failureReason()))
                    .append(" (`").append(row.reportFolder()).append("/report.md`)\n");
        }
        return md.append("\n_").append(matrix.builds()).append("_\n").toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** The matrix on top, then each environment's drift, each linking to the environment's own report. */
    public static String html(EnvironmentMatrix matrix) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>SchemaParity environments</title></head><body>\n<h1>SchemaParity: ")
                .append(matrix.passed() ? "PASS" : "FAIL").append("</h1>\n<table>\n<tr>");
        for (String h : List.of("Environment", "Engine", "Applied", "Pending", "Drift", "History", "Verdict")) {
            html.append("<th>").append(h).append("</th>");
        }
        html.append("</tr>\n");
        for (EnvironmentRow row : matrix.rows()) {
            html.append("<tr><td><a href=\"#env-").append(e(row.name())).append("\">").append(e(row.name()))
                    .append("</a></td><td>").append(e(row.server())).append("</td><td>")
                    .append(e(EnvironmentMatrix.orDash(row.appliedVersion()))).append("</td><td>")
                    .append(e(EnvironmentMatrix.pending(row))).append("</td><td>").append(e(EnvironmentMatrix.drift(row)))
                    .append("</td><td>").append(row.historyProblems()).append("</td><td>").append(row.verdict().name())
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (String line : matrix.relations()) {
            html.append("<p>").append(e(line)).append("</p>\n");
        }
        for (EnvironmentRow row : matrix.rows()) {
            html.append("<h2 id=\"env-").append(e(row.name())).append("\">").append(e(row.name())).append(": ")
                    .append(row.verdict().name()).append("</h2>\n<p><a href=\"").append(e(row.reportFolder()))
                    .append("/report.html\">full report</a></p>\n");
            if (row.reference() != null) {
                html.append("<p class=\"reference\">reference: ").append(e(row.reference())).append("</p>\n");
            }
            html.append("<ul>\n");
            for (AssessedDifference d : row.drift()) {
                html.append("<li>").append(d.allowed() ? "allowed: " : "<strong>failing</strong>: ")
                        .append(e(d.severity() + " " + EnvironmentRow.key(d.difference()))).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    private static String e(String text) {
        return HtmlWriter.escape(text == null ? "" : text);
    }

    /** One {@code <testsuite>} per environment: a case for its pending migrations and one per drift. */
    public static String junitXml(EnvironmentMatrix matrix) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (EnvironmentRow row : matrix.rows()) {
            List<AssessedDifference> drift = row.drift();
            boolean pendingFails = row.failOnPending() && !row.report().pending().isEmpty();
            int failingDrift = (int) drift.stream().filter(d -> !d.allowed()).count();
            String suite = JUnitXmlReport.SUITE + "." + row.name();
            xml.append("  <testsuite name=\"").append(e(suite)).append("\" tests=\"").append(drift.size() + 1)
                    .append("\" failures=\"").append(failingDrift + (pendingFails ? 1 : 0)).append("\" skipped=\"")
                    .append(drift.size() - failingDrift).append("\" errors=\"0\">\n");
            if (row.reference() != null) {
                xml.append("    <properties>\n      <property name=\"reference\" value=\"").append(e(row.reference()))
                        .append("\"/>\n    </properties>\n");
            }
            xml.append("    <testcase classname=\"").append(e(suite)).append("\" name=\"pending migrations: ")
                    .append(row.report().pending().size()).append("\">");
            if (pendingFails) {
                xml.append("<failure message=\"").append(e(EnvironmentMatrix.pending(row))).append("\"/>");
            }
            xml.append("</testcase>\n");
            for (AssessedDifference d : drift) {
                xml.append("    <testcase classname=\"").append(e(suite + "." + d.difference().objectType().name()))
                        .append("\" name=\"").append(e(JUnitXmlReport.testName(d.difference()))).append("\">")
                        .append(d.allowed() ? "<skipped message=\"" + e("allowed: " + d.reason()) + "\"/>"
                                : "<failure type=\"" + d.severity() + "\" message=\"" + e(EnvironmentRow.key(d.difference()))
                                        + "\"/>")
                        .append("</testcase>\n");
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }
}
