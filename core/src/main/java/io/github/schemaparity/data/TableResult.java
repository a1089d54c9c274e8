package io.github.schemaparity.data;

import java.util.List;

/**
 * The comparison of one table.
 *
 * @param table         {@code schema.table}
 * @param key           the key columns rows were matched by (empty without a key)
 * @param status        the outcome
 * @param rowsExpected  rows on the expected side (after the row filter), -1 when not counted
 * @param rowsActual    rows on the actual side, -1 when not counted
 * @param missing       exact number of rows missing from the actual side
 * @param unexpected    exact number of rows only on the actual side
 * @param changed       exact number of rows with other values
 * @param rows          the first differing rows (at most the configured limit)
 * @param rowsTruncated whether {@code rows} was cut
 * @param seconds       time spent on the table
 * @param note          why it was skipped, or how it was compared when not by key; null otherwise
 * @param allowed       whether the policy allows this table's differences
 */
public record TableResult(String table, List<String> key, TableStatus status, long rowsExpected, long rowsActual,
        long missing, long unexpected, long changed, List<RowChange> rows, boolean rowsTruncated, double seconds,
        String note, boolean allowed) {
    public TableResult {
        key = List.copyOf(key);
        rows = List.copyOf(rows);
    }

    /** The same result, allowed (or not) by the policy. */
    public TableResult withAllowed(boolean isAllowed) {
        return new TableResult(table, key, status, rowsExpected, rowsActual, missing, unexpected, changed, rows,
                rowsTruncated, seconds, note, isAllowed);
    }

    /** Whether this result fails the gate unless allowed. */
    public boolean differs() {
        return status == TableStatus.DIFFERENT || status == TableStatus.MISSING || status == TableStatus.UNEXPECTED;
    }
}
