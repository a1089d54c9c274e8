package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * An index that does not merely back a primary key or unique constraint.
 *
 * @param name          index name
 * @param nameGenerated whether the name follows the engine's naming scheme for unnamed indexes
 * @param unique        whether the index is unique
 * @param method        access method, e.g. {@code btree}, {@code gin}
 * @param columns       key parts in order: a column name or an expression, followed by
 *                      {@code DESC}, {@code NULLS FIRST}/{@code NULLS LAST} or an operator class
 *                      where they differ from the default, e.g. {@code lower(email)}, {@code created_at DESC}
 * @param include       INCLUDE columns, in order
 * @param predicate     normalised WHERE clause of a partial index, or {@code null}
 * @param invalid       {@code true} when the index exists but is not valid (PostgreSQL
 *                      {@code pg_index.indisvalid = false}, e.g. left by a failed {@code CREATE INDEX
 *                      CONCURRENTLY}): the planner never uses it and, unique, it enforces nothing;
 *                      {@code null} for a valid one (so snapshots of valid indexes stay as they were)
 */
public record Index(String name, boolean nameGenerated, boolean unique, String method, List<String> columns,
        List<String> include, String predicate, Boolean invalid) implements Named {
    public Index {
        columns = Canonical.list(columns);
        include = Canonical.list(include);
        invalid = Boolean.TRUE.equals(invalid) ? Boolean.TRUE : null;
    }

    /** A valid index. */
    public Index(String name, boolean nameGenerated, boolean unique, String method, List<String> columns,
            List<String> include, String predicate) {
        this(name, nameGenerated, unique, method, columns, include, predicate, null);
    }

    /** Whether the index is valid: the planner uses it and, unique, it enforces uniqueness. */
    public boolean usable() {
        return invalid == null;
    }

    /** The same index, valid. */
    public Index asValid() {
        return new Index(name, nameGenerated, unique, method, columns, include, predicate, null);
    }

    /** What identifies this index when names differ. */
    public String signature() {
        return (unique ? "unique " : "") + method + "(" + String.join(",", columns) + ")"
                + (include.isEmpty() ? "" : " include(" + String.join(",", include) + ")")
                + (predicate == null ? "" : " where " + predicate);
    }

    /**
     * Attributes the diff compares; {@code valid} is {@code false} for an invalid index, with
     * {@code (unique: enforces nothing)} for a unique one, whose risk is higher.
     */
    public Map<String, String> attributes() {
        return new Attributes().put("unique", unique).put("method", method).put("columns", columns)
                .put("include", include).put("predicate", predicate).put("valid", usable() ? "true" : unique ? "false (unique: enforces nothing)" : "false").build();
    }
}
