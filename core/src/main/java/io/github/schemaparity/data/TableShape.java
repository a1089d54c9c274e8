package io.github.schemaparity.data;

import java.util.List;
import java.util.Optional;

/**
 * A table as one side's catalog describes it.
 *
 * @param schema  the schema (MySQL/MariaDB: the database)
 * @param name    the table name
 * @param columns the columns in position order
 * @param key     the key columns (empty for {@link KeyKind#NONE})
 * @param keyKind what the key is
 * @param rowEstimate the catalog's row estimate (for progress lines and sampling), -1 when unknown
 * @param pages   the table's size in the engine's storage pages (PostgreSQL: heap blocks, for scans in
 *                physical slices), -1 when unknown
 */
public record TableShape(String schema, String name, List<ColumnShape> columns, List<String> key, KeyKind keyKind,
        long rowEstimate, long pages) {
    public TableShape {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
    }

    /** {@code schema.table}. */
    public String qualifiedName() {
        return schema + "." + name;
    }

    /** The column of that name. */
    public Optional<ColumnShape> column(String column) {
        return columns.stream().filter(c -> c.name().equals(column)).findFirst();
    }

    /** The key's columns as shapes. */
    public List<ColumnShape> keyColumns() {
        return key.stream().map(k -> column(k).orElseThrow()).toList();
    }

    /** The same table with only the given columns (the key columns always stay). */
    public TableShape withColumns(List<ColumnShape> kept) {
        return new TableShape(schema, name, kept, key, keyKind, rowEstimate, pages);
    }
}
