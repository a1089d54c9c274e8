package io.github.schemaparity.data;

/** The integrity checks run on each side. */
public enum IntegrityCheck {
    /** Rows whose foreign key points at no row. */
    ORPHAN_ROWS,
    /** A constraint added {@code NOT VALID} and never validated (PostgreSQL). */
    NOT_VALID_CONSTRAINT,
    /** A table with disabled triggers, foreign-key triggers included (PostgreSQL). */
    DISABLED_TRIGGERS,
    /** A sequence or AUTO_INCREMENT counter that would hand out a value already in its column. */
    SEQUENCE_BEHIND
}
