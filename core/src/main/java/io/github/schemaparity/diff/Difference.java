package io.github.schemaparity.diff;

/**
 * One difference between the expected and the actual catalog, before any policy is applied.
 *
 * @param objectType what kind of object
 * @param object     the object path, e.g. {@code public.orders.status} (see the design notes)
 * @param change     MISSING, UNEXPECTED or CHANGED
 * @param attribute  for CHANGED, the one attribute that differs (e.g. {@code type}); for a PRIVILEGE, the
 *                   grant ({@code grantee:PRIVILEGE}, e.g. {@code reader:SELECT}); else {@code null}
 * @param expected   the expected value (CHANGED), or a short description of the missing object; may be {@code null}
 * @param actual     the actual value (CHANGED), or a short description of the unexpected object; may be {@code null}
 */
public record Difference(ObjectType objectType, String object, Change change, String attribute, String expected,
        String actual) {
}
