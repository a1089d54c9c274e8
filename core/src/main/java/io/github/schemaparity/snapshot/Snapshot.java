package io.github.schemaparity.snapshot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A captured catalog saved to a file, to compare against later instead of a live database.
 *
 * @param format      {@value #FORMAT}
 * @param toolVersion the SchemaParity version that captured it
 * @param capturedAt  when it was captured
 * @param schemas     the schemas that were asked for (empty: every non-system schema)
 * @param catalog     the captured catalog (engine and server version included)
 */
public record Snapshot(String format, String toolVersion, Instant capturedAt, List<String> schemas,
        Catalog catalog) {
    /** The format this version writes and reads. */
    public static final String FORMAT = "schemaparity-snapshot/1";

    public Snapshot {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
    }

    /** A snapshot of a catalog captured now (to the second) by this version of SchemaParity. */
    public static Snapshot of(List<String> schemas, Catalog catalog) {
        return new Snapshot(FORMAT, ToolVersion.get(), Instant.now().truncatedTo(ChronoUnit.SECONDS), schemas,
                catalog);
    }

    /** The engine of the captured database. */
    @JsonIgnore
    public Engine engine() {
        return catalog.engine();
    }

    /** The server version of the captured database. */
    @JsonIgnore
    public String serverVersion() {
        return catalog.serverVersion();
    }
}
