package io.github.schemaparity.data;

/** How one row differs. */
public enum ChangeKind {
    /** On the expected side only. */
    MISSING,
    /** On the actual side only. */
    UNEXPECTED,
    /** On both sides, with other values. */
    CHANGED
}
