package io.github.schemaparity.model;

import java.util.Map;

/**
 * A check constraint.
 *
 * @param name          constraint name
 * @param nameGenerated whether the name follows the engine's naming scheme for unnamed constraints
 * @param expression    normalised boolean expression, e.g. {@code (price > 0)}
 * @param validated     {@code false} for a NOT VALID constraint
 */
public record CheckConstraint(String name, boolean nameGenerated, String expression, boolean validated)
        implements Named {

    /** What identifies this constraint when names differ. */
    public String signature() {
        return expression;
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("expression", expression).put("validated", validated).build();
    }
}
