package io.github.schemaparity.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The synthetic schema the benchmark captures, in schema {@value #SCHEMA}: {@code tables} tables of ten
 * columns of mixed types, each with a primary key, two further indexes and a foreign key to an earlier
 * table, plus one view per ten tables and one PL/pgSQL function per twenty tables.
 *
 * <p>The DDL is generated and run server side, one {@code DO} block per batch of tables: thousands of
 * client round trips would make building the schema slower than the benchmark itself. Batches keep
 * each transaction's lock count far below the server's lock table.
 *
 * @param tables number of tables (at least 20, so that there is a view and a function)
 */
public record SyntheticSchema(int tables) {
    /** The schema that holds every generated object. */
    public static final String SCHEMA = "app";

    private static final int BATCH = 250;

    public SyntheticSchema {
        if (tables < 20 || tables > 99_999) {
            throw new IllegalArgumentException("bench.tables must be between 20 and 99999, got " + tables);
        }
    }

    /** Number of views: one per ten tables. */
    public int views() {
        return tables / 10;
    }

    /** Number of functions: one per twenty tables. */
    public int functions() {
        return tables / 20;
    }

    /** Name of the i-th table (1-based), zero-padded so that names sort in creation order. */
    public static String table(int i) {
        return "t%05d".formatted(i);
    }

    /** Creates the schema and all its objects through {@code connection} (autocommit). */
    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + SCHEMA);
            for (int from = 1; from <= tables; from += BATCH) {
                statement.execute(tableBatch(from, Math.min(tables, from + BATCH - 1)));
            }
            statement.execute(viewsDdl());
            statement.execute(functionsDdl());
        }
    }

    /** A DO block creating tables {@code from..to}; table i refers to table i/2 (table 1 to itself). */
    static String tableBatch(int from, int to) {
        return tableBatch(SCHEMA, from, to);
    }

    /**
     * A DO block creating tables {@code from..to} in {@code schema} (which must exist), the foreign keys
     * staying inside it: the same table shape for the tenants benchmark's schemas.
     */
    static String tableBatch(String schema, int from, int to) {
        return """
                DO $gen$
                DECLARE
                  t text;
                  parent text;
                BEGIN
                  FOR i IN %d..%d LOOP
                    t := 't' || lpad(i::text, 5, '0');
                    parent := 't' || lpad(greatest(1, i / 2)::text, 5, '0');
                    EXECUTE format('CREATE TABLE app.%%I (
                        id bigint PRIMARY KEY,
                        parent_id bigint REFERENCES app.%%I (id) ON DELETE CASCADE,
                        name varchar(100) NOT NULL,
                        code char(8),
                        amount numeric(12,2) NOT NULL DEFAULT 0,
                        quantity integer,
                        active boolean NOT NULL DEFAULT true,
                        created_at timestamptz NOT NULL DEFAULT now(),
                        payload jsonb,
                        note text)', t, parent);
                    EXECUTE format('CREATE INDEX %%I ON app.%%I (name)', t || '_name_idx', t);
                    EXECUTE format('CREATE INDEX %%I ON app.%%I (created_at, quantity) WHERE active',
                        t || '_recent_idx', t);
                  END LOOP;
                END
                $gen$""".formatted(from, to).replace("app.%I", schema + ".%I");
    }

    /** A DO block creating the views: view k joins table 10k to its parent table. */
    private String viewsDdl() {
        return """
                DO $gen$
                BEGIN
                  FOR k IN 1..%d LOOP
                    EXECUTE format('CREATE VIEW app.%%I AS
                        SELECT c.id, c.name, p.name AS parent_name, c.amount + coalesce(p.amount, 0) AS total
                        FROM app.%%I c LEFT JOIN app.%%I p ON p.id = c.parent_id
                        WHERE c.active',
                      'v' || lpad(k::text, 5, '0'),
                      't' || lpad((k * 10)::text, 5, '0'),
                      't' || lpad((k * 5)::text, 5, '0'));
                  END LOOP;
                END
                $gen$""".formatted(views());
    }

    /** A DO block creating the PL/pgSQL functions: function k sums amounts of table 20k. */
    private String functionsDdl() {
        return """
                DO $gen$
                BEGIN
                  FOR k IN 1..%d LOOP
                    EXECUTE format('CREATE FUNCTION app.%%I(p_parent bigint, p_min numeric DEFAULT 0)
                        RETURNS numeric LANGUAGE plpgsql STABLE AS $body$
                        DECLARE
                          total numeric;
                        BEGIN
                          SELECT sum(amount) INTO total FROM app.%%I WHERE parent_id = p_parent AND amount >= p_min;
                          RETURN coalesce(total, 0);
                        END
                        $body$',
                      'f' || lpad(k::text, 5, '0'),
                      't' || lpad((k * 20)::text, 5, '0'));
                  END LOOP;
                END
                $gen$""".formatted(functions());
    }

    /**
     * Deliberate differences applied to a copy of the schema, so that the diff timing covers a
     * realistic mostly-equal pair and its result can be checked for being non-empty.
     */
    public static String drift() {
        return """
                ALTER TABLE app.t00002 ALTER COLUMN name TYPE varchar(200);
                ALTER TABLE app.t00003 DROP COLUMN note;
                ALTER TABLE app.t00006 ALTER COLUMN quantity SET NOT NULL;
                ALTER TABLE app.t00007 ALTER COLUMN amount SET DEFAULT 1;
                DROP INDEX app.t00004_name_idx;
                CREATE INDEX t00005_code_idx ON app.t00005 (code);
                CREATE TABLE app.extra (id bigint PRIMARY KEY);
                CREATE OR REPLACE VIEW app.v00001 AS
                    SELECT c.id, c.name, p.name AS parent_name, c.amount - coalesce(p.amount, 0) AS total
                    FROM app.t00010 c LEFT JOIN app.t00005 p ON p.id = c.parent_id;
                """;
    }

    /** How many differences {@link #drift()} introduces at least (one per statement). */
    public static int driftCount() {
        return 8;
    }
}
