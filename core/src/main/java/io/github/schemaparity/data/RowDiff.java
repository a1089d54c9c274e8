package io.github.schemaparity.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Exact counts of the rows that differ, and the first few of them by key. */
final class RowDiff {
    /** The largest table without a key whose row hashes are counted one by one. */
    static final long MAX_KEYLESS_ROWS = 200_000;

    private final int limit;
    private final List<Listed> listed = new ArrayList<>();
    private long missing;
    private long unexpected;
    private long changed;
    private boolean truncated;

    RowDiff(int limit) {
        this.limit = limit;
    }

    /** Compares the row hashes of one key range. */
    void compare(Map<List<String>, String> expected, Map<List<String>, String> actual) {
        for (Map.Entry<List<String>, String> row : expected.entrySet()) {
            String other = actual.get(row.getKey());
            if (other == null) {
                missing++;
                list(ChangeKind.MISSING, row.getKey());
            } else if (!other.equals(row.getValue())) {
                changed++;
                list(ChangeKind.CHANGED, row.getKey());
            }
        }
        for (List<String> key : actual.keySet()) {
            if (!expected.containsKey(key)) {
                unexpected++;
                list(ChangeKind.UNEXPECTED, key);
            }
        }
    }

    /** Compares the multisets of row hashes of a table without a key (no rows are listed). */
    void compareMultisets(Map<String, Long> expected, Map<String, Long> actual) {
        for (Map.Entry<String, Long> group : expected.entrySet()) {
            long other = actual.getOrDefault(group.getKey(), 0L);
            missing += Math.max(0, group.getValue() - other);
        }
        for (Map.Entry<String, Long> group : actual.entrySet()) {
            long other = expected.getOrDefault(group.getKey(), 0L);
            unexpected += Math.max(0, group.getValue() - other);
        }
    }

    /** For a table too large to compare row hashes without a key: the difference of counts. */
    void countOnly(long rowsExpected, long rowsActual) {
        missing = Math.max(0, rowsExpected - rowsActual);
        unexpected = Math.max(0, rowsActual - rowsExpected);
    }

    /** Adds the counts and listed rows of another range's diff, listed after this one's (up to the limit). */
    void add(RowDiff other) {
        missing += other.missing;
        unexpected += other.unexpected;
        changed += other.changed;
        other.listed.forEach(l -> list(l.kind(), l.key()));
        truncated |= other.truncated;
    }

    private void list(ChangeKind kind, List<String> key) {
        if (listed.size() < limit) {
            listed.add(new Listed(kind, key));
        } else {
            truncated = true;
        }
    }

    long missing() {
        return missing;
    }

    long unexpected() {
        return unexpected;
    }

    long changed() {
        return changed;
    }

    boolean truncated() {
        return truncated;
    }

    List<Listed> listed() {
        return listed;
    }

    /** The keys of the listed changed rows. */
    List<List<String>> listedChangedKeys() {
        return listed.stream().filter(l -> l.kind() == ChangeKind.CHANGED).map(Listed::key).toList();
    }

    /** A listed row. */
    record Listed(ChangeKind kind, List<String> key) {
    }
}
