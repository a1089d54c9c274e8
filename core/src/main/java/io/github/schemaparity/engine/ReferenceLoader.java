package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first step of a check: production's catalog, captured read-only from the replica, or read from the
 * snapshot and restricted to the configured schemas (none configured: the snapshot's).
 */
final class ReferenceLoader {
    /** How a user makes the missing reference snapshot. */
    static final String CREATE_SNAPSHOT = "create it with `mvn schemaparity:snapshot -Dschemaparity.url=<replica>`";

    private final SideReader reader;
    private final String createSnapshot;

    /**
     * @param createSnapshot how the user creates a missing snapshot, as the front end names its settings
     */
    ReferenceLoader(SideReader reader, String createSnapshot) {
        this.reader = reader;
        this.createSnapshot = createSnapshot;
    }

    Reference load(CandidateConfig config) {
        if (config.reference() instanceof Source.Jdbc jdbc) {
            // Fails on an engine SchemaParity cannot capture before anything is read.
            CatalogReaders.forEngine(jdbc.jdbc().engine());
            CaptureOptions options = new CaptureOptions(config.schemas(), config.privileges());
            return new Reference(reader.capture("reference", jdbc.kind(), jdbc.jdbc(), options)
                    .withOrigin(jdbc.origin("reference")), config.schemas());
        }
        Path file = ((Source.Snapshot) config.reference()).file();
        if (!Files.isRegularFile(file) && !Files.isDirectory(file)) { // a directory: the reader names it
            throw new SchemaParityException("Reference snapshot not found: " + file + "; " + createSnapshot);
        }
        return reader.reference(file, config.schemas());
    }
}
