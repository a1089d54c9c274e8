package io.github.schemaparity.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The MariaDB counterpart of {@link SyntheticSchema}, in one database: {@code tables} InnoDB tables of
 * ten columns of mixed types, each with a primary key, two further indexes, a foreign key to an earlier
 * table and a check constraint, plus one view per ten tables and one SQL function per twenty tables.
 * Statements go to the server in batches (multi-statement round trips): one round trip per table would
 * make building the schema slower than the benchmark itself.
 *
 * @param tables number of tables (at least 20, so that there is a view and a function)
 */
record MariaDbSyntheticSchema(int tables) {
    private static final int BATCH = 50;

    MariaDbSyntheticSchema {
        if (tables < 20 || tables > 99_999) {
            throw new IllegalArgumentException("bench.mariadb.tables must be between 20 and 99999, got " + tables);
        }
    }

    int views() {
        return tables / 10;
    }

    int functions() {
        return tables / 20;
    }

    /** Creates every object through {@code connection}, which must allow multi-statement queries. */
    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            StringBuilder batch = new StringBuilder();
            for (int i = 1; i <= tables; i++) {
                batch.append(tableDdl(i)).append(";\n");
                if (i % BATCH == 0 || i == tables) {
                    statement.execute(batch.toString());
                    batch.setLength(0);
                }
            }
            for (int i = 10; i <= tables; i += 10) {
                batch.append("CREATE VIEW v%05d AS SELECT t.id, t.name, p.name AS parent_name, t.amount FROM %s t"
                        .formatted(i, SyntheticSchema.table(i))
                        + " JOIN %s p ON p.id = t.parent_id WHERE t.active = 1;\n".formatted(SyntheticSchema.table(i / 2)));
            }
            statement.execute(batch.toString());
            batch.setLength(0);
            for (int i = 20; i <= tables; i += 20) {
                // One statement per function: a routine body is not split by the multi-statement parser.
                statement.execute("CREATE FUNCTION f%05d(x int) RETURNS int DETERMINISTIC RETURN x * %d + 1"
                        .formatted(i, i));
            }
        }
    }

    private static String tableDdl(int i) {
        String t = SyntheticSchema.table(i);
        String parent = SyntheticSchema.table(Math.max(1, i / 2));
        return """
                CREATE TABLE %1$s (
                    id bigint NOT NULL PRIMARY KEY,
                    parent_id bigint,
                    name varchar(100) NOT NULL,
                    code char(8),
                    amount decimal(12,2) NOT NULL DEFAULT 0,
                    quantity int,
                    active tinyint(1) NOT NULL DEFAULT 1,
                    created_at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
                    payload json,
                    note text,
                    KEY %1$s_name_idx (name),
                    KEY %1$s_created_idx (created_at, quantity),
                    CONSTRAINT %1$s_parent_fk FOREIGN KEY (parent_id) REFERENCES %2$s (id) ON DELETE CASCADE,
                    CONSTRAINT %1$s_amount_chk CHECK (amount >= 0)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci""".formatted(t, parent);
    }

    /** Changes that a diff must find: a wider column, a dropped index, a new column, a changed view, a dropped function. */
    static List<String> drift() {
        return List.of(
                "ALTER TABLE t00007 MODIFY name varchar(200) NOT NULL",
                "DROP INDEX t00011_name_idx ON t00011",
                "ALTER TABLE t00013 ADD COLUMN extra int",
                "CREATE OR REPLACE VIEW v00020 AS SELECT t.id FROM t00020 t",
                "DROP FUNCTION f00040");
    }

    /** At least this many differences come from {@link #drift()}. */
    static int driftCount() {
        return drift().size();
    }
}
