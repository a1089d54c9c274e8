package io.github.schemaparity.drift;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.ObjectType;
import java.time.Instant;

/**
 * One drift the history tells the story of: an object (or one attribute of it) that changed between two
 * snapshots, from the capture it first showed up in to now, or to the capture it was gone in.
 *
 * @param objectType       what kind of object
 * @param object           its path, e.g. {@code public.orders.orders_hotfix_idx}
 * @param change           how it first differed: UNEXPECTED (appeared), MISSING (disappeared) or CHANGED
 * @param attribute        for CHANGED, the attribute; else {@code null}
 * @param was              the value before it first changed (CHANGED), else {@code null}
 * @param now              the value it has now, or had when it was last seen changed (CHANGED), else {@code null}
 * @param firstSeen        the capture that first saw it
 * @param absentAt         the capture before, which did not have it yet ({@code null}: not known)
 * @param appliedVersion   the applied migration version when it was first seen
 * @param cameWith         the migration version applied between those two captures ({@code null}: none, so by hand)
 * @param laterMigration   the first migration version applied after it was first seen, while it was there,
 *                         or {@code null}
 * @param laterMigrationAt the capture that saw that migration
 * @param goneAt           the capture it was gone in (reverted, or adopted and then matching again), or {@code null}
 * @param goneWith         the migration version applied when it went ({@code null}: none)
 */
public record Drift(ObjectType objectType, String object, Change change, String attribute, String was, String now,
        Instant firstSeen, Instant absentAt, String appliedVersion, String cameWith, String laterMigration,
        Instant laterMigrationAt, Instant goneAt, String goneWith) {

    /** Whether it is still there in the newest capture. */
    public boolean current() {
        return goneAt == null;
    }

    /** Whether it appeared without a migration being applied in between: a change made by hand. */
    public boolean byHand() {
        return cameWith == null;
    }

    /** The difference in one phrase, e.g. {@code COLUMN public.orders.note CHANGED type varchar(40) -> varchar(80)}. */
    public String describe() {
        String what = objectType + " " + object + " " + change;
        return change == Change.CHANGED ? what + " " + attribute + " " + was + " -> " + now : what;
    }

    /** Whether a migration adopted it, in the history's words (it can tell what came after, not what a migration did). */
    public String adoption() {
        if (!current()) {
            return goneWith == null ? "gone at " + goneAt + " (no migration applied in between: undone by hand)"
                    : "gone at " + goneAt + " with migration " + goneWith;
        }
        if (!byHand()) {
            return "came with migration " + cameWith;
        }
        return laterMigration == null ? "not adopted: no migration applied since"
                : "migration " + laterMigration + " applied since (seen " + laterMigrationAt
                        + "): run check to see whether it adopted this";
    }

    /** The same drift, gone in the capture {@code at} (with {@code migration} applied then, or {@code null}). */
    Drift gone(Instant at, String migration) {
        return new Drift(objectType, object, change, attribute, was, now, firstSeen, absentAt, appliedVersion, cameWith,
                laterMigration, laterMigrationAt, at, migration);
    }

    /** The same drift with a newer value (CHANGED again, not back to where it was). */
    Drift with(String value) {
        return new Drift(objectType, object, change, attribute, was, value, firstSeen, absentAt, appliedVersion,
                cameWith, laterMigration, laterMigrationAt, goneAt, goneWith);
    }

    /** The same drift, noting the first migration applied after it appeared. */
    Drift migratedLater(String version, Instant at) {
        return laterMigration != null ? this : new Drift(objectType, object, change, attribute, was, now, firstSeen,
                absentAt, appliedVersion, cameWith, version, at, goneAt, goneWith);
    }
}
