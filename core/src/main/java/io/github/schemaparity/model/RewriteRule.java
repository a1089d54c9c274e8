package io.github.schemaparity.model;

import java.util.Map;

/**
 * A rewrite rule on a table or view (PostgreSQL {@code CREATE RULE}), other than the {@code _RETURN} rule that
 * makes a view: it replaces or adds to the writes (or reads) of its relation, so a missing one changes what
 * the same statement does.
 *
 * @param relation   the table or view it is on, in the rule's schema
 * @param name       rule name, unique on its relation
 * @param definition the rule from its event on ({@code on insert to public.orders where ... do instead ...}),
 *                   as the server's deparser prints it, normalised
 * @param enabled    {@code ENABLED}, {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 */
public record RewriteRule(String relation, String name, String definition, String enabled) implements Named {
    /** Its path within its schema: {@code relation.name}. */
    public String path() {
        return relation + "." + name;
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("definition", definition).put("enabled", enabled).build();
    }
}
