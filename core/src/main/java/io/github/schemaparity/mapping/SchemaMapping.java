package io.github.schemaparity.mapping;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Catalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which schema of the expected side stands for which schema of the actual side, when the two are named
 * differently: a candidate database {@code sp_app_1234} for production's {@code app} on MySQL/MariaDB
 * (where a database is the schema), or a PostgreSQL {@code staging} schema for production's
 * {@code public}.
 *
 * <p>Written as users write it: {@code expected=actual} pairs separated by commas, e.g.
 * {@code staging=public,staging_audit=audit}: the left name is the expected side's (the candidate's,
 * or the first database of {@code compare}), the right name is the actual side's (production's, or the
 * second database). The mapping is applied to the expected side's catalog before the diff, so every
 * object path, report and ignore glob uses the actual side's names.
 *
 * @param expectedToActual expected-side schema name to actual-side schema name, in the order given
 */
public record SchemaMapping(Map<String, String> expectedToActual) {
    private static final SchemaMapping NONE = new SchemaMapping(Map.of());

    public SchemaMapping {
        expectedToActual = Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(expectedToActual, "expectedToActual")));
        long targets = expectedToActual.values().stream().distinct().count();
        if (targets != expectedToActual.size()) {
            throw new SchemaParityException("Invalid schemaMapping " + format(expectedToActual)
                    + ": two expected schemas are mapped to the same actual schema");
        }
    }

    /** No renaming. */
    public static SchemaMapping none() {
        return NONE;
    }

    /** One pair: the expected side's {@code expected} stands for the actual side's {@code actual}. */
    public static SchemaMapping of(String expected, String actual) {
        return expected.equals(actual) ? NONE : new SchemaMapping(Map.of(expected, actual));
    }

    /**
     * Reads {@code expected=actual,...} as a user writes it; blank or {@code null} is {@link #none()}.
     *
     * @throws SchemaParityException naming the entry that is not of the form {@code expected=actual}
     */
    public static SchemaMapping parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String expected = equals < 0 ? "" : entry.substring(0, equals).trim();
            String actual = equals < 0 ? "" : entry.substring(equals + 1).trim();
            if (expected.isEmpty() || actual.isEmpty() || actual.contains("=")) {
                throw new SchemaParityException("Invalid schemaMapping entry '" + entry.trim()
                        + "': write expected=actual, e.g. staging=public (several separated by commas)");
            }
            if (pairs.containsKey(expected)) {
                throw new SchemaParityException("Invalid schemaMapping: schema '" + expected + "' is mapped twice");
            }
            if (!expected.equals(actual)) {
                pairs.put(expected, actual);
            }
        }
        return new SchemaMapping(pairs);
    }

    /** Whether nothing is renamed. */
    public boolean isEmpty() {
        return expectedToActual.isEmpty();
    }

    /** The actual side's name for an expected-side schema (itself when not mapped). */
    public String toActual(String expected) {
        return expectedToActual.getOrDefault(expected, expected);
    }

    /**
     * The expected side's name for an actual-side schema: the schema mapped to it, else the same name,
     * else {@code null} when the expected schema of that name is itself mapped to another name.
     */
    public String toExpected(String actual) {
        for (Map.Entry<String, String> pair : expectedToActual.entrySet()) {
            if (pair.getValue().equals(actual)) {
                return pair.getKey();
            }
        }
        return expectedToActual.containsKey(actual) ? null : actual;
    }

    /**
     * The expected side's names for a list of actual-side schemas (what to capture on the expected
     * side when the comparison is restricted to {@code actualSchemas}).
     */
    public List<String> toExpected(List<String> actualSchemas) {
        return actualSchemas.stream().map(this::toExpected).filter(Objects::nonNull).toList();
    }

    /**
     * This mapping plus one more pair; a pair for the same expected schema in this mapping wins.
     */
    public SchemaMapping with(String expected, String actual) {
        if (expectedToActual.containsKey(expected) || expected.equals(actual)) {
            return this;
        }
        Map<String, String> pairs = new LinkedHashMap<>(expectedToActual);
        pairs.put(expected, actual);
        return new SchemaMapping(pairs);
    }

    /**
     * The expected side's catalog with its schemas renamed to the actual side's names, and every
     * reference to a renamed schema (foreign key targets, qualified names in types, defaults, view,
     * routine and trigger text) following.
     *
     * @throws SchemaParityException when a renamed schema would collide with a schema of the same
     *                               name that the catalog already holds
     */
    public Catalog apply(Catalog expected) {
        if (isEmpty()) {
            return expected;
        }
        return new CatalogRenamer(this).rename(expected);
    }

    /** {@code staging=public,a=b}, as {@link #parse} reads it. */
    @Override
    public String toString() {
        return format(expectedToActual);
    }

    private static String format(Map<String, String> pairs) {
        return pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
