package io.github.schemaparity.model;

import java.util.Map;

/**
 * An installed extension (PostgreSQL).
 *
 * @param name    extension name
 * @param version installed version
 * @param schema  schema it was installed into
 */
public record Extension(String name, String version, String schema) implements Named {

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("version", version).put("schema", schema).build();
    }
}
