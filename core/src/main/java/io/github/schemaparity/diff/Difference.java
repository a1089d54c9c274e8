package io.github.schemaparity.diff;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One difference between the expected and the actual catalog, before any policy is applied.
 *
 * <p>Equality and hash code cover the six values, not {@code facts}: the facts follow from the compared
 * objects, and a difference read back from a baseline file (which stores no facts) names the same
 * difference as the one the diff found.
 *
 * @param objectType what kind of object
 * @param object     the object path, e.g. {@code public.orders.status}: schema, table, then the object's name
 * @param change     MISSING, UNEXPECTED or CHANGED
 * @param attribute  for CHANGED, the one attribute that differs (e.g. {@code type}); for a PRIVILEGE, the
 *                   grant ({@code grantee:PRIVILEGE}, e.g. {@code reader:SELECT}); else {@code null}
 * @param expected   the expected value (CHANGED), or a short description of the missing object; may be {@code null}
 * @param actual     the actual value (CHANGED), or a short description of the unexpected object; may be {@code null}
 * @param facts      what the diff knows about it beyond the display values (never {@code null}, often empty)
 */
public record Difference(ObjectType objectType, String object, Change change, String attribute, String expected,
        String actual, Set<Fact> facts) {

    public Difference {
        facts = facts == null || facts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(facts));
    }

    /** A difference without facts. */
    public Difference(ObjectType objectType, String object, Change change, String attribute, String expected,
            String actual) {
        this(objectType, object, change, attribute, expected, actual, Set.of());
    }

    /** Whether the diff established {@code fact} for this difference. */
    public boolean has(Fact fact) {
        return facts.contains(fact);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Difference d && objectType == d.objectType && change == d.change
                && Objects.equals(object, d.object) && Objects.equals(attribute, d.attribute)
                && Objects.equals(expected, d.expected) && Objects.equals(actual, d.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectType, object, change, attribute, expected, actual);
    }
}
