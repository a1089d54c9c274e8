package io.github.schemaparity.model;

import java.util.List;

/**
 * Everything captured from one database: its schemas and the database-wide objects.
 *
 * @param engine        the database engine
 * @param serverVersion the server's version as it reports it, e.g. {@code 16.4}
 * @param schemas       the captured schemas, sorted by name
 * @param extensions    installed extensions (PostgreSQL), sorted by name
 * @param settings      server settings that change behaviour, sorted by name (may be empty)
 */
public record Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
        List<Setting> settings) {
    public Catalog {
        schemas = Canonical.sorted(schemas, Canonical.byName());
        extensions = Canonical.sorted(extensions, Canonical.byName());
        settings = Canonical.sorted(settings, Canonical.byName());
    }

    /** The server's major version, e.g. {@code 16} for {@code 16.4} (or {@code 10.11} for MariaDB 10.11.6). */
    public String majorVersion() {
        if (serverVersion == null) {
            return null;
        }
        String[] parts = serverVersion.split("[.\\s-]");
        if (engine == Engine.POSTGRESQL || parts.length < 2) {
            return parts[0];
        }
        return parts[0] + "." + parts[1];
    }
}
