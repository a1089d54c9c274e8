package io.github.schemaparity.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.ObjectType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and writes baseline files, format {@value #FORMAT}.
 *
 * <pre>
 * {
 *   "format": "schemaparity-baseline/1",
 *   "entries": [
 *     {
 *       "objectType": "INDEX",
 *       "object": "public.orders.orders_hotfix_idx",
 *       "change": "UNEXPECTED",
 *       "attribute": null,
 *       "expected": null,
 *       "actual": "btree(created_at)",
 *       "reason": "hotfix during INC-42, migration V7 follows",
 *       "owner": "team-orders",
 *       "expires": "2026-12-31"
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>The same baseline always gives the same bytes: entries sorted by object path, type, change,
 * attribute and values; fields in the order above; the six identifying fields always written
 * ({@code null} is a value an entry must match), {@code owner} and {@code expires} only when set;
 * {@code \n} line endings and a trailing newline. Writing an unchanged baseline leaves the file untouched.
 */
public final class BaselineFile {
    /** The format identifier written in the {@code format} field. */
    public static final String FORMAT = "schemaparity-baseline/1";

    private static final String FORMAT_PREFIX = "schemaparity-baseline/";
    private static final int FORMAT_VERSION = 1;
    private static final Set<String> FIELDS = Set.of("objectType", "object", "change", "attribute", "expected",
            "actual", "reason", "owner", "expires");
    private static final String WRITE_IT = "write it with mvn schemaparity:baseline";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private BaselineFile() {
    }

    /**
     * Reads a baseline file.
     *
     * @throws SchemaParityException with one line naming the file (and the entry) when it is missing, not
     *                               JSON, not a baseline, or an entry lacks a reason or has a bad value
     */
    public static Baseline read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SchemaParityException("Baseline file not found: " + file + "; " + WRITE_IT + ", or fix baseline", e);
        } catch (IOException e) {
            throw new SchemaParityException("Cannot read baseline file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new SchemaParityException("Baseline file " + file + " is not valid JSON: "
                    + e.getOriginalMessage().replaceAll("\\s*\\R\\s*", " ") + where, e);
        } catch (IOException e) {
            throw new SchemaParityException("Cannot read baseline file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new SchemaParityException(file + " is not a SchemaParity baseline (no JSON object); " + WRITE_IT);
        }
        checkFormat(file, root);
        JsonNode entries = root.get("entries");
        if (entries == null || !entries.isArray()) {
            throw new SchemaParityException("Baseline file " + file + " has no \"entries\" list; " + WRITE_IT);
        }
        List<BaselineEntry> read = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            read.add(entry(file, i + 1, entries.get(i)));
        }
        try {
            return new Baseline(file, read);
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException("Baseline file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes a baseline, unless the file already holds exactly these bytes.
     *
     * @return whether the file was written
     * @throws SchemaParityException when the file cannot be written
     */
    public static boolean write(Baseline baseline, Path file) {
        String text = render(baseline);
        try {
            if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), text.getBytes(StandardCharsets.UTF_8))) {
                return false;
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new SchemaParityException("Cannot write baseline file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The exact text {@link #write} stores. */
    public static String render(Baseline baseline) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.setPrettyPrinter(PRINTER);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeArrayFieldStart("entries");
            for (BaselineEntry entry : baseline.entries()) {
                writeEntry(json, entry, false);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the baseline: " + e.getMessage(), e);
        }
        return out.append('\n').toString();
    }

    /**
     * Writes one entry as a JSON object, fields in the file's order; the report uses the same shape for
     * stale entries.
     *
     * @param unsetAsNull whether an unset owner or expiry is written as {@code null} (the report, whose
     *                    fields are always present) or left out (the baseline file, which people edit)
     */
    public static void writeEntry(JsonGenerator json, BaselineEntry entry, boolean unsetAsNull) throws IOException {
        json.writeStartObject();
        json.writeStringField("objectType", entry.objectType().name());
        json.writeStringField("object", entry.object());
        json.writeStringField("change", entry.change().name());
        json.writeStringField("attribute", entry.attribute());
        json.writeStringField("expected", entry.expected());
        json.writeStringField("actual", entry.actual());
        json.writeStringField("reason", entry.reason());
        if (unsetAsNull || entry.owner() != null) {
            json.writeStringField("owner", entry.owner());
        }
        if (unsetAsNull || entry.expires() != null) {
            json.writeStringField("expires", entry.expires() == null ? null : entry.expires().toString());
        }
        json.writeEndObject();
    }

    private static BaselineEntry entry(Path file, int number, JsonNode node) {
        String where = "Baseline file " + file + ", entry " + number;
        if (!node.isObject()) {
            throw new SchemaParityException(where + " is not a JSON object");
        }
        JsonNode objectNode = node.get("object");
        if (objectNode != null && objectNode.isTextual()) {
            where += " (" + objectNode.asText() + ")";
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new SchemaParityException(where + ": unknown field \"" + name + "\"; the fields are objectType,"
                        + " object, change, attribute, expected, actual, reason, owner, expires");
            }
        }
        String objectType = required(where, node, "objectType");
        String object = required(where, node, "object");
        String change = required(where, node, "change");
        String reason = text(where, node, "reason");
        if (reason == null || reason.isBlank()) {
            throw new SchemaParityException(where + ": no reason; every acknowledged difference needs one (\"reason\": \"...\")");
        }
        ObjectType type;
        try {
            type = ObjectType.valueOf(objectType);
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException(where + ": unknown objectType \"" + objectType + "\"; use one of "
                    + Arrays.toString(ObjectType.values()));
        }
        Change parsedChange;
        try {
            parsedChange = Change.valueOf(change);
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException(where + ": unknown change \"" + change + "\"; use MISSING, UNEXPECTED or CHANGED");
        }
        String expires = text(where, node, "expires");
        LocalDate expiry = null;
        if (expires != null) {
            try {
                expiry = LocalDate.parse(expires.strip());
            } catch (DateTimeParseException e) {
                throw new SchemaParityException(where + ": expires \"" + expires + "\" is not an ISO date such as 2026-12-31");
            }
        }
        return new BaselineEntry(type, object, parsedChange, text(where, node, "attribute"), text(where, node, "expected"),
                text(where, node, "actual"), reason, text(where, node, "owner"), expiry);
    }

    private static String required(String where, JsonNode node, String field) {
        String value = text(where, node, field);
        if (value == null || value.isBlank()) {
            throw new SchemaParityException(where + ": no \"" + field + "\"");
        }
        return value;
    }

    /** A string field, {@code null} when absent or JSON null. */
    private static String text(String where, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new SchemaParityException(where + ": \"" + field + "\" must be a string or null, not " + value);
        }
        return value.asText();
    }

    private static void checkFormat(Path file, JsonNode root) {
        JsonNode format = root.get("format");
        String id = format == null || !format.isTextual() ? null : format.asText();
        if (id == null || !id.startsWith(FORMAT_PREFIX)) {
            throw new SchemaParityException(file + " is not a SchemaParity baseline (format " + (id == null ? "missing" : id)
                    + "; expected " + FORMAT + "); " + WRITE_IT);
        }
        int version;
        try {
            version = Integer.parseInt(id.substring(FORMAT_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new SchemaParityException(file + " is not a SchemaParity baseline (format " + id + ")");
        }
        if (version > FORMAT_VERSION) {
            throw new SchemaParityException(file + " was written by a newer SchemaParity (format " + id
                    + "); upgrade SchemaParity to read it");
        }
        if (version < FORMAT_VERSION) {
            throw new SchemaParityException(file + " has format " + id + ", which this version does not read; "
                    + WRITE_IT.toLowerCase(Locale.ROOT));
        }
    }
}
