package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A domain type.
 *
 * @param name         domain name
 * @param baseType     normalised underlying type
 * @param nullable     {@code false} when the domain is NOT NULL
 * @param defaultValue normalised default, or {@code null}
 * @param checks       normalised CHECK expressions, sorted
 * @param collation    collation when it differs from the base type's, else {@code null}
 * @param comment      comment, or {@code null}
 */
public record Domain(String name, String baseType, boolean nullable, String defaultValue, List<String> checks,
        String collation, String comment) implements Named {
    public Domain {
        checks = Canonical.sortedStrings(checks);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("baseType", baseType).put("nullable", nullable).put("default", defaultValue)
                .put("checks", checks).put("collation", collation).put("comment", comment).build();
    }
}
