package io.github.schemaparity.engine;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.drift.HistoryEntry;
import io.github.schemaparity.drift.HistoryFile;
import io.github.schemaparity.history.AppliedVersion;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotException;
import io.github.schemaparity.snapshot.SnapshotFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code snapshot} goal's drift history: compares the new capture with the snapshot it replaces and
 * appends what changed. Runs before the snapshot is written, so that a run killed in between records a
 * change twice rather than never.
 */
final class DriftRecorder {
    private final ParityLog log;
    private final SnapshotHistory history;

    DriftRecorder(ParityLog log, SnapshotHistory history) {
        this.log = log;
        this.history = history;
    }

    /** The snapshot a new capture replaces, or {@code null} when there is none (or it cannot be read). */
    static Snapshot previous(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return SnapshotFile.read(file);
        } catch (SnapshotException e) {
            return null;
        }
    }

    /**
     * Appends a line when {@code now} differs from {@code previous} (or a heartbeat when asked).
     *
     * @param source the database's masked URL
     */
    void record(Snapshot previous, Snapshot now, String source) {
        Path file = history.file();
        if (previous == null) {
            log.info("history: no previous snapshot to compare with; changes from this one on go to " + file);
            return;
        }
        boolean unchanged = previous.catalog().equals(now.catalog()) && previous.schemas().equals(now.schemas());
        if (unchanged && !history.heartbeat()) {
            log.info("history: catalog unchanged since " + previous.capturedAt() + ", nothing appended to " + file);
            return;
        }
        List<Difference> differences = unchanged ? List.of()
                : new CatalogDiffer(DiffOptions.defaults()).diff(previous.catalog(), now.catalog());
        HistoryEntry entry = new HistoryEntry(unchanged ? HistoryEntry.Kind.HEARTBEAT : HistoryEntry.Kind.CHANGE,
                now.capturedAt(), source, now.engine().id(), now.serverVersion(),
                AppliedVersion.of(now.catalog().migrationHistory()), previous.capturedAt(),
                AppliedVersion.of(previous.catalog().migrationHistory()),
                Policy.defaults().assess(differences).differences());
        HistoryFile.append(file, entry);
        log.info(unchanged ? "history: heartbeat appended to " + file + " (catalog unchanged since "
                + previous.capturedAt() + ")"
                : "history: " + differences.size() + (differences.size() == 1 ? " difference" : " differences")
                        + " since the snapshot of " + previous.capturedAt() + " appended to " + file);
    }
}
