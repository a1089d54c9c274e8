package io.github.schemaparity.data;

/**
 * A schema difference found before comparing rows: a column on one side only, or of another type.
 * The full schema diff is the {@code compare} goal's job; these notes explain what rows were compared.
 *
 * @param table  {@code schema.table}
 * @param column the column
 * @param detail what differs, e.g. {@code only on the expected side}, {@code integer on expected, bigint on actual}
 */
public record SchemaNote(String table, String column, String detail) {
}
