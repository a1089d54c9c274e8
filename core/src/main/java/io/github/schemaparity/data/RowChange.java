package io.github.schemaparity.data;

import java.util.List;
import java.util.Map;

/**
 * One row that differs, named by its key.
 *
 * @param change  how it differs
 * @param key     key column to key value, in key order: a {@link java.math.BigDecimal} for numeric keys, else text
 * @param columns for {@link ChangeKind#CHANGED}: the columns whose values differ
 * @param values  the differing values, only when values were asked for (empty otherwise)
 */
public record RowChange(ChangeKind change, Map<String, Object> key, List<String> columns, List<ValuePair> values) {
    public RowChange {
        key = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(key));
        columns = List.copyOf(columns);
        values = List.copyOf(values);
    }

    /**
     * A column's canonical values on both sides (null is SQL NULL).
     *
     * @param column   the column
     * @param expected the value on the expected side
     * @param actual   the value on the actual side
     */
    public record ValuePair(String column, String expected, String actual) {
    }
}
