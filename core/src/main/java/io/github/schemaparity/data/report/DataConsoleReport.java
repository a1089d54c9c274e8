package io.github.schemaparity.data.report;

import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.IntegrityCheck;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.RowChange;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.data.TableStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The summary a person reads in seconds: one line per table, then integrity findings and the verdict. */
public final class DataConsoleReport {
    private static final int ROWS_SHOWN = 5;

    private DataConsoleReport() {
    }

    /** The lines of the summary. */
    public static List<String> lines(DataResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("Data parity: " + result.expected().engine() + " " + result.expected().version() + " (expected) vs "
                + result.actual().engine() + " " + result.actual().version() + " (actual)");
        int width = result.tables().stream().mapToInt(t -> t.table().length()).max().orElse(5);
        for (TableResult table : result.tables()) {
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %-10s %s", table.table(), label(table),
                    detail(table)));
            table.rows().stream().limit(ROWS_SHOWN).forEach(row -> lines.add("      " + row(row)));
            long more = table.missing() + table.unexpected() + table.changed() - Math.min(ROWS_SHOWN, table.rows().size());
            if (more > 0 && !table.rows().isEmpty()) {
                lines.add("      ... " + more + " more (see data-report.json)");
            }
        }
        for (IntegrityFinding finding : result.integrity()) {
            lines.add("  " + finding.side() + ": " + integrity(finding) + (finding.allowed() ? " (allowed)" : ""));
        }
        if (!result.schema().isEmpty()) {
            result.schema().forEach(note -> lines.add("  schema: " + note.table() + "." + note.column() + " "
                    + note.detail()));
            lines.add("  the schemas differ: run schemaparity:compare for the full schema diff");
        }
        lines.add(String.format(Locale.ROOT, "Data parity %s: %d tables, %d equal, %d different%s, %d integrity"
                        + " finding(s), %.1f s", result.verdict(), result.tables().size(), result.equalTables(),
                result.differentTables(), skipped(result), result.integrity().size(), result.seconds()));
        return lines;
    }

    /** A skipped table is never silent: the summary names how many and which were not compared. */
    static String skipped(DataResult result) {
        if (result.skippedTables() == 0) {
            return "";
        }
        return ", " + result.skippedTables() + " SKIPPED (not compared: " + result.tables().stream()
                .filter(t -> t.status() == TableStatus.SKIPPED).map(TableResult::table)
                .collect(Collectors.joining(", ")) + ")";
    }

    private static String label(TableResult table) {
        return table.status().name() + (table.allowed() ? "*" : "");
    }

    private static String detail(TableResult table) {
        if (table.status() == TableStatus.MISSING || table.status() == TableStatus.UNEXPECTED
                || table.status() == TableStatus.SKIPPED) {
            return table.note() == null ? "" : table.note();
        }
        String rows = String.format(Locale.ROOT, "rows %,d / %,d", table.rowsExpected(), table.rowsActual());
        String counts = table.status() == TableStatus.EQUAL ? ""
                : String.format(Locale.ROOT, ", missing %,d, unexpected %,d, changed %,d", table.missing(),
                table.unexpected(), table.changed());
        String keyless = table.key().isEmpty() ? ", no key: whole-table checksum" : "";
        String allowed = table.allowed() ? ", allowed by policy" : "";
        return rows + counts + keyless + allowed + String.format(Locale.ROOT, ", %.2f s", table.seconds());
    }

    static String row(RowChange row) {
        String key = row.key().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        String columns = row.columns().isEmpty() ? "" : " columns " + String.join(", ", row.columns());
        return row.change().name().toLowerCase(Locale.ROOT) + " " + key + columns;
    }

    static String integrity(IntegrityFinding finding) {
        if (finding.check() == IntegrityCheck.ORPHAN_ROWS) {
            return finding.rows() + " orphaned row(s) in " + finding.table() + " (" + finding.object() + "), first: "
                    + finding.firstKeys().stream().map(k -> k.entrySet().stream().map(e -> e.getKey() + "="
                    + e.getValue()).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
        }
        if (finding.check() == IntegrityCheck.SEQUENCE_BEHIND) {
            return "sequence " + finding.object() + " at " + finding.value() + " is behind " + finding.table()
                    + " (max " + finding.max() + "): the next insert would fail on a duplicate key";
        }
        if (finding.check() == IntegrityCheck.NOT_VALID_CONSTRAINT) {
            return "constraint " + finding.object() + " on " + finding.table() + " is NOT VALID";
        }
        return "disabled triggers on " + finding.table() + ": " + finding.object();
    }
}
