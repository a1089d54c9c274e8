package io.github.schemaparity.drift;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history report: what a drift history says about each drift, as console lines, {@code history.json}
 * (format {@value #FORMAT}) and {@code history.md} (fits a change review or a pull-request comment).
 *
 * @param file    the history file read
 * @param entries its lines
 * @param drifts  what {@link DriftTimeline} made of them
 */
public record HistoryReport(Path file, List<HistoryEntry> entries, List<Drift> drifts) {
    /** The format identifier of {@code history.json}. */
    public static final String FORMAT = "schemaparity-history-report/1";
    /** The JSON report's file name in the report folder. */
    public static final String JSON_FILE = "history.json";
    /** The Markdown report's file name in the report folder. */
    public static final String MARKDOWN_FILE = "history.md";

    private static final JsonFactory FACTORY = new JsonFactory();

    public HistoryReport {
        entries = List.copyOf(entries);
        drifts = List.copyOf(drifts);
    }

    /** The report of a history file's entries. */
    public static HistoryReport of(Path file, List<HistoryEntry> entries) {
        return new HistoryReport(file, entries, DriftTimeline.of(entries));
    }

    /** The drifts still there in the newest capture. */
    public List<Drift> current() {
        return drifts.stream().filter(Drift::current).toList();
    }

    private long changes() {
        return entries.stream().filter(e -> e.kind() == HistoryEntry.Kind.CHANGE).count();
    }

    /** The summary line, then one line per drift (current ones first). */
    public List<String> consoleLines() {
        List<String> lines = new ArrayList<>();
        String span = entries.isEmpty() ? "no entries yet"
                : changes() + " changes in " + entries.size() + " entries, " + entries.get(0).captured() + " to "
                        + entries.get(entries.size() - 1).captured();
        lines.add("history: " + file + ": " + span + "; current drift: " + current().size() + ", gone: "
                + (drifts.size() - current().size()));
        for (Drift drift : ordered()) {
            lines.add("  " + drift.describe() + ": first seen " + drift.firstSeen()
                    + (drift.absentAt() == null ? "" : " (not there at " + drift.absentAt() + ")")
                    + ", at migration " + orDash(drift.appliedVersion()) + (drift.byHand() ? ", by hand" : "")
                    + "; " + drift.adoption());
        }
        return lines;
    }

    private List<Drift> ordered() {
        List<Drift> ordered = new ArrayList<>(current());
        drifts.stream().filter(d -> !d.current()).forEach(ordered::add);
        return ordered;
    }

    /** {@code history.json}: the file, the span, then {@code current} and {@code gone}, one object per drift. */
    public String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("history", file.toString());
            json.writeNumberField("entries", entries.size());
            json.writeNumberField("changes", changes());
            json.writeStringField("from", entries.isEmpty() ? null : entries.get(0).captured().toString());
            json.writeStringField("to", entries.isEmpty() ? null : entries.get(entries.size() - 1).captured().toString());
            json.writeStringField("source", entries.isEmpty() ? null : entries.get(entries.size() - 1).source());
            writeDrifts(json, "current", current());
            writeDrifts(json, "gone", drifts.stream().filter(d -> !d.current()).toList());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the history report: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    private static void writeDrifts(JsonGenerator json, String field, List<Drift> drifts) throws IOException {
        json.writeArrayFieldStart(field);
        for (Drift d : drifts) {
            json.writeStartObject();
            json.writeStringField("objectType", d.objectType().name());
            json.writeStringField("object", d.object());
            json.writeStringField("change", d.change().name());
            json.writeStringField("attribute", d.attribute());
            json.writeStringField("was", d.was());
            json.writeStringField("now", d.now());
            json.writeStringField("firstSeen", d.firstSeen().toString());
            json.writeStringField("absentAt", text(d.absentAt()));
            json.writeStringField("appliedVersion", d.appliedVersion());
            json.writeBooleanField("byHand", d.byHand());
            json.writeStringField("cameWith", d.cameWith());
            json.writeStringField("laterMigration", d.laterMigration());
            json.writeStringField("laterMigrationAt", text(d.laterMigrationAt()));
            json.writeStringField("goneAt", text(d.goneAt()));
            json.writeStringField("goneWith", d.goneWith());
            json.writeStringField("adoption", d.adoption());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** {@code history.md}: a table of the drifts, current ones first. */
    public String markdown() {
        StringBuilder md = new StringBuilder("## SchemaParity drift history\n\n");
        md.append(consoleLines().get(0).substring("history: ".length())).append("\n\n");
        if (!drifts.isEmpty()) {
            md.append("| drift | first seen | not there at | migration then | how | adoption |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (Drift d : ordered()) {
                md.append("| ").append(cell(d.describe())).append(" | ").append(d.firstSeen()).append(" | ")
                        .append(orDash(text(d.absentAt()))).append(" | ").append(cell(orDash(d.appliedVersion())))
                        .append(" | ").append(d.byHand() ? "by hand" : "migration " + cell(d.cameWith())).append(" | ")
                        .append(cell(d.adoption())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** Writes {@code history.json} and {@code history.md} into {@code reportDir}. */
    public void write(Path reportDir) {
        write(reportDir.resolve(JSON_FILE), json());
        write(reportDir.resolve(MARKDOWN_FILE), markdown());
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the history report " + file + ": " + e.getMessage(), e);
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
