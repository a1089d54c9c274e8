package io.github.schemaparity.data;

/**
 * A column as the data comparison sees it.
 *
 * @param name     the column name
 * @param type     the type as the catalog spells it, e.g. {@code timestamp with time zone}, {@code varchar(20)}
 * @param kind     how the engine canonicalises its values before hashing
 * @param ordering how key ranges order it so that both sides cut at the same keys
 * @param charset  the character set its values are stored in (MySQL/MariaDB character data, as
 *                 {@code information_schema} names it), or null where none applies or it is not known
 */
public record ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering, String charset) {
    /** A column whose character set does not matter to its canonical form. */
    public ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering) {
        this(name, type, kind, ordering, null);
    }
}
