package io.github.schemaparity.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Reads and writes snapshot files, format {@value Snapshot#FORMAT}.
 *
 * <p>The same catalog always gives the same bytes, so a committed snapshot changes in version control
 * only when the schema does: pretty JSON with {@code \n} line endings and a trailing newline, properties
 * in record component order, map keys sorted, nulls and empty collections left out (reading puts them
 * back: the model treats a missing list as empty).
 */
public final class SnapshotFile {
    private static final String FORMAT_PREFIX = "schemaparity-snapshot/";
    private static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SnapshotFile() {
    }

    /**
     * Writes a snapshot, unless the file already holds an equal catalog (same schemas asked for): then the
     * file is left byte for byte as it is, its capture time included, so that re-capturing an unchanged
     * database does not show up as a change in version control.
     *
     * @return {@code true} when the file was written, {@code false} when it was left untouched
     * @throws SnapshotException when the file cannot be written
     */
    public static boolean write(Snapshot snapshot, Path file) {
        if (Files.isRegularFile(file) && unchanged(snapshot, file)) {
            return false;
        }
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, toJson(snapshot));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new SnapshotException("Cannot write snapshot file " + file + ": " + e.getMessage(), e);
        }
        return true;
    }

    /**
     * Reads a snapshot.
     *
     * @throws SnapshotException when the file is missing, is not JSON, is not a snapshot, or was written by a
     *                           newer SchemaParity
     */
    public static Snapshot read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SnapshotException("Snapshot file not found: " + file + "; create it with the snapshot goal", e);
        } catch (IOException e) {
            throw new SnapshotException("Cannot read snapshot file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw corrupt(file, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new SnapshotException("Snapshot file " + file + " is corrupt: it is empty");
        }
        checkFormat(file, root);
        Snapshot snapshot;
        try {
            snapshot = MAPPER.treeToValue(root, Snapshot.class);
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(file, e);
        }
        if (snapshot.catalog() == null) {
            throw new SnapshotException("Snapshot file " + file + " is corrupt: it has no catalog");
        }
        return snapshot;
    }

    /** The snapshot as the exact text {@link #write(Snapshot, Path)} stores. */
    public static String toJson(Snapshot snapshot) {
        try {
            return WRITER.writeValueAsString(snapshot) + "\n";
        } catch (JsonProcessingException e) {
            throw new SnapshotException("Cannot serialise the snapshot: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean unchanged(Snapshot snapshot, Path file) {
        try {
            Snapshot existing = read(file);
            return existing.catalog().equals(snapshot.catalog()) && existing.schemas().equals(snapshot.schemas());
        } catch (SnapshotException e) {
            return false; // unreadable: replace it
        }
    }

    private static void checkFormat(Path file, JsonNode root) {
        JsonNode format = root.isObject() ? root.get("format") : null;
        if (format == null || !format.isTextual()) {
            throw new SnapshotException(file + " is not a SchemaParity snapshot (format field missing); "
                    + "create one with the snapshot goal");
        }
        String id = format.asText();
        if (!id.startsWith(FORMAT_PREFIX)) {
            throw new SnapshotException(file + " is not a SchemaParity snapshot (format " + id + "); "
                    + "create one with the snapshot goal");
        }
        int version;
        try {
            version = Integer.parseInt(id.substring(FORMAT_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new SnapshotException(file + " is not a SchemaParity snapshot (format " + id + ")");
        }
        if (version > FORMAT_VERSION) {
            throw new SnapshotException(file + " was written by a newer SchemaParity (format " + id + "); "
                    + "upgrade SchemaParity to read it");
        }
        if (version < FORMAT_VERSION) {
            throw new SnapshotException(file + " is not a SchemaParity snapshot this version reads (format " + id
                    + "); recreate it with the snapshot goal");
        }
    }

    /** One line: Jackson's own short reason, and where (line:column for syntax, the JSON path for content). */
    private static SnapshotException corrupt(Path file, Exception e) {
        String reason = e.getMessage();
        if (e instanceof JsonProcessingException json) {
            reason = json.getOriginalMessage();
            JsonLocation location = json.getLocation();
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                reason += " at " + path(mapping.getPath());
            } else if (location != null && location.getLineNr() > 0) {
                reason += " at line " + location.getLineNr() + ":" + location.getColumnNr();
            }
        }
        String line = reason == null ? e.getClass().getSimpleName() : reason.replaceAll("\\s*\\R\\s*", " ");
        return new SnapshotException("Snapshot file " + file + " is corrupt: " + line, e);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ObjectMapper mapper() {
        SimpleModule instants = new SimpleModule("schemaparity-instant")
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addDeserializer(Instant.class, new InstantDeserializer());
        JsonMapper mapper = JsonMapper.builder()
                .addModule(instants)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.USE_DEFAULTS))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                // Lenient toward fields a later snapshot/1 writer may add; the format id guards real changes.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        // Empty collections say nothing a missing one does not; leaving them out keeps snapshots short.
        JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                JsonInclude.Include.USE_DEFAULTS);
        for (Class<?> type : List.of(List.class, Map.class, SortedMap.class)) {
            mapper.configOverride(type).setInclude(nonEmpty);
        }
        return mapper;
    }

    /** ISO-8601 instants, e.g. {@code 2025-01-31T10:15:30Z}, without the jackson-datatype-jsr310 module. */
    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return text == null ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text,
                        "not an ISO-8601 instant such as 2025-01-31T10:15:30Z");
            }
        }
    }
}
