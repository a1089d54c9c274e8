package io.github.schemaparity.diff;

/**
 * What the diff knows about a difference beyond its display values, computed from the two model objects
 * while comparing them. The risk table and the fix planner read these instead of parsing
 * {@link Difference#expected()} and {@link Difference#actual()}, which are text for people.
 *
 * <p>Directions are always "actual relative to expected": {@link #TYPE_WIDENED} means the actual column
 * holds more values than the expected one.
 */
public enum Fact {
    /** A CHANGED column {@code type}: the actual type holds every value of the expected one, and more. */
    TYPE_WIDENED,
    /** A CHANGED column {@code type}: the expected type holds every value of the actual one, and more. */
    TYPE_NARROWED,
    /** A CHANGED column {@code nullable}: actual is NOT NULL where expected allows null. */
    NULLABLE_TIGHTENED,
    /** A CHANGED column {@code nullable}: actual allows null where expected is NOT NULL. */
    NULLABLE_RELAXED,
    /**
     * A MISSING or UNEXPECTED column every INSERT must give a value: NOT NULL without default, identity
     * or generation expression. Code that does not know the column cannot insert rows into its table.
     */
    REQUIRES_VALUE,
    /**
     * A MISSING or UNEXPECTED index that enforces uniqueness, or a CHANGED {@code valid} of a unique index
     * that is invalid on one side (where it enforces nothing).
     */
    UNIQUE;

    /** The same fact seen from the other side ({@code diff(actual, expected)}): directions swap, the rest stay. */
    public Fact reversed() {
        return switch (this) {
            case TYPE_WIDENED -> TYPE_NARROWED;
            case TYPE_NARROWED -> TYPE_WIDENED;
            case NULLABLE_TIGHTENED -> NULLABLE_RELAXED;
            case NULLABLE_RELAXED -> NULLABLE_TIGHTENED;
            case REQUIRES_VALUE, UNIQUE -> this;
        };
    }
}
