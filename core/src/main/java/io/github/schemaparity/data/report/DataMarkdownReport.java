package io.github.schemaparity.data.report;

import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.RowChange;
import io.github.schemaparity.data.TableResult;
import java.util.Locale;

/** Writes {@code data-report.md}: a table of tables, the differing rows by key, the integrity findings. */
public final class DataMarkdownReport {
    private DataMarkdownReport() {
    }

    /** The report as Markdown. */
    public static String render(DataResult result) {
        StringBuilder md = new StringBuilder("# Data parity: ").append(result.verdict()).append("\n\n");
        md.append("Expected: ").append(result.expected().engine()).append(' ').append(result.expected().version())
                .append(" · actual: ").append(result.actual().engine()).append(' ').append(result.actual().version())
                .append(String.format(Locale.ROOT, " · %d tables, %d equal, %d different%s%n%n", result.tables().size(),
                        result.equalTables(), result.differentTables(), DataConsoleReport.skipped(result)));
        md.append("| Table | Status | Rows expected | Rows actual | Missing | Unexpected | Changed | Seconds |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (TableResult table : result.tables()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %d | %d | %d | %.2f |%n", cell(table.table()),
                    table.status() + (table.allowed() ? " (allowed)" : ""), count(table.rowsExpected()),
                    count(table.rowsActual()), table.missing(), table.unexpected(), table.changed(), table.seconds()));
        }
        for (TableResult table : result.tables()) {
            if (table.rows().isEmpty() && table.note() == null) {
                continue;
            }
            md.append("\n## ").append(cell(table.table())).append("\n\n");
            if (table.note() != null) {
                md.append(cell(table.note())).append("\n\n");
            }
            for (RowChange row : table.rows()) {
                md.append("- ").append(cell(DataConsoleReport.row(row))).append('\n');
            }
            if (table.rowsTruncated()) {
                md.append("- ... the list is cut; the counts above are exact\n");
            }
        }
        if (!result.integrity().isEmpty()) {
            md.append("\n## Integrity\n\n");
            for (IntegrityFinding finding : result.integrity()) {
                md.append("- ").append(finding.side()).append(": ").append(cell(DataConsoleReport.integrity(finding)))
                        .append(finding.allowed() ? " (allowed)" : "").append('\n');
            }
        }
        if (!result.schema().isEmpty()) {
            md.append("\n## Schema\n\n");
            result.schema().forEach(note -> md.append("- ").append(cell(note.table() + "." + note.column() + ": "
                    + note.detail())).append('\n'));
            md.append("\nRun `schemaparity:compare` for the full schema diff.\n");
        }
        return md.toString();
    }

    private static String count(long rows) {
        return rows < 0 ? "–" : String.format(Locale.ROOT, "%,d", rows);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
