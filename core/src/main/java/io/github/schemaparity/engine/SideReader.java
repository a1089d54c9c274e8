package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CaptureRetry;
import io.github.schemaparity.capture.ConsistentCapture;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.capture.SchemaNotFoundException;
import io.github.schemaparity.history.MigrationHistoryReader;
import io.github.schemaparity.jdbc.JdbcErrors;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.report.Origin;
import io.github.schemaparity.report.Side;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import io.github.schemaparity.snapshot.SnapshotFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads one side of a comparison: a live database captured read-only (always through
 * {@link ReadOnlyConnector}), with its migration history, or a snapshot file restricted to the wanted schemas.
 */
final class SideReader {
    private final ParityLog log;
    private final CaptureRetry retry;

    /** A reader whose live captures retry as {@link CaptureRetry#defaults()} says. */
    SideReader(ParityLog log) {
        this(log, CaptureRetry.defaults());
    }

    SideReader(ParityLog log, CaptureRetry retry) {
        this.log = log;
        this.retry = retry;
    }

    /** A source of either kind, as {@code role} (e.g. {@code expected}) in messages. */
    Loaded load(String role, Source source, CaptureOptions options) {
        if (source instanceof Source.Jdbc jdbc) {
            return capture(role, jdbc.kind(), jdbc.jdbc(), options).withOrigin(jdbc.origin(role));
        }
        return snapshot(role, ((Source.Snapshot) source).file(), options.schemas());
    }

    /** Captures a live database, read-only, as one side reported with source {@code kind}. */
    Loaded capture(String role, String kind, JdbcSource source, CaptureOptions options) {
        CatalogReader reader = CatalogReaders.forEngine(source.engine());
        long start = System.nanoTime();
        Catalog catalog;
        ConsistentCapture.Result<Map.Entry<Catalog, List<String>>> captured;
        try {
            // One snapshot per attempt; a capture that DDL or WAL replay cut short is taken again (bounded).
            captured = ConsistentCapture.run(() -> ReadOnlyConnector.open(source, EngineRegistry.of(source).session()),
                    connection -> {
                        Catalog read = reader.read(connection, options);
                        // Version awareness: the history rows travel with the catalog, so snapshots carry them too.
                        MigrationHistoryReader.Result history = MigrationHistoryReader.read(connection,
                                EngineRegistry.of(read.engine()).historyQueries(), options.schemas());
                        return Map.entry(read.withMigrationHistory(history.rows()), history.notes());
                    }, retry, role, log::info);
            catalog = captured.value().getKey();
            captured.value().getValue().forEach(note -> log.warn(role + ": " + note));
            if (captured.replica().replica()) {
                log.info(captured.replica().describe(role));
            }
        } catch (SQLException e) {
            throw JdbcErrors.readFailed(source, "capturing the " + role + " catalog", e,
                    EngineRegistry.of(source).session().errorCodes());
        } catch (SchemaNotFoundException e) {
            throw new SchemaParityException(role + " " + source.maskedUrl() + ": " + e.getMessage(), e);
        }
        Loaded loaded = new Loaded(Side.of(kind, catalog).withReplica(captured.replica()), catalog);
        log.info("captured " + role + " (" + kind + " " + catalog.engine().id() + " " + catalog.serverVersion() + "): "
                + loaded.tableCount() + " tables in " + Elapsed.millis(start) + " ms");
        return loaded;
    }

    /** A snapshot file as one side, restricted to {@code schemas} (none: all it holds). */
    Loaded snapshot(String role, Path file, List<String> schemas) {
        long start = System.nanoTime();
        Snapshot snapshot = read(file);
        Loaded loaded = side(restrict(snapshot, file, schemas), role, file, snapshot);
        log.info("loaded " + role + " (" + describe(loaded, file) + "): " + loaded.tableCount() + " tables in "
                + Elapsed.millis(start) + " ms");
        return loaded;
    }

    /**
     * A check's reference snapshot: restricted to the configured schemas, else to those it was captured
     * with; the progress line names them, as they decide what the candidate captures.
     */
    Reference reference(Path file, List<String> configured) {
        long start = System.nanoTime();
        Snapshot snapshot = read(file);
        List<String> schemas = configured.isEmpty() ? snapshot.schemas() : configured;
        Loaded loaded = side(restrict(snapshot, file, schemas), "reference", file, snapshot);
        log.info("loaded reference (" + describe(loaded, file) + "): " + loaded.tableCount() + " tables in "
                + Elapsed.millis(start) + " ms" + (schemas.isEmpty() ? "" : "; schemas " + String.join(", ", schemas)));
        return new Reference(loaded, schemas);
    }

    /** A snapshot's side, named by its file and capture time as the reports show it. */
    private static Loaded side(Catalog catalog, String role, Path file, Snapshot snapshot) {
        return new Loaded(Side.of(Side.SNAPSHOT, catalog)
                .withOrigin(Origin.snapshot(role, file.toString(), snapshot.capturedAt())), catalog);
    }

    private static String describe(Loaded loaded, Path file) {
        return "snapshot " + loaded.catalog().engine().id() + " " + loaded.catalog().serverVersion() + ", " + file;
    }

    /** Reads a snapshot file; a missing or unreadable one is named with the way to make it. */
    Snapshot read(Path file) {
        if (Files.isDirectory(file)) {
            throw new SchemaParityException("Snapshot path " + file + " is a directory, not a file: name the snapshot"
                    + " file itself, e.g. " + file.resolve("snapshot.json"));
        }
        if (!Files.isRegularFile(file)) {
            throw new SchemaParityException("Snapshot file not found: " + file
                    + "; create it with the snapshot goal, or pass a JDBC URL starting with jdbc:");
        }
        try {
            return SnapshotFile.read(file);
        } catch (SnapshotException e) {
            throw new SchemaParityException(e.getMessage(), e);
        }
    }

    /** The snapshot's catalog cut down to the requested schemas, which it must hold. */
    private static Catalog restrict(Snapshot snapshot, Path file, List<String> schemas) {
        Catalog catalog = snapshot.catalog();
        if (schemas.isEmpty()) {
            return catalog;
        }
        if (!snapshot.schemas().isEmpty()) {
            Set<String> absent = new TreeSet<>(schemas);
            snapshot.schemas().forEach(absent::remove);
            if (!absent.isEmpty()) {
                throw new SchemaParityException("Snapshot " + file + " holds schemas " + snapshot.schemas()
                        + ", not " + absent + ": capture it again with those schemas");
            }
        }
        List<Schema> kept = catalog.schemas().stream().filter(s -> schemas.contains(s.name())).toList();
        return catalog.withSchemas(kept);
    }
}
