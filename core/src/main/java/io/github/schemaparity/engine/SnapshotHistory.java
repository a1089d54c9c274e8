package io.github.schemaparity.engine;

import java.nio.file.Path;

/**
 * Whether and where the {@code snapshot} goal keeps a drift history (JSON Lines, see
 * {@link io.github.schemaparity.drift.HistoryFile}): a line whenever the captured catalog differs from the
 * previous snapshot, nothing (or a heartbeat line when asked) when it does not.
 *
 * @param file      the history file; {@code null}: no history
 * @param heartbeat whether an unchanged catalog appends a heartbeat line (the snapshot file stays as it is)
 */
public record SnapshotHistory(Path file, boolean heartbeat) {
    /** No history: the snapshot alone, as before. */
    public static final SnapshotHistory NONE = new SnapshotHistory(null, false);

    /** A history in {@code file}, without heartbeats. */
    public static SnapshotHistory in(Path file) {
        return new SnapshotHistory(file, false);
    }

    /** Whether a history is kept. */
    public boolean enabled() {
        return file != null;
    }
}
