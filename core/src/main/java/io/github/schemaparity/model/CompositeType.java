package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A composite type ({@code CREATE TYPE name AS (...)}, PostgreSQL).
 *
 * @param name    type name
 * @param fields  the type's attributes (PostgreSQL's word) in their order, which is part of the type:
 *                a row value {@code ROW(1, 'a')} fills them by position
 * @param comment comment, or {@code null}
 */
public record CompositeType(String name, List<Field> fields, String comment) implements Named {
    public CompositeType {
        fields = Canonical.list(fields);
    }

    /**
     * One attribute of a composite type.
     *
     * @param name      attribute name
     * @param type      normalised type, as a column's (e.g. {@code varchar(20)}, {@code public.mood})
     * @param collation collation when it differs from the type's default, else {@code null}
     */
    public record Field(String name, String type, String collation) {
        /** {@code name type[ COLLATE collation]}, as the diff shows it (the name unquoted). */
        public String spelled() {
            return name + " " + type + (collation == null ? "" : " COLLATE " + collation);
        }
    }

    /** The attributes as one text, e.g. {@code id integer, label text COLLATE C}. */
    public String fieldList() {
        return fields.stream().map(Field::spelled).collect(Collectors.joining(", "));
    }

    /** Attributes the diff compares: the attribute list as one value (order matters), and the comment. */
    public Map<String, String> attributes() {
        return new Attributes().put("fields", fields.isEmpty() ? null : fieldList()).put("comment", comment).build();
    }
}
