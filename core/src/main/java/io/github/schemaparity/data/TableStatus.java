package io.github.schemaparity.data;

/** The outcome for one table. */
public enum TableStatus {
    /** Same rows on both sides. */
    EQUAL,
    /** Rows missing, unexpected or changed. */
    DIFFERENT,
    /** The table exists only on the expected side. */
    MISSING,
    /** The table exists only on the actual side. */
    UNEXPECTED,
    /** Not compared; the result says why. */
    SKIPPED
}
