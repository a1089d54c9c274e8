package io.github.schemaparity.data;

/** The families of values that need their own canonical form before hashing. */
public enum ValueKind {
    /** Whole numbers: keys of this kind are split arithmetically. */
    INTEGER,
    /** Exact decimals, compared by value (1.50 = 1.5). */
    DECIMAL,
    /** Binary floating point: -0.0 = 0.0. */
    FLOAT,
    /** Character data: trailing spaces and letter case count. */
    TEXT,
    /** Bytes. */
    BINARY,
    /** Points in time with a time zone: compared as UTC instants. */
    INSTANT,
    /** Everything else, in the engine's own text form (dates, JSON, UUIDs, arrays, ...). */
    OTHER
}
