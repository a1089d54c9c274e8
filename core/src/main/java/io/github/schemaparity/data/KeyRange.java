package io.github.schemaparity.data;

import java.util.List;

/**
 * A half-open range of keys, {@code low <= key < high} in binary (collation-free) order; a null bound
 * is open. Bounds are the key columns' canonical texts, identical for both sides.
 *
 * @param low  inclusive lower bound, or {@code null}
 * @param high exclusive upper bound, or {@code null}
 */
public record KeyRange(List<String> low, List<String> high) {
    /** Every key. */
    public static final KeyRange ALL = new KeyRange(null, null);

    public KeyRange {
        low = low == null ? null : List.copyOf(low);
        high = high == null ? null : List.copyOf(high);
    }
}
