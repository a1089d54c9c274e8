package io.github.schemaparity.database.postgres;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.KeyOrdering;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.KeySql;
import io.github.schemaparity.data.TableShape;
import java.util.List;
import java.util.stream.Collectors;

/** The expressions the PostgreSQL statements are built from. */
final class PgDataSql {
    private static final KeySql KEYS = new KeySql(PgDataSql::ordered, PgDataSql::parameter);

    private PgDataSql() {
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String table(TableShape table) {
        return quote(table.schema()) + "." + quote(table.name());
    }

    /**
     * The canonical form of a value before hashing: numerics by value, floats with -0 = 0; the session
     * settings ({@link PgDataDialect}) make timestamps UTC, bytea hex and floats exact.
     */
    static String canonical(ColumnShape column) {
        String name = quote(column.name());
        return switch (column.kind()) {
            case DECIMAL -> "trim_scale(" + name + ")";
            case FLOAT -> "(" + name + " + 0::float8)";
            default -> name;
        };
    }

    /** A 64-bit hash of the row's canonical text; NULL, '' and '""' all differ in a row's text form. */
    static String rowHash(TableShape table) {
        return "hashtextextended(ROW(" + table.columns().stream().map(PgDataSql::canonical)
                .collect(Collectors.joining(", ")) + ")::text COLLATE \"C\", 0)";
    }

    /** A column's value hash, for naming the changed columns without moving values. */
    static String valueHash(ColumnShape column) {
        return "hashtextextended(ROW(" + canonical(column) + ")::text COLLATE \"C\", 0)::text";
    }

    /** A column's canonical value as text (only when values were asked for). */
    static String valueText(ColumnShape column) {
        return canonical(column) + "::text";
    }

    /** The key column in the order ranges are cut in: by bytes for text, by label bytes for enums. */
    static String ordered(ColumnShape column) {
        return ordered(quote(column.name()), column);
    }

    private static String ordered(String reference, ColumnShape column) {
        return switch (column.ordering()) {
            case BINARY -> reference + " COLLATE \"C\"";
            case TEXT_FORM -> "(" + reference + "::text COLLATE \"C\")";
            case NATURAL -> reference;
        };
    }

    /** A bound value, cast to the key column's type and ordered like {@link #ordered}. */
    static String parameter(ColumnShape column) {
        return switch (column.ordering()) {
            case BINARY -> "(CAST(? AS " + column.type() + ") COLLATE \"C\")";
            case TEXT_FORM -> "(CAST(? AS text) COLLATE \"C\")";
            case NATURAL -> "CAST(? AS " + column.type() + ")";
        };
    }

    /** An array of bounds for {@code width_bucket}. */
    static String arrayParameter(ColumnShape column) {
        return column.ordering() == KeyOrdering.TEXT_FORM ? "CAST(? AS text[])" : "CAST(? AS " + column.type() + "[])";
    }

    static String keyTexts(TableShape table) {
        return KeySql.list(table.keyColumns(), c -> quote(c.name()) + "::text");
    }

    static String orderedKey(TableShape table) {
        return KEYS.orderedKey(table);
    }

    /**
     * The key for {@code ORDER BY}, its columns qualified by the table: a bare name there means the select
     * list's column of that name first, which is the key's text ({@code "id"::text} is named {@code id}), so
     * an integer key sorted as text (10 before 9) in a sort the primary key index would have spared; that
     * sort's disabled-cost also pushed each small leaf query over the JIT thresholds.
     */
    static String orderBy(TableShape table) {
        return KeySql.list(table.keyColumns(), c -> ordered(table(table) + "." + quote(c.name()), c));
    }

    /** {@code k op ?} or {@code (k1, k2) op (?, ?)}. */
    static String compareKey(TableShape table, String operator) {
        return KEYS.compareKey(table, operator);
    }

    /** The conditions of a range and a row filter, with their parameters appended. */
    static String where(TableShape table, KeyRange range, String filter, List<Object> parameters) {
        return KEYS.where(table, range, filter, parameters);
    }
}
