package io.github.schemaparity.database.mysql;

import io.github.schemaparity.database.postgres.SqlText;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.PrimaryKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Primary keys and foreign keys (one query over {@code KEY_COLUMN_USAGE}) and check constraints (one
 * query over {@code CHECK_CONSTRAINTS}, MariaDB 10.2+ and MySQL 8.0.16+).
 *
 * <p>A foreign key to a table of the same database names it without the database ({@code customer}),
 * one to another database as {@code db.table}: the candidate database usually has another name than
 * production's, and the same-database reference must compare equal.
 */
final class ConstraintQuery {
    private static final Pattern MARIADB_CHECK_NAME = Pattern.compile("CONSTRAINT_\\d+");

    private ConstraintQuery() {
    }

    private static final class KeyRows {
        final String type;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
        String referencedTable;
        String onUpdate;
        String onDelete;

        KeyRows(String type) {
            this.type = type;
        }
    }

    static void load(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables, boolean mariaDb)
            throws SQLException {
        Map<String, KeyRows> keys = new LinkedHashMap<>();
        Map<String, TableRows> owners = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, t.CONSTRAINT_TYPE, k.COLUMN_NAME,
                       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
                       r.UPDATE_RULE, r.DELETE_RULE
                FROM information_schema.KEY_COLUMN_USAGE k
                JOIN information_schema.TABLE_CONSTRAINTS t
                  ON t.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND t.TABLE_NAME = k.TABLE_NAME
                 AND t.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS r
                  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
                 AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                WHERE k.TABLE_SCHEMA IN (?) AND t.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'FOREIGN KEY')
                ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
                """, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            if (table == null) {
                return;
            }
            String keyName = TableRows.key(table.schema, table.name) + "\u0000" + row.getString(3);
            String type = row.getString(4);
            KeyRows key = keys.computeIfAbsent(keyName, k -> new KeyRows(type));
            owners.put(keyName, table);
            key.columns.add(row.getString(5));
            if (row.getString(7) != null) {
                String referencedSchema = row.getString(6);
                key.referencedTable = referencedSchema.equals(table.schema) ? row.getString(7)
                        : referencedSchema + "." + row.getString(7);
                key.referencedColumns.add(row.getString(8));
                key.onUpdate = MySqlTypes.foreignKeyAction(row.getString(9));
                key.onDelete = MySqlTypes.foreignKeyAction(row.getString(10));
            }
        });
        keys.forEach((keyName, key) -> {
            TableRows table = owners.get(keyName);
            String name = keyName.substring(keyName.lastIndexOf('\u0000') + 1);
            if (key.type.equals("PRIMARY KEY")) {
                table.primaryKey = new PrimaryKey(name, name.equals("PRIMARY"), key.columns);
            } else {
                boolean generated = name.matches(Pattern.quote(table.name) + "_ibfk_\\d+");
                table.foreignKeys.add(new ForeignKey(name, generated, key.columns, key.referencedTable,
                        key.referencedColumns, key.onDelete, key.onUpdate, false, false, true));
            }
        });
        loadChecks(connection, schemas, tables, mariaDb);
    }

    private static void loadChecks(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables,
            boolean mariaDb) throws SQLException {
        // MariaDB names a column-level check after its column, so check names are unique per table only;
        // MySQL's CHECK_CONSTRAINTS has no table name and takes it from TABLE_CONSTRAINTS.
        String sql = mariaDb ? """
                SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, 'YES', LEVEL
                FROM information_schema.CHECK_CONSTRAINTS
                WHERE CONSTRAINT_SCHEMA IN (?)
                """ : """
                SELECT t.CONSTRAINT_SCHEMA, t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, t.ENFORCED, 'Table'
                FROM information_schema.TABLE_CONSTRAINTS t
                JOIN information_schema.CHECK_CONSTRAINTS c
                  ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
                WHERE t.CONSTRAINT_SCHEMA IN (?) AND t.CONSTRAINT_TYPE = 'CHECK'
                """;
        schemas.query(connection, sql, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            if (table == null) {
                return;
            }
            String name = row.getString(3);
            boolean generated = mariaDb
                    ? "Column".equalsIgnoreCase(row.getString(6)) || MARIADB_CHECK_NAME.matcher(name).matches()
                    : name.matches(Pattern.quote(table.name) + "_chk_\\d+");
            table.checks.add(new CheckConstraint(name, generated, SqlText.foldWhitespace(row.getString(4)),
                    !"NO".equals(row.getString(5))));
        });
    }
}
