package io.github.schemaparity.database.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads table inheritance ({@code INHERITS}, {@code ALTER TABLE ... INHERIT}) of the captured tables: the
 * parents of each child as table option {@code inherits} ({@code schema.parent}, comma-separated in
 * {@code pg_inherits.inhseqno} order), and takes the columns and CHECK constraints the child has from a
 * parent out of the child: they are the parent's, compared there, so a column added to a parent is one
 * difference, not one per child. A child column also declared locally ({@code CREATE TABLE c (id int)
 * INHERITS (p)} with {@code id} in {@code p}) is the same column as one only inherited. Partitions are
 * not children here: they are compared through {@code partitionOf}.
 */
final class InheritanceQuery {
    /** The table option naming a table's parents. */
    static final String OPTION = "inherits";

    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname,
                   string_agg(pn.nspname || '.' || p.relname, ', ' ORDER BY i.inhseqno) AS parents,
                   ARRAY(SELECT a.attname::text FROM pg_attribute a
                         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attinhcount > 0)
                     AS inherited_columns,
                   ARRAY(SELECT k.conname::text FROM pg_constraint k
                         WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.coninhcount > 0) AS inherited_checks
            FROM pg_inherits i
            JOIN pg_class c ON c.oid = i.inhrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class p ON p.oid = i.inhparent
            JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE NOT c.relispartition AND c.relkind IN ('r', 'p') AND n.nspname = ANY (?)
            GROUP BY c.oid, n.nspname, c.relname
            """;

    /**
     * What a child has from its parents.
     *
     * @param parents the {@code inherits} option's value
     * @param columns the names of the columns it has from them
     * @param checks  the names of the CHECK constraints it has from them
     */
    record Inherited(String parents, List<String> columns, List<String> checks) {
    }

    private InheritanceQuery() {
    }

    /** The children of {@code schemas}, by schema name, then by table name. */
    static Map<String, Map<String, Inherited>> bySchemaAndTable(Connection connection, Array schemas)
            throws SQLException {
        Map<String, Map<String, Inherited>> children = new java.util.HashMap<>();
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> children
                .computeIfAbsent(row.getString("nspname"), s -> new java.util.HashMap<>())
                .put(row.getString("relname"), new Inherited(row.getString("parents"),
                        CatalogQuery.strings(row, "inherited_columns"), CatalogQuery.strings(row, "inherited_checks"))));
        return children;
    }

    /** Sets {@code inherits} on each child in {@code relations} and removes what it has from its parents. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "oid", (relation, row) -> {
            relation.options.put(OPTION, row.getString("parents"));
            List<String> columns = CatalogQuery.strings(row, "inherited_columns");
            List<String> checks = CatalogQuery.strings(row, "inherited_checks");
            relation.columns.removeIf(c -> columns.contains(c.column().name()));
            relation.checks.removeIf(c -> checks.contains(c.name()));
        });
    }
}
