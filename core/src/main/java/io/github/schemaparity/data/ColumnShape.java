package io.github.schemaparity.data;

/**
 * A column as the data comparison sees it.
 *
 * @param name     the column name
 * @param type     the type as the catalog spells it, e.g. {@code timestamp with time zone}, {@code varchar(20)}
 * @param kind     how the engine canonicalises its values before hashing
 * @param ordering how key ranges order it so that both sides cut at the same keys
 */
public record ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering) {
}
