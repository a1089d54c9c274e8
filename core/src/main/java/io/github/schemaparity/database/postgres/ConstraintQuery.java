package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads primary keys, foreign keys, unique and check constraints of every captured table in one query.
 * Exclusion constraints are read with the indexes ({@link IndexQuery}); PostgreSQL 18's NOT NULL
 * constraints are the columns' nullability.
 *
 * <p>A foreign key that references a partitioned table gets one hidden child constraint per
 * referenced partition, with the same name and the same referencing table; those are skipped.
 *
 * <p>Only a constraint with a parent ({@code conparentid <> 0}) is looked up for it: as a bare
 * {@code NOT EXISTS} the planner made it an anti-join over all of {@code pg_constraint}, estimated it to
 * leave one row and filtered by schema last: at 1,000 schemas the query for one schema took 2.1 s,
 * 0.17 s with the parent tested first. Each key column's name is one lookup by (table, attnum): joined to
 * the key array, the planner read and hashed all of the table's attributes for each constraint.
 */
final class ConstraintQuery {
    private static final String SQL = """
            SELECT con.conrelid, con.conname, con.contype, con.condeferrable, con.condeferred, con.convalidated,
                   ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                 WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum)
                         FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                         ORDER BY k.ord) AS columns,
                   CASE WHEN con.contype = 'f' THEN fn.nspname || '.' || fc.relname END AS referenced_table,
                   CASE WHEN con.contype = 'f' THEN
                     ARRAY(SELECT (SELECT a.attname FROM pg_attribute a
                                   WHERE a.attrelid = con.confrelid AND a.attnum = k.attnum)
                           FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                           ORDER BY k.ord) END AS referenced_columns,
                   con.confdeltype, con.confupdtype,
                   CASE con.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' END AS match_type,
                   CASE WHEN con.contype = 'c' THEN pg_get_constraintdef(con.oid, true) END AS check_definition,
                   CASE WHEN con.contype = 'u' THEN
                     ARRAY(SELECT a.attname FROM pg_attribute a
                           WHERE a.attrelid = con.conindid AND a.attnum > 0 ORDER BY a.attnum) END AS index_columns,
                   %s AS nulls_not_distinct
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class fc ON fc.oid = con.confrelid
            LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            LEFT JOIN pg_index ix ON ix.indexrelid = con.conindid AND con.contype = 'u'
            WHERE con.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p', 'f') AND n.nspname = ANY (?)
              AND (con.conparentid = 0
                   OR NOT EXISTS (SELECT 1 FROM pg_constraint pc
                                  WHERE pc.oid = con.conparentid AND pc.conrelid = con.conrelid))
            """;

    private ConstraintQuery() {
    }

    /** Adds each constraint to its table in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations, int serverVersion)
            throws SQLException {
        // indnullsnotdistinct exists from PostgreSQL 15 on.
        String sql = SQL.formatted(serverVersion >= 150000 ? "COALESCE(ix.indnullsnotdistinct, false)" : "false");
        CatalogQuery.forEachRelationRow(connection, sql, schemas, relations, "conrelid", (relation, row) -> {
            String name = row.getString("conname");
            List<String> columns = CatalogQuery.strings(row, "columns");
            switch (row.getString("contype")) {
                case "p" -> relation.primaryKey = new PrimaryKey(name,
                        PgGeneratedNames.isGenerated(name, relation.name, List.of(), "pkey"), columns);
                case "f" -> relation.foreignKeys.add(new ForeignKey(name,
                        PgGeneratedNames.isGenerated(name, relation.name, columns, "fkey"), columns,
                        row.getString("referenced_table"), CatalogQuery.strings(row, "referenced_columns"),
                        action(row.getString("confdeltype")), action(row.getString("confupdtype")),
                        row.getBoolean("condeferrable"), row.getBoolean("condeferred"), row.getBoolean("convalidated"),
                        row.getString("match_type")));
                case "u" -> relation.uniques.add(new UniqueConstraint(name,
                        PgGeneratedNames.isGenerated(name, relation.name, CatalogQuery.strings(row, "index_columns"), "key"),
                        columns, row.getBoolean("nulls_not_distinct"), row.getBoolean("condeferrable")));
                case "c" -> relation.checks.add(new CheckConstraint(name,
                        PgGeneratedNames.isGenerated(name, relation.name, columns.size() == 1 ? columns : List.of(), "check"),
                        checkExpression(row.getString("check_definition")), row.getBoolean("convalidated")));
                default -> throw new IllegalStateException("Unexpected constraint type in " + name);
            }
        });
    }

    /** {@code CHECK (price > 0) NOT VALID} becomes {@code (price > 0)}: validity is its own attribute. */
    static String checkExpression(String definition) {
        String text = SqlText.foldWhitespace(definition);
        if (text.startsWith("CHECK ")) {
            text = text.substring("CHECK ".length());
        }
        if (text.endsWith(" NOT VALID")) {
            text = text.substring(0, text.length() - " NOT VALID".length());
        }
        return PgTypeNames.normalizeWithin(text);
    }

    private static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("Unknown foreign key action '" + code + "'");
        };
    }
}
