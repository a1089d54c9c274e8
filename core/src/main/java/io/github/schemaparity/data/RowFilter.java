package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;

/**
 * A condition that limits the rows of one table on both sides, e.g. rows up to the cutover point.
 *
 * @param table     {@code schema.table}
 * @param condition an SQL condition over the table's columns, e.g. {@code placed_at < '2026-12-01'}
 */
public record RowFilter(String table, String condition) {
    public RowFilter {
        if (table == null || table.isBlank() || condition == null || condition.isBlank()) {
            throw new SchemaParityException("Empty row filter: write it as schema.table: condition, e.g."
                    + " public.orders: placed_at < '2026-12-01'");
        }
        if (condition.contains(";")) {
            throw new SchemaParityException("Row filter for " + table + " holds a ';': give one SQL condition,"
                    + " e.g. public.orders: placed_at < '2026-12-01'");
        }
    }

    /**
     * Reads {@code schema.table: condition}.
     *
     * @throws SchemaParityException when there is no {@code :} after the table name
     */
    public static RowFilter parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new SchemaParityException("Row filter '" + text + "' has no table: write it as schema.table:"
                    + " condition, e.g. public.orders: placed_at < '2026-12-01'");
        }
        return new RowFilter(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }
}
