package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Indexes and unique constraints, one query over {@code STATISTICS}.
 *
 * <p>Every unique index other than {@code PRIMARY} is a unique constraint on these servers, so it is
 * captured as a {@link UniqueConstraint} only (its key parts, prefix lengths included, as its columns).
 * Key parts read {@code col}, {@code col(10)} for a prefix, {@code col DESC} for a descending part and
 * {@code (expr)} for a MySQL functional part. The method is the lower-case index type ({@code btree},
 * {@code hash}, {@code fulltext}, {@code spatial}); an index the optimizer ignores (MariaDB
 * {@code IGNORED}, MySQL {@code INVISIBLE}) gets the suffix {@code " invisible"}, e.g.
 * {@code btree invisible}. Names are generated when they follow the servers' scheme for an unnamed
 * index: the first column's name, then {@code _2}, {@code _3}..., or the name of the foreign key the
 * server created the index for (InnoDB names it after a named foreign key, after its column otherwise).
 */
final class IndexQuery {
    private IndexQuery() {
    }

    private static final class IndexRows {
        final TableRows table;
        final String name;
        final boolean unique;
        final String method;
        final List<String> parts = new ArrayList<>();
        String firstColumn;

        IndexRows(TableRows table, String name, boolean unique, String method) {
            this.table = table;
            this.name = name;
            this.unique = unique;
            this.method = method;
        }
    }

    /** @param visibility whether the server reports invisible/ignored indexes (MySQL 8.0+, MariaDB 10.6+) */
    static void load(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables, boolean mariaDb,
            boolean visibility) throws SQLException {
        String sql = """
                SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION,
                       INDEX_TYPE, %s
                FROM information_schema.STATISTICS
                WHERE TABLE_SCHEMA IN (?)
                ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
                """.formatted(!visibility ? "FALSE, NULL" : mariaDb ? "IGNORED = 'YES', NULL" : "IS_VISIBLE = 'NO', EXPRESSION");
        Map<String, IndexRows> indexes = new LinkedHashMap<>();
        schemas.query(connection, sql, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            String name = row.getString(3);
            if (table == null || name.equals("PRIMARY")) {
                return;
            }
            String key = TableRows.key(table.schema, table.name) + "\u0000" + name;
            IndexRows index = indexes.get(key);
            if (index == null) {
                String method = row.getString(8).toLowerCase(Locale.ROOT) + (row.getBoolean(9) ? " invisible" : "");
                index = new IndexRows(table, name, row.getInt(4) == 0, method);
                indexes.put(key, index);
            }
            String column = row.getString(5);
            String part = column == null ? "(" + row.getString(10) + ")" : column;
            if (index.firstColumn == null) {
                index.firstColumn = column == null ? "" : column;
            }
            if (row.getObject(6) != null) {
                part += "(" + row.getInt(6) + ")";
            }
            if ("D".equals(row.getString(7))) {
                part += " DESC";
            }
            index.parts.add(part);
        });
        for (IndexRows index : indexes.values()) {
            boolean generated = index.name.matches(Pattern.quote(index.firstColumn) + "(_\\d+)?")
                    || index.table.foreignKeys.stream().anyMatch(fk -> fk.name().equals(index.name));
            if (index.unique) {
                index.table.uniques.add(new UniqueConstraint(index.name, generated, index.parts, false, false));
            } else {
                index.table.indexes.add(new Index(index.name, generated, false, index.method, index.parts,
                        List.of(), null));
            }
        }
    }
}
