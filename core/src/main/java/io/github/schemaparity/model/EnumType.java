package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * An enum type.
 *
 * @param name    type name
 * @param labels  labels in their sort order (order matters: it is the type's ordering)
 * @param comment comment, or {@code null}
 */
public record EnumType(String name, List<String> labels, String comment) implements Named {
    public EnumType {
        labels = Canonical.list(labels);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("labels", labels).put("comment", comment).build();
    }
}
