package io.github.schemaparity.drift;

import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.policy.AssessedDifference;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the drift history: a capture that found the catalog changed since the previous snapshot,
 * or (when asked) a heartbeat saying it was still the same.
 *
 * @param kind                   {@link Kind#CHANGE} or {@link Kind#HEARTBEAT}
 * @param captured               when this capture ran (to the second)
 * @param source                 the database, its URL masked (no password)
 * @param engine                 the engine's id, e.g. {@code postgresql}
 * @param serverVersion          the server version
 * @param appliedVersion         the applied migration version then ({@code null}: no migration history)
 * @param previousCaptured       when the previous snapshot (the state compared with) was captured, or {@code null}
 * @param previousAppliedVersion the previous snapshot's applied migration version, or {@code null}
 * @param differences            the differences from the previous snapshot (expected) to this capture (actual),
 *                               rated by the default risk table; empty for a heartbeat
 */
public record HistoryEntry(Kind kind, Instant captured, String source, String engine, String serverVersion,
        String appliedVersion, Instant previousCaptured, String previousAppliedVersion,
        List<AssessedDifference> differences) {

    /** What a line records. */
    public enum Kind {
        /** The catalog changed since the previous snapshot. */
        CHANGE,
        /** Nothing changed; written only when heartbeats are asked for, to show the watch ran. */
        HEARTBEAT
    }

    public HistoryEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(captured, "captured");
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /**
     * Whether a migration was applied between the previous snapshot and this capture: the applied version
     * moved, or the migration history gained, lost or changed a row.
     */
    public boolean migrated() {
        return !Objects.equals(appliedVersion, previousAppliedVersion)
                || differences.stream().anyMatch(d -> d.difference().objectType() == ObjectType.MIGRATION);
    }
}
