package io.github.schemaparity.data.report;

import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.data.TableStatus;
import java.util.Locale;

/** Writes JUnit XML: one test case per table (failed when it differs and is not allowed), one per integrity finding. */
public final class DataJUnitReport {
    private DataJUnitReport() {
    }

    /** The report as JUnit XML. */
    public static String render(DataResult result) {
        long failures = result.tables().stream().filter(t -> t.differs() && !t.allowed()).count()
                + result.integrity().stream().filter(f -> "actual".equals(f.side()) && !f.allowed()).count();
        long skipped = result.tables().stream().filter(t -> t.status() == TableStatus.SKIPPED).count();
        int tests = result.tables().size() + result.integrity().size();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(Locale.ROOT, "<testsuite name=\"schemaparity.data\" tests=\"%d\" failures=\"%d\""
                + " errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n", tests, failures, skipped, result.seconds()));
        for (TableResult table : result.tables()) {
            xml.append(String.format(Locale.ROOT, "  <testcase classname=\"schemaparity.data\" name=\"%s\" time=\"%.3f\"",
                    escape(table.table()), table.seconds()));
            if (table.differs() && !table.allowed()) {
                String message = table.status() == TableStatus.DIFFERENT ? String.format(Locale.ROOT,
                        "missing %d, unexpected %d, changed %d", table.missing(), table.unexpected(), table.changed())
                        : table.note();
                xml.append(">\n    <failure message=\"").append(escape(table.status() + ": " + message))
                        .append("\" type=\"").append(table.status()).append("\"/>\n  </testcase>\n");
            } else if (table.status() == TableStatus.SKIPPED) {
                xml.append(">\n    <skipped message=\"").append(escape(String.valueOf(table.note())))
                        .append("\"/>\n  </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        for (IntegrityFinding finding : result.integrity()) {
            xml.append("  <testcase classname=\"schemaparity.data.integrity\" name=\"")
                    .append(escape(finding.side() + " " + finding.check() + " " + finding.table() + " "
                            + finding.object())).append("\" time=\"0\"");
            if ("actual".equals(finding.side()) && !finding.allowed()) {
                xml.append(">\n    <failure message=\"").append(escape(DataConsoleReport.integrity(finding)))
                        .append("\" type=\"").append(finding.check()).append("\"/>\n  </testcase>\n");
            } else {
                xml.append("/>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
