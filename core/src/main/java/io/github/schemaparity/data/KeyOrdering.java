package io.github.schemaparity.data;

/**
 * How a key column is ordered when ranges are cut. Both sides must order every key the same way,
 * whatever their collations: text is ordered by its bytes, and types whose order the catalog defines
 * (enums) by their label's bytes.
 */
public enum KeyOrdering {
    /** The type's own order, the same on every server (numbers, dates, UUIDs). */
    NATURAL,
    /** Character data, ordered by bytes ({@code COLLATE "C"}, {@code BINARY}). */
    BINARY,
    /** Ordered by the bytes of its text form (enums, whose order a catalog could define differently). */
    TEXT_FORM
}
