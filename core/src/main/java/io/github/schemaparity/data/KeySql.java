package io.github.schemaparity.data;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engine-neutral part of the statements the dialects build around a key: row comparisons against bound
 * keys, and the conditions of a key range and a row filter. An engine supplies how a key column is ordered
 * (e.g. by its bytes) and how a bound value is cast to match.
 */
public final class KeySql {
    private final Function<ColumnShape, String> ordered;
    private final Function<ColumnShape, String> parameter;

    /**
     * @param ordered   a key column as ranges compare it
     * @param parameter a bound key value ({@code ?}), cast and ordered like {@code ordered}
     */
    public KeySql(Function<ColumnShape, String> ordered, Function<ColumnShape, String> parameter) {
        this.ordered = ordered;
        this.parameter = parameter;
    }

    /** The columns, each rendered, joined by commas. */
    public static String list(List<ColumnShape> columns, Function<ColumnShape, String> each) {
        return columns.stream().map(each).collect(Collectors.joining(", "));
    }

    /** The key as ranges compare it: {@code k1, k2}. */
    public String orderedKey(TableShape table) {
        return list(table.keyColumns(), ordered);
    }

    /** {@code k op ?} for a one-column key, else the row comparison {@code (k1, k2) op (?, ?)}. */
    public String compareKey(TableShape table, String operator) {
        List<ColumnShape> key = table.keyColumns();
        if (key.size() == 1) {
            return ordered.apply(key.get(0)) + " " + operator + " " + parameter.apply(key.get(0));
        }
        return "(" + orderedKey(table) + ") " + operator + " (" + list(key, parameter) + ")";
    }

    /** The conditions of a range and a row filter, with the range's bounds appended to {@code parameters}. */
    public String where(TableShape table, KeyRange range, String filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (range.low() != null) {
            where.append(" AND ").append(compareKey(table, ">="));
            parameters.addAll(range.low());
        }
        if (range.high() != null) {
            where.append(" AND ").append(compareKey(table, "<"));
            parameters.addAll(range.high());
        }
        if (filter != null) {
            where.append(" AND (").append(filter).append(")");
        }
        return where.toString();
    }
}
