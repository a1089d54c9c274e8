package io.github.schemaparity.model;

import java.util.Comparator;

/**
 * An object a capture found in the database but does not compare: a kind the model has no place for
 * (a foreign table, an event trigger, a text search configuration), or one a capture option left out
 * (grants with privileges off). Every report lists them, so a PASS never hides what it did not look at.
 *
 * @param kind   what kind of object, singular and lower case, e.g. {@code foreign table}
 * @param object its path: {@code schema.name} inside a schema, the bare name for database-wide objects
 * @param reason why it is not compared, e.g. {@code kind not compared by SchemaParity}
 */
public record NotCompared(String kind, String object, String reason) {
    /** The reason for a kind the model has no place for. */
    public static final String UNSUPPORTED = "kind not compared by SchemaParity";

    /** The order catalogs keep them in: kind, then path, then reason. */
    static final Comparator<NotCompared> ORDER = Comparator.comparing(NotCompared::kind)
            .thenComparing(NotCompared::object).thenComparing(NotCompared::reason);
}
