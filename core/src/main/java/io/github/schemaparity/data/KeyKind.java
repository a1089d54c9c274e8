package io.github.schemaparity.data;

/** What identifies a row of a table. */
public enum KeyKind {
    /** The primary key. */
    PRIMARY,
    /** A unique constraint or index over non-null columns. */
    UNIQUE,
    /** Nothing: the table is compared by count and a whole-table checksum. */
    NONE
}
