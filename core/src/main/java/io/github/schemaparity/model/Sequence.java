package io.github.schemaparity.model;

import java.util.Map;

/**
 * A sequence (not those internal to identity columns, which belong to their column).
 *
 * @param name      sequence name
 * @param dataType  {@code smallint}, {@code integer} or {@code bigint}
 * @param start     start value
 * @param increment increment
 * @param minValue  minimum value
 * @param maxValue  maximum value
 * @param cache     cache size
 * @param cycle     whether it cycles
 * @param ownedBy   owning column as {@code schema.table.column}, or {@code null}
 */
public record Sequence(String name, String dataType, long start, long increment, long minValue, long maxValue,
        long cache, boolean cycle, String ownedBy) implements Named {

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("dataType", dataType).put("start", start).put("increment", increment)
                .put("minValue", minValue).put("maxValue", maxValue).put("cache", cache).put("cycle", cycle)
                .put("ownedBy", ownedBy).build();
    }
}
