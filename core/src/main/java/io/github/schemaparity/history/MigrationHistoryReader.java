package io.github.schemaparity.history;

import io.github.schemaparity.model.AppliedMigration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rows of Flyway's and Liquibase's history tables with plain {@code SELECT}s, so it runs in the
 * read-only session a catalog capture uses. Kept apart from the catalog readers: the history says how a
 * database was migrated, not what its schema is.
 *
 * <p>The tables are looked up under their default names ({@code flyway_schema_history},
 * {@code databasechangelog}, any letter case) in the captured schemas first, then in the session's current
 * schema (the connection's database on MySQL/MariaDB); with no schemas given on PostgreSQL, in any
 * non-system schema. The first one of each tool is read. A table the session may not read is
 * reported as a note and left out, never a failure: the history is an addition to the schema comparison.
 */
public final class MigrationHistoryReader {
    private static final String FLYWAY_TABLE = "flyway_schema_history";
    private static final String LIQUIBASE_TABLE = "databasechangelog";

    private MigrationHistoryReader() {
    }

    /**
     * What was read: the rows, and notes on tables that could not be read.
     *
     * @param rows  every history row found, both tools
     * @param notes one line per history table left out, e.g. for a missing SELECT privilege
     */
    public record Result(List<AppliedMigration> rows, List<String> notes) {
        public Result {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Reads the history tables visible through {@code connection}.
     *
     * @param connection an open, read-only connection owned by the caller
     * @param queries    the engine's history-table queries (from its {@code EngineSupport})
     * @param schemas    the schemas the capture is restricted to (searched first), or empty
     * @throws SQLException when a catalog query fails
     */
    public static Result read(Connection connection, HistoryQueries queries, List<String> schemas)
            throws SQLException {
        Map<String, Table> tables = locate(connection, queries, schemas);
        List<AppliedMigration> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Table table : tables.values()) {
            if (!table.readable()) {
                notes.add("migration history " + table.schema() + "." + table.name()
                        + " not read: no SELECT privilege; grant it to compare migration history");
                continue;
            }
            String qualified = queries.quote(table.schema()) + "." + queries.quote(table.name());
            if (table.tool().equals(AppliedMigration.FLYWAY)) {
                rows.addAll(flyway(connection, qualified));
            } else {
                rows.addAll(liquibase(connection, qualified));
            }
        }
        return new Result(rows, notes);
    }

    private record Table(String tool, String schema, String name, boolean readable) {
    }

    /** The first history table of each tool, in the engine's search order. */
    private static Map<String, Table> locate(Connection connection, HistoryQueries queries, List<String> schemas)
            throws SQLException {
        Map<String, Table> first = new LinkedHashMap<>();
        for (HistoryQueries.HistoryTable found : queries.locate(connection, schemas)) {
            String tool = found.name().toLowerCase(Locale.ROOT).equals(FLYWAY_TABLE) ? AppliedMigration.FLYWAY
                    : AppliedMigration.LIQUIBASE;
            first.putIfAbsent(tool, new Table(tool, found.schema(), found.name(), found.readable()));
        }
        return first;
    }

    private static List<AppliedMigration> flyway(Connection connection, String table) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        String sql = "SELECT installed_rank, version, description, type, script, checksum, success FROM " + table
                + " ORDER BY installed_rank";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String version = rs.getString(2);
                String description = rs.getString(3);
                String type = rs.getString(4);
                if ("SCHEMA".equals(type)) {
                    continue; // Flyway's note that it created the schemas: not a migration
                }
                int checksum = rs.getInt(6);
                String checksumText = rs.wasNull() ? null : Integer.toString(checksum);
                String key = version != null ? version : "R:" + description;
                rows.add(new AppliedMigration(AppliedMigration.FLYWAY, rs.getInt(1), key, version, description,
                        rs.getString(5), checksumText, type, rs.getBoolean(7)));
            }
        }
        return rows;
    }

    private static List<AppliedMigration> liquibase(Connection connection, String table) throws SQLException {
        List<AppliedMigration> rows = new ArrayList<>();
        String sql = "SELECT id, author, filename, orderexecuted, exectype, md5sum, description FROM " + table
                + " ORDER BY orderexecuted, dateexecuted";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                String id = rs.getString(1);
                String author = rs.getString(2);
                String file = rs.getString(3);
                String type = rs.getString(5);
                rows.add(new AppliedMigration(AppliedMigration.LIQUIBASE, rs.getInt(4),
                        liquibaseKey(id, author, file), null, rs.getString(7), file, rs.getString(6), type,
                        !"FAILED".equalsIgnoreCase(type)));
            }
        }
        return rows;
    }

    /** Liquibase's own way of naming a changeset: {@code id::author::file}. */
    public static String liquibaseKey(String id, String author, String file) {
        return id + "::" + author + "::" + file;
    }
}
