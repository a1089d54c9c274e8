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
 * @param databaseSettings settings stored for the database and for roles in it (PostgreSQL), database-level
 *                      first; role-level ones only when privileges are captured
 * @param notCompared   objects present in the database that the model does not compare, by kind and path
 * @param coverage      the parts of the model captured beyond the first snapshot format (see {@link Coverage});
 *                      empty for a snapshot written before they existed, sorted
 * @param foreignServers foreign servers (PostgreSQL), sorted by name
 * @param eventTriggers database-wide triggers on DDL (PostgreSQL), sorted by name
 * @param publications  publications for logical replication (PostgreSQL), sorted by name
 * @param foreignDataWrappers foreign data wrappers not owned by an extension (PostgreSQL), sorted by name
 */
public record Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
        List<Setting> settings, List<AppliedMigration> migrationHistory, List<DatabaseSetting> databaseSettings,
        List<NotCompared> notCompared, List<String> coverage, List<ForeignServer> foreignServers,
        List<EventTrigger> eventTriggers, List<Publication> publications,
        List<ForeignDataWrapper> foreignDataWrappers) {
    public Catalog {
        publications = Canonical.sorted(publications, Canonical.byName());
        foreignDataWrappers = Canonical.sorted(foreignDataWrappers, Canonical.byName());
        foreignServers = Canonical.sorted(foreignServers, Canonical.byName());
        eventTriggers = Canonical.sorted(eventTriggers, Canonical.byName());
        schemas = Canonical.sorted(schemas, Canonical.byName());
        extensions = Canonical.sorted(extensions, Canonical.byName());
        settings = Canonical.sorted(settings, Canonical.byName());
        migrationHistory = Canonical.sorted(migrationHistory,
                Comparator.comparing(AppliedMigration::tool).thenComparingInt(AppliedMigration::rank));
        databaseSettings = Canonical.sorted(databaseSettings, DatabaseSetting.ORDER);
        notCompared = Canonical.sorted(notCompared, NotCompared.ORDER);
        coverage = Canonical.sortedStrings(coverage);
    }

    /** A catalog without publications and foreign data wrappers (as a snapshot written before them reads). */
    public Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
            List<Setting> settings, List<AppliedMigration> migrationHistory, List<DatabaseSetting> databaseSettings,
            List<NotCompared> notCompared, List<String> coverage, List<ForeignServer> foreignServers,
            List<EventTrigger> eventTriggers) {
        this(engine, serverVersion, schemas, extensions, settings, migrationHistory, databaseSettings, notCompared,
                coverage, foreignServers, eventTriggers, List.of(), List.of());
    }

    /** A catalog without foreign servers and event triggers (every engine but PostgreSQL). */
    public Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
            List<Setting> settings, List<AppliedMigration> migrationHistory, List<DatabaseSetting> databaseSettings,
            List<NotCompared> notCompared, List<String> coverage) {
        this(engine, serverVersion, schemas, extensions, settings, migrationHistory, databaseSettings, notCompared,
                coverage, List.of(), List.of());
    }

    /** A catalog without the parts added after the first snapshot format (as such a snapshot reads). */
    public Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
            List<Setting> settings, List<AppliedMigration> migrationHistory) {
        this(engine, serverVersion, schemas, extensions, settings, migrationHistory, List.of(), List.of(), List.of());
    }

    /** A catalog without migration history (what the catalog readers capture). */
    public Catalog(Engine engine, String serverVersion, List<Schema> schemas, List<Extension> extensions,
            List<Setting> settings) {
        this(engine, serverVersion, schemas, extensions, settings, List.of());
    }

    /** A copy carrying the given migration history rows. */
    public Catalog withMigrationHistory(List<AppliedMigration> rows) {
        return with(parts -> parts.migrationHistory = rows);
    }

    /** A copy with other schemas, all else kept. */
    public Catalog withSchemas(List<Schema> newSchemas) {
        return with(parts -> parts.schemas = newSchemas);
    }

    /** A copy with other server settings, all else kept. */
    public Catalog withSettings(List<Setting> newSettings) {
        return with(parts -> parts.settings = newSettings);
    }

    /** A copy with other database settings and not-compared objects, all else kept. */
    public Catalog withLedger(List<DatabaseSetting> newDatabaseSettings, List<NotCompared> newNotCompared,
            List<String> newCoverage) {
        return with(parts -> {
            parts.databaseSettings = newDatabaseSettings;
            parts.notCompared = newNotCompared;
            parts.coverage = newCoverage;
        });
    }

    /** A copy with other foreign servers, all else kept. */
    public Catalog withForeignServers(List<ForeignServer> newForeignServers) {
        return with(parts -> parts.foreignServers = newForeignServers);
    }

    /** A copy with other event triggers, all else kept. */
    public Catalog withEventTriggers(List<EventTrigger> newEventTriggers) {
        return with(parts -> parts.eventTriggers = newEventTriggers);
    }

    /** A copy with other publications, all else kept. */
    public Catalog withPublications(List<Publication> newPublications) {
        return with(parts -> parts.publications = newPublications);
    }

    /** A copy with other foreign data wrappers, all else kept. */
    public Catalog withForeignDataWrappers(List<ForeignDataWrapper> newForeignDataWrappers) {
        return with(parts -> parts.foreignDataWrappers = newForeignDataWrappers);
    }

    /** The one copy path of the with-methods: a new component is added here (and in {@link Parts}) only. */
    private Catalog with(java.util.function.Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new Catalog(parts.engine, parts.serverVersion, parts.schemas, parts.extensions, parts.settings,
                parts.migrationHistory, parts.databaseSettings, parts.notCompared, parts.coverage,
                parts.foreignServers, parts.eventTriggers, parts.publications, parts.foreignDataWrappers);
    }

    /** The components of a catalog being copied, each replaceable before the copy is built. */
    private static final class Parts {
        Engine engine;
        String serverVersion;
        List<Schema> schemas;
        List<Extension> extensions;
        List<Setting> settings;
        List<AppliedMigration> migrationHistory;
        List<DatabaseSetting> databaseSettings;
        List<NotCompared> notCompared;
        List<String> coverage;
        List<ForeignServer> foreignServers;
        List<EventTrigger> eventTriggers;
        List<Publication> publications;
        List<ForeignDataWrapper> foreignDataWrappers;

        Parts(Catalog catalog) {
            engine = catalog.engine;
            serverVersion = catalog.serverVersion;
            schemas = catalog.schemas;
            extensions = catalog.extensions;
            settings = catalog.settings;
            migrationHistory = catalog.migrationHistory;
            databaseSettings = catalog.databaseSettings;
            notCompared = catalog.notCompared;
            coverage = catalog.coverage;
            foreignServers = catalog.foreignServers;
            eventTriggers = catalog.eventTriggers;
            publications = catalog.publications;
            foreignDataWrappers = catalog.foreignDataWrappers;
        }
    }

    /** Whether this catalog was captured with a part of the model (one of {@link Coverage}'s names). */
    public boolean covers(String part) {
        return coverage.contains(part);
    }

    /**
     * The server's major version as the engine counts it ({@link MajorVersion}): {@code 16} for PostgreSQL
     * 16.4, {@code 9.6} for 9.6.24, {@code 10.11} for MariaDB 10.11.6; {@code null} when unknown.
     */
    public String majorVersion() {
        return engine == null ? null : MajorVersion.of(engine, serverVersion).orElse(null);
    }
}
