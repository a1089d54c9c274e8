package io.github.schemaparity.data.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.schemaparity.data.ChangeKind;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.IntegrityCheck;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.RowChange;
import io.github.schemaparity.data.SchemaNote;
import io.github.schemaparity.data.SideInfo;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.data.TableStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Writes {@code data-report.json} in the {@value #FORMAT} contract (see README, "data-report.json"). */
public final class DataJsonReport {
    /** The format tag; a change of the contract changes its number. */
    public static final String FORMAT = "schemaparity-data/1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DataJsonReport() {
    }

    /** The report as JSON text. */
    public static String render(DataResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.set("expected", side(result.expected()));
        root.set("actual", side(result.actual()));
        ArrayNode tables = root.putArray("tables");
        result.tables().forEach(table -> tables.add(table(table)));
        ArrayNode integrity = root.putArray("integrity");
        result.integrity().forEach(finding -> integrity.add(finding(finding)));
        ArrayNode schema = root.putArray("schema");
        for (SchemaNote note : result.schema()) {
            schema.addObject().put("table", note.table()).put("column", note.column()).put("detail", note.detail());
        }
        root.putObject("summary").put("tables", result.tables().size()).put("equal", result.equalTables())
                .put("different", result.differentTables()).put("skipped", result.skippedTables());
        root.put("verdict", result.verdict().name());
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the data report as JSON", e);
        }
    }

    private static ObjectNode side(SideInfo side) {
        return MAPPER.createObjectNode().put("source", side.source()).put("engine", side.engine())
                .put("version", side.version());
    }

    private static ObjectNode table(TableResult table) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("table", table.table());
        ArrayNode key = node.putArray("key");
        table.key().forEach(key::add);
        node.put("status", table.status().name());
        count(node, "rowsExpected", table.rowsExpected());
        count(node, "rowsActual", table.rowsActual());
        node.put("missing", table.missing()).put("unexpected", table.unexpected()).put("changed", table.changed());
        ArrayNode rows = node.putArray("rows");
        for (RowChange row : table.rows()) {
            ObjectNode entry = rows.addObject();
            entry.put("change", row.change().name());
            ObjectNode keyValues = entry.putObject("key");
            row.key().forEach((column, value) -> {
                if (value instanceof BigDecimal number) {
                    keyValues.put(column, number);
                } else {
                    keyValues.put(column, String.valueOf(value));
                }
            });
            if (row.change() == ChangeKind.CHANGED) {
                ArrayNode columns = entry.putArray("columns");
                row.columns().forEach(columns::add);
            }
            if (!row.values().isEmpty()) {
                ObjectNode values = entry.putObject("values");
                row.values().forEach(v -> values.putObject(v.column()).put("expected", v.expected())
                        .put("actual", v.actual()));
            }
        }
        node.put("rowsTruncated", table.rowsTruncated());
        node.put("seconds", BigDecimal.valueOf(table.seconds()).setScale(2, RoundingMode.HALF_UP));
        if (table.status() == TableStatus.SKIPPED) {
            node.put("reason", table.note());
        } else if (table.note() != null) {
            node.put("note", table.note());
        }
        if (table.allowed()) {
            node.put("allowed", true);
        }
        return node;
    }

    private static ObjectNode finding(IntegrityFinding finding) {
        ObjectNode node = MAPPER.createObjectNode().put("check", finding.check().name()).put("table", finding.table())
                .put("object", finding.object()).put("side", finding.side());
        if (finding.check() == IntegrityCheck.ORPHAN_ROWS) {
            node.put("rows", finding.rows());
            ArrayNode keys = node.putArray("firstKeys");
            for (Map<String, String> key : finding.firstKeys()) {
                ObjectNode entry = keys.addObject();
                key.forEach(entry::put);
            }
        }
        if (finding.check() == IntegrityCheck.SEQUENCE_BEHIND) {
            number(node, "value", finding.value());
            number(node, "max", finding.max());
        }
        if (finding.allowed()) {
            node.put("allowed", true);
        }
        return node;
    }

    private static void count(ObjectNode node, String field, long value) {
        if (value < 0) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static void number(ObjectNode node, String field, String value) {
        try {
            node.put(field, new BigDecimal(value));
        } catch (NumberFormatException | NullPointerException e) {
            node.put(field, value);
        }
    }
}
