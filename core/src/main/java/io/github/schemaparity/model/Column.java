package io.github.schemaparity.model;

import java.util.Map;

/**
 * A table column.
 *
 * @param name         column name
 * @param position     1-based ordinal position (compared only when column order is asked for)
 * @param type         normalised type, e.g. {@code integer}, {@code varchar(50)}, {@code numeric(10,2)},
 *                     {@code timestamptz}, {@code public.mood}, {@code text[]}
 * @param nullable     whether NULL is allowed
 * @param defaultValue normalised default expression, or {@code null} for none
 * @param identity     {@code ALWAYS} or {@code BY DEFAULT} for identity columns, else {@code null}
 * @param generated    expression of a generated column, else {@code null}
 * @param collation    collation when it differs from the type's default, else {@code null}
 * @param comment      comment, or {@code null}
 */
public record Column(String name, int position, String type, boolean nullable, String defaultValue, String identity,
        String generated, String collation, String comment) implements Named {

    /** Attributes the diff compares. Position is not among them: see {@link #position()}. */
    public Map<String, String> attributes() {
        return new Attributes().put("type", type).put("nullable", nullable).put("default", defaultValue)
                .put("identity", identity).put("generated", generated).put("collation", collation)
                .put("comment", comment).build();
    }
}
