package io.github.schemaparity.migrate;

import java.util.Arrays;
import java.util.List;

/** The tools a candidate database can be built with, and the history tables each one keeps. */
public enum MigrationTool {
    FLYWAY("Flyway", List.of("flyway_schema_history")),
    LIQUIBASE("Liquibase", List.of("databasechangelog", "databasechangeloglock")),
    SQL_FOLDER("SQL folder", List.of());

    private final String displayName;
    private final List<String> historyTables;

    MigrationTool(String displayName, List<String> historyTables) {
        this.displayName = displayName;
        this.historyTables = historyTables;
    }

    /** The name users know the tool by, e.g. {@code Flyway}. */
    public String displayName() {
        return displayName;
    }

    /** The default names (unqualified) of the bookkeeping tables the tool creates in the database. */
    public List<String> historyTables() {
        return historyTables;
    }

    /**
     * Ignore patterns ({@code schema.table} object paths with {@code *} for any schema) for every tool's
     * history tables. The diff leaves them out by default: they record how a database was migrated, not
     * what its schema is, and production may carry rows or columns of an older tool version.
     */
    public static List<String> historyTableIgnores() {
        return Arrays.stream(values())
                .flatMap(tool -> tool.historyTables.stream())
                // Liquibase names them DATABASECHANGELOG(LOCK) on MySQL/MariaDB, where names keep their case.
                .flatMap(table -> java.util.stream.Stream.of(table, table.toUpperCase(java.util.Locale.ROOT)))
                .distinct()
                .map(table -> "*." + table)
                .toList();
    }
}
