package io.github.schemaparity.database.postgres;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Setting;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast PostgreSQL capture: a dozen set-based {@code pg_catalog} queries, one per object kind across
 * all captured schemas, never one round trip per table. Works on PostgreSQL 13 to 18.
 *
 * <p>It works for a role that owns nothing (a replica user): definitions come only from the server's
 * deparsers ({@code pg_get_viewdef}, {@code pg_get_triggerdef}, {@code pg_get_constraintdef},
 * {@code pg_get_expr}, {@code pg_get_indexdef}, {@code format_type}, {@code pg_get_function_*}), never
 * from {@code information_schema} views that hide objects the role does not own.
 *
 * <p>It issues only SELECTs. For deterministic output it pins, through {@code SELECT set_config(...)},
 * {@code search_path = pg_catalog} (so every name outside {@code pg_catalog} is schema-qualified, e.g.
 * {@code public.mood}), {@code TimeZone = UTC}, {@code DateStyle = ISO, MDY},
 * {@code IntervalStyle = postgres} and {@code extra_float_digits = 1}, and puts the session's own
 * values back before returning. With auto-commit off the values are transaction-local.
 *
 * <p>Each object kind is one query, so with auto-commit on, concurrent DDL between two queries can
 * show up half-way; callers that need one consistent picture run the capture inside a single
 * repeatable-read transaction ({@code capture.ConsistentCapture} also checks that no DDL committed
 * meanwhile, as the deparsers read the newest catalog).
 *
 * <p>Server settings ({@code TimeZone}, {@code DateStyle}, encoding, collation, ...) are the server's and
 * the database's defaults, read before the session is pinned: see {@link SettingQuery}.
 *
 * <p>Triggers on views are read with the tables' ({@link TriggerQuery}), event triggers by
 * {@link EventTriggerQuery}, extended statistics by {@link StatisticsQuery}, rules by {@link RuleQuery},
 * collations by {@link CollationQuery}, publications by {@link PublicationQuery}, foreign data wrappers and
 * servers by {@link ForeignQuery}. Not captured, as the model has no place for them yet: text search
 * configurations and more
 * (user mappings are listed by server and role only: their options hold passwords):
 * {@link NotComparedQuery} lists each such object in {@link Catalog#notCompared()}, so every report names
 * what was not looked at. Settings stored for the database and its roles are read by
 * {@link DatabaseSettingQuery}.
 *
 * <p>Objects that belong to an extension (pg_depend type {@code e}) are left out: they come with the
 * extension, which is captured by name, version and schema.
 */
public final class PgCatalogReader implements CatalogReader {

    @Override
    public Catalog read(Connection connection, CaptureOptions options) throws SQLException {
        // before pinning: the settings are the server's defaults, not what this session pins
        List<Setting> settings = SettingQuery.load(connection);
        try (SessionSettings pinned = SessionSettings.pin(connection)) {
            return capture(pinned.connection(), options, settings);
        }
    }

    private static Catalog capture(Connection connection, CaptureOptions options, List<Setting> settings)
            throws SQLException {
        String version;
        int versionNumber;
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                "SELECT current_setting('server_version'), current_setting('server_version_num')::int")) {
            row.next();
            version = serverVersion(row.getString(1));
            versionNumber = row.getInt(2);
        }
        Map<String, String> schemaComments = SchemaQuery.resolve(connection, options.schemas());
        Array schemas = connection.createArrayOf("text", schemaComments.keySet().toArray());

        // Queries that lock no user relation first; the server's deparsers (pg_get_expr, pg_get_indexdef,
        // pg_get_constraintdef, pg_get_viewdef, pg_get_triggerdef) take an AccessShareLock on each table
        // they describe, held to the end of the transaction: last, so that on a hot standby the locks
        // WAL replay may need are held as briefly as possible.
        Map<String, List<Sequence>> sequences = SequenceQuery.load(connection, schemas);
        Map<String, List<Routine>> routines = RoutineQuery.load(connection, schemas, versionNumber);
        PgCatalogQueries.Types types = TypeQuery.load(connection, schemas);
        UserTypeQuery.UserTypes userTypes = UserTypeQuery.load(connection, schemas, versionNumber);
        List<Extension> extensions = ExtensionQuery.load(connection);
        List<io.github.schemaparity.model.EventTrigger> eventTriggers = EventTriggerQuery.load(connection);
        Map<Long, Relation> relations = RelationQuery.load(connection, schemas);
        ColumnQuery.load(connection, schemas, relations);
        ConstraintQuery.load(connection, schemas, relations, versionNumber);
        InheritanceQuery.load(connection, schemas, relations);
        IndexQuery.load(connection, schemas, relations);
        TriggerQuery.load(connection, schemas, relations);
        PolicyQuery.load(connection, schemas, relations);
        Map<String, List<io.github.schemaparity.model.Statistics>> statistics = StatisticsQuery.load(connection, schemas,
                versionNumber);
        Map<String, List<io.github.schemaparity.model.RewriteRule>> rules = RuleQuery.load(connection, schemas);
        Map<String, List<io.github.schemaparity.model.Collation>> collations = CollationQuery.load(connection, schemas,
                versionNumber);
        List<io.github.schemaparity.model.Publication> publications = PublicationQuery.load(connection, versionNumber);
        if (options.privileges()) {
            PrivilegeQuery.load(connection, schemas, relations);
        }
        DatabaseSettingQuery.Result databaseSettings = DatabaseSettingQuery.load(connection, options.privileges());
        List<NotCompared> notCompared = new ArrayList<>(NotComparedQuery.load(connection, schemas,
                options.privileges()));
        notCompared.addAll(databaseSettings.notCompared());
        ForeignQuery.Servers servers = ForeignQuery.servers(connection);
        notCompared.addAll(servers.notCompared());
        ForeignQuery.tables(connection, schemas, relations, notCompared);
        List<io.github.schemaparity.model.ForeignDataWrapper> wrappers = ForeignQuery.wrappers(connection, notCompared);

        Map<String, List<Table>> tables = new HashMap<>();
        Map<String, List<View>> views = new HashMap<>();
        for (Relation relation : relations.values()) {
            if (relation.isTable()) {
                tables.computeIfAbsent(relation.schema, s -> new ArrayList<>()).add(relation.toTable());
            } else {
                views.computeIfAbsent(relation.schema, s -> new ArrayList<>()).add(relation.toView());
            }
        }
        List<Schema> captured = new ArrayList<>();
        schemaComments.forEach((name, comment) -> captured.add(new Schema(name, comment,
                tables.getOrDefault(name, List.of()), views.getOrDefault(name, List.of()),
                sequences.getOrDefault(name, List.of()), routines.getOrDefault(name, List.of()),
                types.enums().getOrDefault(name, List.of()), types.domains().getOrDefault(name, List.of()), List.of(),
                userTypes.composites().getOrDefault(name, List.of()), userTypes.ranges().getOrDefault(name, List.of()),
                statistics.getOrDefault(name, List.of()), rules.getOrDefault(name, List.of()),
                collations.getOrDefault(name, List.of()))));
        return new Catalog(Engine.POSTGRESQL, version, captured, extensions, settings)
                .withLedger(databaseSettings.settings(), notCompared, Coverage.POSTGRESQL)
                .withForeignServers(servers.servers())
                .withEventTriggers(eventTriggers)
                .withPublications(publications)
                .withForeignDataWrappers(wrappers);
    }

    /**
     * The server version as a catalog records it: {@code 15.5 (Debian 15.5-1.pgdg120+1)} becomes {@code 15.5}.
     *
     * @param reported {@code server_version} as the server reports it
     * @return the version without a distribution suffix
     */
    public static String serverVersion(String reported) {
        String trimmed = reported.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
