package io.github.schemaparity.data;

import java.util.List;
import java.util.Map;

/**
 * One integrity problem on one side.
 *
 * @param check     what was checked
 * @param table     {@code schema.table}
 * @param object    the constraint, trigger or sequence
 * @param side      {@code expected} or {@code actual}
 * @param rows      orphaned rows (ORPHAN_ROWS), else -1
 * @param firstKeys the first orphaned rows' keys (ORPHAN_ROWS), else empty
 * @param value     the sequence's last value or counter (SEQUENCE_BEHIND), else null
 * @param max       the column's largest value (SEQUENCE_BEHIND), else null
 * @param allowed   whether the policy allows it
 */
public record IntegrityFinding(IntegrityCheck check, String table, String object, String side, long rows,
        List<Map<String, String>> firstKeys, String value, String max, boolean allowed) {
    public IntegrityFinding {
        firstKeys = List.copyOf(firstKeys);
    }

    /** An orphan finding. */
    public static IntegrityFinding orphans(String table, String constraint, String side, long rows,
            List<Map<String, String>> firstKeys) {
        return new IntegrityFinding(IntegrityCheck.ORPHAN_ROWS, table, constraint, side, rows, firstKeys, null, null,
                false);
    }

    /** A finding about an object, without counts. */
    public static IntegrityFinding of(IntegrityCheck check, String table, String object, String side) {
        return new IntegrityFinding(check, table, object, side, -1, List.of(), null, null, false);
    }

    /** A sequence behind its column. */
    public static IntegrityFinding sequenceBehind(String table, String sequence, String side, String value,
            String max) {
        return new IntegrityFinding(IntegrityCheck.SEQUENCE_BEHIND, table, sequence, side, -1, List.of(), value, max,
                false);
    }

    /** The same finding, allowed (or not) by the policy. */
    public IntegrityFinding withAllowed(boolean isAllowed) {
        return new IntegrityFinding(check, table, object, side, rows, firstKeys, value, max, isAllowed);
    }
}
