package io.github.schemaparity.history;

import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
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

    private static final String PG_TABLES = """
            SELECT n.nspname, c.relname, pg_catalog.has_table_privilege(c.oid, 'SELECT')
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND lower(c.relname) IN ('flyway_schema_history', 'databasechangelog')
              AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
              AND (cardinality(?::text[]) = 0 OR n.nspname = ANY (?) OR n.nspname = pg_catalog.current_schema())
            ORDER BY n.nspname = ANY (?) DESC, n.nspname = pg_catalog.current_schema() DESC, n.nspname, c.relname
            """;

    private static final String MYSQL_TABLES = """
            SELECT table_schema, table_name, 1 FROM information_schema.tables
            WHERE lower(table_name) IN ('flyway_schema_history', 'databasechangelog') AND table_type = 'BASE TABLE'
              AND table_schema NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
              AND (table_schema = database() OR find_in_set(table_schema, ?) > 0)
            ORDER BY table_schema = database() DESC, table_schema, table_name
            """;

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
     * @param engine     the connection's engine
     * @param schemas    the schemas the capture is restricted to (searched first), or empty
     * @throws SQLException when a catalog query fails
     */
    public static Result read(Connection connection, Engine engine, List<String> schemas) throws SQLException {
        Map<String, Table> tables = locate(connection, engine, schemas);
        List<AppliedMigration> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Table table : tables.values()) {
            if (!table.readable()) {
                notes.add("migration history " + table.schema() + "." + table.name()
                        + " not read: no SELECT privilege; grant it to compare migration history");
                continue;
            }
            String qualified = quote(engine, table.schema()) + "." + quote(engine, table.name());
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

    /** The first history table of each tool, in the documented search order. */
    private static Map<String, Table> locate(Connection connection, Engine engine, List<String> schemas)
            throws SQLException {
        Map<String, Table> first = new LinkedHashMap<>();
        boolean postgres = engine == Engine.POSTGRESQL;
        try (PreparedStatement statement = connection.prepareStatement(postgres ? PG_TABLES : MYSQL_TABLES)) {
            if (postgres) {
                java.sql.Array array = connection.createArrayOf("text", schemas.toArray());
                statement.setArray(1, array);
                statement.setArray(2, array);
                statement.setArray(3, array);
            } else {
                statement.setString(1, String.join(",", schemas));
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<Table> found = new ArrayList<>();
                while (rs.next()) {
                    String name = rs.getString(2);
                    String tool = name.toLowerCase(Locale.ROOT).equals(FLYWAY_TABLE) ? AppliedMigration.FLYWAY
                            : AppliedMigration.LIQUIBASE;
                    found.add(new Table(tool, rs.getString(1), name, rs.getBoolean(3)));
                }
                if (!postgres) {
                    // information_schema has no "= ANY": the requested databases go first here.
                    found.sort((a, b) -> Boolean.compare(schemas.contains(b.schema()), schemas.contains(a.schema())));
                }
                found.forEach(t -> first.putIfAbsent(t.tool(), t));
            }
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

    private static String quote(Engine engine, String identifier) {
        return engine == Engine.POSTGRESQL
                ? "\"" + identifier.replace("\"", "\"\"") + "\""
                : "`" + identifier.replace("`", "``") + "`";
    }
}
