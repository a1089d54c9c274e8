package io.github.schemaparity.model;

import java.util.Map;
import java.util.SortedMap;

/**
 * A foreign data wrapper ({@code CREATE FOREIGN DATA WRAPPER}, PostgreSQL), database-wide. One that an
 * extension created ({@code postgres_fdw}, {@code file_fdw}) is the extension's and not captured: the
 * extension and its version are compared instead. An option whose name suggests a secret
 * ({@link ForeignServer#secretOption}) is left out, as a server's is.
 *
 * @param name      wrapper name
 * @param handler   its handler function, schema-qualified without parentheses, or {@code null}
 * @param validator its validator function, schema-qualified without parentheses, or {@code null}
 * @param options   its options, sorted by name
 * @param comment   comment, or {@code null}
 */
public record ForeignDataWrapper(String name, String handler, String validator, SortedMap<String, String> options,
        String comment) implements Named {
    public ForeignDataWrapper {
        options = Canonical.map(options);
    }

    /** Attributes the diff compares: the options each as {@code option.<name>}. */
    public Map<String, String> attributes() {
        Attributes attributes = new Attributes().put("handler", handler).put("validator", validator);
        options.forEach((key, value) -> attributes.put("option." + key, value));
        return attributes.put("comment", comment).build();
    }
}
