package io.github.schemaparity.database.mysql;

import java.util.List;
import java.util.stream.Collectors;

/** MySQL's and MariaDB's catalog fingerprint query (see {@code capture.CatalogFingerprint} for why). */
final class MySqlCatalogFingerprint {
    private static final String SYSTEM = "('mysql', 'information_schema', 'performance_schema', 'sys')";

    /** information_schema view -> the columns whose change is a DDL change. */
    private static final List<String[]> MYSQL_VIEWS = List.of(
            new String[] {"TABLES", "TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, CREATE_OPTIONS, TABLE_COMMENT"},
            new String[] {"COLUMNS", "TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, IS_NULLABLE,"
                    + " COLUMN_DEFAULT, EXTRA, CHARACTER_SET_NAME, COLLATION_NAME, COLUMN_COMMENT"},
            new String[] {"STATISTICS", "TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE,"
                    + " INDEX_TYPE, SUB_PART"},
            new String[] {"TABLE_CONSTRAINTS", "CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE"},
            new String[] {"VIEWS", "TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION"},
            new String[] {"ROUTINES", "ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, CREATED, LAST_ALTERED"},
            new String[] {"TRIGGERS", "TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE, ACTION_STATEMENT"});
    // Not information_schema.EVENTS: it refuses to answer when the event scheduler is disabled.

    static final String SQL = "SELECT CONCAT_WS(':', " + MYSQL_VIEWS.stream()
            .map(view -> "(SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT_WS('|', " + view[1] + "))), 0))"
                    + " FROM information_schema." + view[0] + " WHERE " + view[1].substring(0, view[1].indexOf(','))
                    + " NOT IN " + SYSTEM + ")")
            .collect(Collectors.joining(", ")) + ")";

    private MySqlCatalogFingerprint() {
    }
}
