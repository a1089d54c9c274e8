package io.github.schemaparity.capture;

import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A cheap summary of a database's catalog that changes whenever DDL commits: equal summaries before
 * and after a capture mean that no DDL committed while it ran.
 *
 * <p>Why it is needed although a capture runs in one snapshot: PostgreSQL's deparsing functions
 * ({@code pg_get_viewdef}, {@code pg_get_indexdef}, ...) read the system caches, which show the newest
 * committed catalog, not the transaction's snapshot; and MariaDB's {@code information_schema} is not
 * transactional at all.
 *
 * <p>On PostgreSQL: the row count and the sum of {@code xmin} of the catalogs a capture reads (DDL
 * inserts, updates or deletes rows there; VACUUM and ANALYZE update {@code pg_class} in place, which
 * leaves {@code xmin} alone; other sessions' temporary tables are left out). On MySQL/MariaDB: the count and a CRC sum of the
 * {@code information_schema} rows a capture reads. Catalog tables only: no lock on a user table.
 */
final class CatalogFingerprint {
    /** Temporary schemas: other sessions' temporary tables come and go, and are never captured. */
    private static final String TEMP = "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname LIKE 'pg\\_temp\\_%'"
            + " OR nspname LIKE 'pg\\_toast\\_temp\\_%')";
    private static final String NOT_TEMP_RELATION = "(SELECT oid FROM pg_catalog.pg_class WHERE relnamespace NOT IN "
            + TEMP + ")";

    /** catalog -> the rows of it that count. */
    private static final List<String[]> PG_CATALOGS = List.of(
            new String[] {"pg_namespace", "oid NOT IN " + TEMP},
            new String[] {"pg_class", "relnamespace NOT IN " + TEMP},
            new String[] {"pg_attribute", "attrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_attrdef", "adrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_constraint", "connamespace NOT IN " + TEMP},
            new String[] {"pg_index", "indrelid IN " + NOT_TEMP_RELATION},
            new String[] {"pg_type", "typnamespace NOT IN " + TEMP},
            new String[] {"pg_proc", "true"}, new String[] {"pg_rewrite", "true"},
            new String[] {"pg_trigger", "true"}, new String[] {"pg_enum", "true"},
            new String[] {"pg_description", "true"}, new String[] {"pg_policy", "true"},
            new String[] {"pg_extension", "true"}, new String[] {"pg_sequence", "true"},
            new String[] {"pg_collation", "true"});

    private static final String PG_SQL = "SELECT concat_ws(':', " + PG_CATALOGS.stream()
            .map(c -> "(SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM pg_catalog." + c[0]
                    + " WHERE " + c[1] + ")")
            .collect(Collectors.joining(", ")) + ")";

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

    private static final String MYSQL_SQL = "SELECT CONCAT_WS(':', " + MYSQL_VIEWS.stream()
            .map(view -> "(SELECT CONCAT(COUNT(*), '/', COALESCE(SUM(CRC32(CONCAT_WS('|', " + view[1] + "))), 0))"
                    + " FROM information_schema." + view[0] + " WHERE " + view[1].substring(0, view[1].indexOf(','))
                    + " NOT IN " + SYSTEM + ")")
            .collect(Collectors.joining(", ")) + ")";

    private CatalogFingerprint() {
    }

    /** The fingerprint as the connection's current transaction sees the catalog. */
    static String of(Connection connection, Engine engine) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(engine == Engine.POSTGRESQL ? PG_SQL : MYSQL_SQL)) {
            row.next();
            return row.getString(1);
        }
    }
}
