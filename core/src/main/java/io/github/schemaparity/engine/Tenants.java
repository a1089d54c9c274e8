package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import java.util.regex.Pattern;

/**
 * Tenants mode: one schema per tenant, all built by the same migrations. Every schema of the actual side
 * (production, the reference) whose name matches {@code pattern} is a tenant and is compared with one
 * template schema: the schema the migrations build (a check's candidate, a compare's expected side), or,
 * with {@code reference}, that one tenant. A schema that does not match is not a tenant and is left out of
 * the comparison (it is neither compared nor reported as unexpected).
 *
 * @param pattern   a glob over schema names: {@code *} any run of characters, {@code ?} one character,
 *                  everything else itself, matched against the whole name, e.g. {@code tenant_*}
 * @param reference the tenant the others are compared with instead of the migrations' schema, or {@code null}
 */
public record Tenants(String pattern, String reference) {
    public Tenants {
        if (pattern == null || pattern.isBlank()) {
            throw new SchemaParityException("Empty tenants pattern: give a glob over schema names, e.g. tenant_*");
        }
        pattern = pattern.trim();
        reference = reference == null || reference.isBlank() ? null : reference.trim();
    }

    /** Every schema matching {@code pattern} compared with the migrations' schema. */
    public static Tenants matching(String pattern) {
        return new Tenants(pattern, null);
    }

    /** The same tenants compared with the one tenant {@code reference}. */
    public Tenants against(String reference) {
        return new Tenants(pattern, reference);
    }

    /** Whether the schema {@code name} is a tenant (the reference tenant itself included). */
    public boolean matches(String name) {
        return regex().matcher(name).matches();
    }

    /** The pattern as a test, compiled once: for loops over many schemas. */
    java.util.function.Predicate<String> matcher() {
        Pattern compiled = regex();
        return name -> compiled.matcher(name).matches();
    }

    private Pattern regex() {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return pattern + (reference == null ? "" : " against " + reference);
    }
}
