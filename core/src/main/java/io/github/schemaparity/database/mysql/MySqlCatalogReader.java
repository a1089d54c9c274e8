package io.github.schemaparity.database.mysql;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The MySQL and MariaDB capture: set-based {@code information_schema} queries, one per object kind
 * across all captured databases ({@code TABLE_SCHEMA IN (...)}), never one round trip per table.
 *
 * <p>On these servers a database is the schema: {@link Schema#name()} is the database name. Without
 * {@link CaptureOptions#schemas()} the database the connection's URL names is captured.
 *
 * <p>What goes where in the model:
 * <ul>
 * <li>table options {@code engine} ({@code innodb}), {@code rowFormat} ({@code dynamic}) and
 *     {@code collation} (the table's collation);</li>
 * <li>columns: type normalised by {@link MySqlTypes#type}, default by {@link MySqlTypes#defaultValue}
 *     (ON UPDATE CURRENT_TIMESTAMP is the suffix {@code " on update current_timestamp()"} of the default),
 *     {@code AUTO_INCREMENT} as the identity, a generated column's expression followed by {@code STORED} or
 *     {@code VIRTUAL} as generated, the collation only where it differs from the table's;</li>
 * <li>{@code PRIMARY} primary keys, {@code <table>_ibfk_<n>} foreign keys, MySQL {@code <table>_chk_<n>} and
 *     MariaDB {@code CONSTRAINT_<n>} and column-level checks are generated names;</li>
 * <li>unique indexes are unique constraints, other indexes are indexes (see {@link IndexQuery});</li>
 * <li>views and trigger and routine bodies without their own database's qualifier, quoted or not (see
 *     {@link ViewQuery}), so the same schema in databases named {@code app} and {@code app_ci_42} has the
 *     same text;</li>
 * <li>foreign key actions {@code NO ACTION} as {@code RESTRICT} (InnoDB treats them alike), {@code utf8}
 *     character sets and collations as {@code utf8mb3};</li>
 * <li>server settings ({@code sql_mode} as a sorted set, time zones, character set and collation,
 *     {@code lower_case_table_names}, ...) as {@link io.github.schemaparity.model.Setting}s, see
 *     {@link ServerSettingQuery}.</li>
 * </ul>
 *
 * <p>Scheduled events are captured by name, schedule, body, status, on-completion and comment (see
 * {@link EventQuery}).
 *
 * <p>Partitioning is captured by {@link PartitionQuery} (kind {@code PARTITIONED}, options
 * {@code partitionKey}, {@code partitions} and, subpartitioned, {@code subpartitionKey}); MariaDB sequences
 * by {@link SequenceQuery}; table types the model has no place for are listed by {@link NotComparedQuery} in
 * {@link Catalog#notCompared()}.
 *
 * <p>Views carry their {@code SQL SECURITY} and definer, routines, triggers and events their
 * definer, triggers their fire order ({@code ACTION_ORDER}).
 *
 * <p>Not captured yet: privileges, system versioning, view
 * options (algorithm, check option), table-level options beyond the three above
 * (auto_increment counters are data, not schema), and a database's default character set. Check
 * constraints need MariaDB 10.2+ or MySQL 8.0.16+; ignored indexes MariaDB 10.6+.
 */
public final class MySqlCatalogReader implements CatalogReader {

    @Override
    public Catalog read(Connection connection, CaptureOptions options) throws SQLException {
        String reported;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT VERSION()")) {
            row.next();
            reported = row.getString(1);
        }
        boolean mariaDb = reported.contains("MariaDB");
        SchemaFilter schemas = new SchemaFilter(resolveSchemas(connection, options));

        Map<String, TableRows> tables = TableQuery.load(connection, schemas, mariaDb);
        ConstraintQuery.load(connection, schemas, tables, mariaDb);
        IndexQuery.load(connection, schemas, tables, mariaDb, mariaDb ? atLeast(serverVersion(reported), 10, 6)
                : atLeast(serverVersion(reported), 8, 0));
        TriggerQuery.load(connection, schemas, tables);
        Map<String, List<View>> views = ViewQuery.load(connection, schemas);
        Map<String, List<Routine>> routines = RoutineQuery.load(connection, schemas);
        Map<String, List<io.github.schemaparity.model.Event>> events = EventQuery.load(connection, schemas);
        Map<String, List<io.github.schemaparity.model.Sequence>> sequences = mariaDb
                ? SequenceQuery.load(connection, schemas) : Map.of();
        List<io.github.schemaparity.model.NotCompared> notCompared = new ArrayList<>(
                PartitionQuery.load(connection, schemas, tables));
        notCompared.addAll(NotComparedQuery.load(connection, schemas));

        Map<String, List<Table>> tablesBySchema = new HashMap<>();
        tables.values().forEach(t -> tablesBySchema.computeIfAbsent(t.schema, s -> new ArrayList<>()).add(t.toTable()));
        List<Schema> captured = new ArrayList<>();
        for (String name : schemas.schemas()) {
            captured.add(new Schema(name, null, tablesBySchema.getOrDefault(name, List.of()),
                    views.getOrDefault(name, List.of()), sequences.getOrDefault(name, List.of()),
                    routines.getOrDefault(name, List.of()),
                    List.of(), List.of(), events.getOrDefault(name, List.of())));
        }
        return new Catalog(mariaDb ? Engine.MARIADB : Engine.MYSQL, serverVersion(reported), captured, List.of(),
                ServerSettingQuery.load(connection))
                .withLedger(List.of(), notCompared, io.github.schemaparity.model.Coverage.MYSQL);
    }

    /** Whether a {@code major.minor.patch} version is at least {@code major.minor}. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        try {
            int actualMajor = Integer.parseInt(parts[0]);
            int actualMinor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return actualMajor > major || (actualMajor == major && actualMinor >= minor);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /**
     * The version as a catalog records it: {@code 11.4.5-MariaDB-log} becomes {@code 11.4.5},
     * {@code 8.0.36-0ubuntu0.22.04.1} becomes {@code 8.0.36}.
     *
     * @param reported what {@code SELECT VERSION()} returns
     * @return the version without suffixes
     */
    public static String serverVersion(String reported) {
        String trimmed = reported.strip();
        int dash = trimmed.indexOf('-');
        return dash < 0 ? trimmed : trimmed.substring(0, dash);
    }

    private static List<String> resolveSchemas(Connection connection, CaptureOptions options) throws SQLException {
        Set<String> wanted = new LinkedHashSet<>(options.schemas());
        if (wanted.isEmpty()) {
            String current = connection.getCatalog();
            if (current == null || current.isBlank()) {
                throw new SchemaParityException("The MySQL/MariaDB connection names no database: add it to the"
                        + " JDBC URL (jdbc:mariadb://host:3306/<database>) or list the databases to capture");
            }
            wanted.add(current);
        }
        Set<String> existing = new LinkedHashSet<>();
        new SchemaFilter(List.copyOf(wanted)).query(connection,
                "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (?)",
                row -> existing.add(row.getString(1)));
        for (String schema : wanted) {
            if (!existing.contains(schema)) {
                throw new SchemaParityException("Database '" + schema + "' does not exist or is not visible to"
                        + " this user: check the schemas to capture and the user's privileges");
            }
        }
        return List.copyOf(wanted);
    }
}
