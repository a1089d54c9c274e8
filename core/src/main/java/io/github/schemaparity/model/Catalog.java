package io.github.schemaparity.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything captured from one database: its schemas and the database-wide objects.
 *
 * @param engine        the database engine
 * @param serverVersion the server's version as it reports it, e.g. {@code 16.4}
 * @param schemas       the captured schemas, sorted by name
 * @param extensions    installed extensions (PostgreSQL), sorted by name
 * @param settings      server settings that change behaviour, sorted by name (may be empty)
 * @param migrationHistory the rows of the migration tools' history tables, by tool then rank (empty: the
 *                      database has none, or it was captured before SchemaParity read them)
 */
public record Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
        List<Setting> settings, List<AppliedMigration> migrationHistory) {
    public Catalog {
        schemas = Canonical.sorted(schemas, Canonical.byName());
        extensions = Canonical.sorted(extensions, Canonical.byName());
        settings = Canonical.sorted(settings, Canonical.byName());
        migrationHistory = Canonical.sorted(migrationHistory,
                Comparator.comparing(AppliedMigration::tool).thenComparingInt(AppliedMigration::rank));
    }

    /** A catalog without migration history (what the catalog readers capture). */
    public Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
            List<Setting> settings) {
        this(engine, serverVersion, schemas, extensions, settings, List.of());
    }

    /** A copy carrying the given migration history rows. */
    public Catalog withMigrationHistory(List<AppliedMigration> rows) {
        return new Catalog(engine, serverVersion, schemas, extensions, settings, rows);
    }

    /**
     * The server's major version as the engine counts it ({@link MajorVersion}): {@code 16} for PostgreSQL
     * 16.4, {@code 9.6} for 9.6.24, {@code 10.11} for MariaDB 10.11.6; {@code null} when unknown.
     */
    public String majorVersion() {
        return engine == null ? null : MajorVersion.of(engine, serverVersion).orElse(null);
    }
}
