package io.github.schemaparity.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A publication for logical replication ({@code CREATE PUBLICATION}, PostgreSQL), database-wide. A
 * difference in one is usually environmental (production publishes to a replica or a data pipeline the
 * test database has no use for), so the default risks rate it LOW.
 *
 * @param name       publication name
 * @param allTables  {@code FOR ALL TABLES}
 * @param publish    the operations it publishes, of {@code insert}, {@code update}, {@code delete},
 *                   {@code truncate}, in that order
 * @param viaRoot    {@code publish_via_partition_root}
 * @param tables     the tables it names ({@code FOR TABLE ...}), sorted by path
 * @param schemas    the schemas it names ({@code FOR TABLES IN SCHEMA ...}, PostgreSQL 15 and later), sorted
 * @param comment    comment, or {@code null}
 */
public record Publication(String name, boolean allTables, List<String> publish, boolean viaRoot,
        List<PublishedTable> tables, List<String> schemas, String comment) implements Named {
    /** The operations a publication may publish, in the order the server lists them. */
    public static final List<String> OPERATIONS = List.of("insert", "update", "delete", "truncate");

    public Publication {
        publish = Canonical.sorted(publish, Comparator.comparingInt(OPERATIONS::indexOf));
        tables = Canonical.sorted(tables, Comparator.comparing(PublishedTable::table));
        schemas = Canonical.sortedStrings(schemas);
    }

    /**
     * One table a publication names.
     *
     * @param table     {@code schema.table}
     * @param columns   its column list (PostgreSQL 15 and later), sorted by name; empty for every column
     * @param rowFilter its {@code WHERE} condition as the server deparses it (PostgreSQL 15 and later), or
     *                  {@code null}
     */
    public record PublishedTable(String table, List<String> columns, String rowFilter) {
        public PublishedTable {
            columns = Canonical.sortedStrings(columns);
        }
    }

    /**
     * Attributes the diff compares: {@code allTables}, {@code publish}, {@code viaRoot}, {@code tables} (the
     * paths), {@code schemas}, then {@code columns.<table>} and {@code where.<table>} for each table published
     * with a column list or row filter, and {@code comment}.
     */
    public Map<String, String> attributes() {
        Attributes attributes = new Attributes().put("allTables", allTables).put("publish", publish)
                .put("viaRoot", viaRoot).put("tables", tables.stream().map(PublishedTable::table).toList())
                .put("schemas", schemas);
        for (PublishedTable t : tables) {
            if (!t.columns().isEmpty()) {
                attributes.put("columns." + t.table(), t.columns());
            }
            if (t.rowFilter() != null) {
                attributes.put("where." + t.table(), t.rowFilter());
            }
        }
        return attributes.put("comment", comment).build();
    }
}
