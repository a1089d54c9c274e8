package io.github.schemaparity.drift;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.report.JsonReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The drift history file: JSON Lines, one {@link HistoryEntry} per line, format {@value #FORMAT}. Lines are
 * only ever appended, so the file diffs cleanly in version control and a CI artifact can be carried from run
 * to run. Each line: {@code format}, {@code kind} ({@code change} or {@code heartbeat}), {@code captured},
 * {@code source} (masked), {@code engine}, {@code serverVersion}, {@code appliedVersion}, {@code previous}
 * ({@code captured}, {@code appliedVersion} of the snapshot compared with) and {@code differences}, each
 * the record {@code report.json} writes (expected: the previous snapshot, actual: this capture).
 */
public final class HistoryFile {
    /** The format identifier each line carries. */
    public static final String FORMAT = "schemaparity-history/1";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HistoryFile() {
    }

    /**
     * Appends one line, creating the file and its folders. A file whose last line was cut short (a killed run)
     * gets a line break first, so the new line stays readable.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void append(Path file, HistoryEntry entry) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String line = line(entry);
            if (Files.isRegularFile(file) && Files.size(file) > 0 && !endsWithNewline(file)) {
                line = "\n" + line;
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the drift history " + file + ": " + e.getMessage(), e);
        }
    }

    /** The entry as the one line (with its {@code \n}) {@link #append} writes. */
    public static String line(HistoryEntry entry) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("kind", entry.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.writeStringField("captured", entry.captured().toString());
            json.writeStringField("source", entry.source());
            json.writeStringField("engine", entry.engine());
            json.writeStringField("serverVersion", entry.serverVersion());
            json.writeStringField("appliedVersion", entry.appliedVersion());
            json.writeObjectFieldStart("previous");
            json.writeStringField("captured", entry.previousCaptured() == null ? null : entry.previousCaptured().toString());
            json.writeStringField("appliedVersion", entry.previousAppliedVersion());
            json.writeEndObject();
            json.writeArrayFieldStart("differences");
            for (AssessedDifference difference : entry.differences()) {
                JsonReport.writeDifference(json, difference);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render a drift history line: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    /**
     * Reads every line; blank lines are skipped.
     *
     * @throws HistoryFileException when the file is missing or a line is not a history entry (naming the line)
     */
    public static List<HistoryEntry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new HistoryFileException("Drift history not found: " + file
                    + "; create it with the snapshot goal and -Dschemaparity.history=" + file, e);
        } catch (IOException e) {
            throw new HistoryFileException("Cannot read the drift history " + file + ": " + e.getMessage(), e);
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                entries.add(parse(file, i + 1, lines.get(i)));
            }
        }
        return entries;
    }

    private static HistoryEntry parse(Path file, int number, String text) {
        try {
            JsonNode line = MAPPER.readTree(text);
            String format = line.path("format").asText("");
            if (!format.startsWith("schemaparity-history/")) {
                throw new IllegalArgumentException("not a drift history line (format " + (format.isEmpty() ? "missing"
                        : format) + ")");
            }
            if (!format.equals(FORMAT)) {
                throw new IllegalArgumentException("format " + format + " is newer than this SchemaParity reads ("
                        + FORMAT + "); upgrade SchemaParity");
            }
            List<AssessedDifference> differences = new ArrayList<>();
            for (JsonNode d : line.path("differences")) {
                differences.add(new AssessedDifference(new Difference(ObjectType.valueOf(d.path("objectType").asText()),
                        text(d, "object"), Change.valueOf(d.path("change").asText()), text(d, "attribute"),
                        text(d, "expected"), text(d, "actual")), d.path("risk").asInt(),
                        Severity.valueOf(d.path("severity").asText()), d.path("allowed").asBoolean(), text(d, "reason")));
            }
            JsonNode previous = line.path("previous");
            return new HistoryEntry(HistoryEntry.Kind.valueOf(line.path("kind").asText().toUpperCase(java.util.Locale.ROOT)),
                    instant(line, "captured"), text(line, "source"), text(line, "engine"), text(line, "serverVersion"),
                    text(line, "appliedVersion"), instant(previous, "captured"), text(previous, "appliedVersion"),
                    differences);
        } catch (IOException | IllegalArgumentException | DateTimeParseException | NullPointerException e) {
            throw new HistoryFileException("Drift history " + file + " line " + number + " is corrupt: "
                    + (e instanceof IOException io ? io.getMessage().lines().findFirst().orElse("") : e.getMessage())
                    + "; remove or repair that line", e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (var channel = Files.newByteChannel(file)) {
            channel.position(channel.size() - 1);
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.read(last);
            return last.get(0) == '\n';
        }
    }
}
