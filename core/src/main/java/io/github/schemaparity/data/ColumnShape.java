package io.github.schemaparity.data;

/**
 * A column as the data comparison sees it.
 *
 * @param name       the column name
 * @param type       the type as the catalog spells it, e.g. {@code timestamp with time zone}, {@code varchar(20)}
 * @param kind       how the engine canonicalises its values before hashing
 * @param ordering   how key ranges order it so that both sides cut at the same keys
 * @param charset    the character set its values are stored in (MySQL/MariaDB character data, as
 *                   {@code information_schema} names it), or null where none applies or it is not known
 * @param sharedType both sides declare the column with the same type and character set, so a dialect may
 *                   hash a value in its stored form where the canonical form only bridges declarations that
 *                   differ (a decimal's scale); false on a side read on its own
 */
public record ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering, String charset,
        boolean sharedType) {
    /** A column as one side declares it, before the sides are paired. */
    public ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering, String charset) {
        this(name, type, kind, ordering, charset, false);
    }

    /** A column whose character set does not matter to its canonical form. */
    public ColumnShape(String name, String type, ValueKind kind, KeyOrdering ordering) {
        this(name, type, kind, ordering, null, false);
    }

    /** This column, declared alike on the other side. */
    public ColumnShape withSharedType() {
        return new ColumnShape(name, type, kind, ordering, charset, true);
    }
}
