package io.github.schemaparity.diff;

/** How an object differs between the expected and the actual catalog. */
public enum Change {
    /** In expected, absent from actual. */
    MISSING,
    /** In actual only. */
    UNEXPECTED,
    /** In both, with one attribute that differs. */
    CHANGED
}
