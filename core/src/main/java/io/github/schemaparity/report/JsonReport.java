package io.github.schemaparity.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.baseline.BaselineFile;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.policy.Acknowledgement;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.BaselineOutcome;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the JSON report, format {@value #FORMAT}: a contract other tools read (see "The reports" in README.md),
 * so every field is always written, in a fixed order, {@code null} included. Fields are only ever added,
 * after the existing ones of their object: per difference {@code acknowledged} and {@code baseline}
 * (the matching baseline entry: {@code status} ACKNOWLEDGED, EXPIRED or DENIED, {@code reason},
 * {@code owner}, {@code expires}), in the summary {@code acknowledged} and {@code stale}, and at the end
 * {@code baseline} (its {@code file}, {@code strict}, {@code entries} and the {@code stale} entries), or
 * {@code null} when no baseline was used, then {@code notCompared}: the ledger of what was not compared,
 * per kind and reason ({@code kind}, {@code count}, {@code objects} with their {@code object} path and
 * {@code sides}, {@code why}), an empty array when everything was. A tenants-mode run adds, last, a
 * {@code tenants} array ({@code tenant}, {@code verdict}, {@code differences}, {@code failing},
 * {@code allowed} per tenant schema); other runs do not write the field.
 */
public final class JsonReport {
    /** The format identifier written in the {@code format} field. */
    public static final String FORMAT = "schemaparity-report/1";

    /** Streaming only: jackson-core's factory, not databind's mapper (some 280 classes fewer to load per run). */
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonReport() {
    }

    /**
     * Writes the report to a file, creating its parent directories.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ParityReport report, Path file) {
        ReportFiles.write("JSON report", file, render(report));
    }

    /** The report as pretty-printed JSON with {@code \n} line endings and a trailing newline. */
    public static String render(ParityReport report) {
        return render(report, null);
    }

    /**
     * Writes a tenants-mode report: the report, then its {@code tenants} array.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ParityReport report, List<TenantRow> tenants, Path file) {
        ReportFiles.write("JSON report", file, render(report, tenants));
    }

    /** The report as {@link #render(ParityReport)} writes it, with a {@code tenants} array unless that is {@code null}. */
    public static String render(ParityReport report, List<TenantRow> tenants) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PRINTER);
            Assessment assessment = report.assessment();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            writeSide(json, "expected", report.expected());
            writeSide(json, "actual", report.actual());
            json.writeArrayFieldStart("differences");
            for (AssessedDifference assessed : assessment.differences()) {
                writeDifference(json, assessed, report.fixFor(assessed));
            }
            json.writeEndArray();
            // Version awareness: migrations production has not applied yet, with what they will do.
            json.writeArrayFieldStart("pending");
            for (PendingMigration pending : report.pending()) {
                json.writeStartObject();
                json.writeStringField("version", pending.version());
                json.writeStringField("description", pending.description());
                json.writeStringField("script", pending.script());
                json.writeArrayFieldStart("differences");
                for (AssessedDifference assessed : pending.differences()) {
                    writeDifference(json, assessed, null);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("differences", assessment.differences().size());
            json.writeNumberField("failing", assessment.failing());
            json.writeNumberField("allowed", assessment.allowed());
            json.writeNumberField("acknowledged", assessment.acknowledged());
            json.writeNumberField("stale", assessment.stale().size());
            json.writeEndObject();
            json.writeStringField("verdict", assessment.verdict().name());
            writeBaseline(json, assessment.baseline());
            writeNotCompared(json, report.notCompared());
            if (tenants != null) {
                writeTenants(json, tenants);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the JSON report: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void writeTenants(JsonGenerator json, List<TenantRow> tenants) throws IOException {
        json.writeArrayFieldStart("tenants");
        for (TenantRow row : tenants) {
            json.writeStartObject();
            json.writeStringField("tenant", row.tenant());
            json.writeStringField("verdict", row.verdict().name());
            json.writeNumberField("differences", row.differences());
            json.writeNumberField("failing", row.failing());
            json.writeNumberField("allowed", row.allowed());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeSide(JsonGenerator json, String field, Side side) throws IOException {
        if (side == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("source", side.source());
        json.writeStringField("engine", side.engine() == null ? null : side.engine().id());
        json.writeStringField("version", side.version());
        if (side.replica() != null) {
            // only for a replica, so that reports of other runs stay as they were
            json.writeObjectFieldStart("replica");
            json.writeStringField("kind", side.replica().standby() ? "standby" : "replica");
            if (side.replica().lagSeconds() == null) {
                json.writeNullField("lagSeconds");
            } else {
                json.writeNumberField("lagSeconds", Math.round(side.replica().lagSeconds() * 10) / 10.0);
            }
            json.writeStringField("note", side.replica().describe(field));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * Writes one difference record exactly as {@code report.json}'s {@code differences} array holds it
     * (without a fix): other files that list differences (the drift history) reuse the record, not a
     * format of their own.
     */
    public static void writeDifference(JsonGenerator json, AssessedDifference assessed) throws IOException {
        writeDifference(json, assessed, null);
    }

    private static void writeDifference(JsonGenerator json, AssessedDifference assessed, String fix)
            throws IOException {
        Difference d = assessed.difference();
        json.writeStartObject();
        json.writeStringField("objectType", d.objectType().name());
        json.writeStringField("object", d.object());
        json.writeStringField("change", d.change().name());
        json.writeStringField("attribute", d.attribute());
        json.writeStringField("expected", d.expected());
        json.writeStringField("actual", d.actual());
        json.writeNumberField("risk", assessed.risk());
        json.writeStringField("severity", assessed.severity().name());
        json.writeBooleanField("allowed", assessed.allowed());
        json.writeStringField("reason", assessed.reason());
        json.writeStringField("fix", fix);
        json.writeBooleanField("acknowledged", assessed.acknowledged());
        Acknowledgement acknowledgement = assessed.acknowledgement();
        if (acknowledgement == null) {
            json.writeNullField("baseline");
        } else {
            BaselineEntry entry = acknowledgement.entry();
            json.writeObjectFieldStart("baseline");
            json.writeStringField("status", acknowledgement.status().name());
            json.writeStringField("reason", entry.reason());
            json.writeStringField("owner", entry.owner());
            json.writeStringField("expires", entry.expires() == null ? null : entry.expires().toString());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /**
     * The ledger: per kind and reason, {@code kind}, {@code count}, the {@code objects} (each its {@code object}
     * path and the {@code sides} it was found on) and {@code why}; an empty array when everything was compared.
     */
    private static void writeNotCompared(JsonGenerator json, List<Uncompared> ledger) throws IOException {
        json.writeArrayFieldStart("notCompared");
        for (LedgerText.Group group : LedgerText.groups(ledger)) {
            json.writeStartObject();
            json.writeStringField("kind", group.kind());
            json.writeNumberField("count", group.objects().size());
            json.writeArrayFieldStart("objects");
            for (Uncompared object : group.objects()) {
                json.writeStartObject();
                json.writeStringField("object", object.object());
                json.writeArrayFieldStart("sides");
                for (String side : object.sides()) {
                    json.writeString(side);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("why", group.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The baseline used: its file, strictness, size and the entries that matched nothing; {@code null} without one. */
    private static void writeBaseline(JsonGenerator json, BaselineOutcome baseline) throws IOException {
        if (baseline == null) {
            json.writeNullField("baseline");
            return;
        }
        json.writeObjectFieldStart("baseline");
        json.writeStringField("file", baseline.file() == null ? null : baseline.file().toString());
        json.writeBooleanField("strict", baseline.strict());
        json.writeNumberField("entries", baseline.entries());
        json.writeArrayFieldStart("stale");
        for (BaselineEntry entry : baseline.stale()) {
            BaselineFile.writeEntry(json, entry, true);
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
