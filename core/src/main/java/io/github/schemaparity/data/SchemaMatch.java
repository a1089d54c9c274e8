package io.github.schemaparity.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pairs the tables of both sides by name and chooses what is compared: the columns both sides have
 * (less the excluded ones), matched by the expected side's key. What differs is noted, not compared.
 */
final class SchemaMatch {
    private final List<TableResult> oneSided = new ArrayList<>();
    private final List<Pair> pairs = new ArrayList<>();
    private final List<SchemaNote> notes = new ArrayList<>();

    /** A table both sides have, with the same columns selected on each. */
    record Pair(TableShape expected, TableShape actual) {
    }

    /**
     * Pairs by {@code schema.table}; when each side holds a single schema of another name (MySQL and
     * MariaDB: two databases on one server), by table name under the expected side's schema.
     */
    SchemaMatch(List<TableShape> expected, List<TableShape> actual, DataParityConfig config) {
        Function<TableShape, String> actualName = nameOnExpectedSide(expected, actual);
        Map<String, TableShape> actualByName = actual.stream()
                .collect(Collectors.toMap(actualName, Function.identity(), (a, b) -> a, TreeMap::new));
        Map<String, TableShape> expectedByName = expected.stream()
                .collect(Collectors.toMap(TableShape::qualifiedName, Function.identity(), (a, b) -> a, TreeMap::new));
        for (TableShape table : expectedByName.values()) { // one-sided and skipped tables are settled here
            TableShape other = actualByName.get(table.qualifiedName());
            if (other == null) {
                oneSided.add(absent(table.qualifiedName(), table.key(), TableStatus.MISSING, "the table is not on the actual side"));
            } else {
                pair(table, other, config);
            }
        }
        for (TableShape table : actualByName.values()) {
            if (!expectedByName.containsKey(actualName.apply(table))) {
                oneSided.add(absent(actualName.apply(table), table.key(), TableStatus.UNEXPECTED, "the table is only on the actual side"));
            }
        }
    }

    /** How an actual table is named on the expected side. */
    static Function<TableShape, String> nameOnExpectedSide(List<TableShape> expected, List<TableShape> actual) {
        java.util.Set<String> left = expected.stream().map(TableShape::schema).collect(Collectors.toSet());
        java.util.Set<String> right = actual.stream().map(TableShape::schema).collect(Collectors.toSet());
        if (left.size() == 1 && right.size() == 1 && !left.equals(right)) {
            String schema = left.iterator().next();
            return table -> schema + "." + table.name();
        }
        return TableShape::qualifiedName;
    }

    private void pair(TableShape expected, TableShape actual, DataParityConfig config) {
        List<ColumnShape> keptExpected = new ArrayList<>();
        List<ColumnShape> keptActual = new ArrayList<>();
        String table = expected.qualifiedName();
        for (ColumnShape column : expected.columns()) {
            Optional<ColumnShape> other = actual.column(column.name());
            if (other.isEmpty()) {
                notes.add(new SchemaNote(table, column.name(), "only on the expected side"));
                continue;
            }
            if (!other.get().type().equals(column.type())) {
                notes.add(new SchemaNote(table, column.name(), column.type() + " on the expected side, "
                        + other.get().type() + " on the actual side (values compared by their canonical text)"));
            }
            if (expected.key().contains(column.name())
                    || !config.excludesColumn(expected.schema(), expected.name(), column.name())) {
                boolean alike = declaredAlike(column, other.get());
                keptExpected.add(alike ? column.withSharedType() : column);
                keptActual.add(alike ? other.get().withSharedType() : other.get());
            }
        }
        for (ColumnShape column : actual.columns()) {
            if (expected.column(column.name()).isEmpty()) {
                notes.add(new SchemaNote(table, column.name(), "only on the actual side"));
            }
        }
        String skipped = skipReason(expected, actual, keptExpected, config);
        if (skipped != null) {
            oneSided.add(absent(table, expected.key(), TableStatus.SKIPPED, skipped));
            return;
        }
        boolean keyUsable = expected.keyKind() != KeyKind.NONE
                && expected.key().stream().allMatch(k -> actual.column(k).isPresent());
        TableShape left = keyUsable ? expected.withColumns(keptExpected)
                : new TableShape(expected.schema(), expected.name(), keptExpected, List.of(), KeyKind.NONE,
                expected.rowEstimate(), expected.pages());
        TableShape right = new TableShape(actual.schema(), actual.name(), keptActual, left.key(), left.keyKind(),
                actual.rowEstimate(), actual.pages());
        pairs.add(new Pair(left, right));
    }

    /** The same type and kind, and the same known character set where one applies, on both sides. */
    static boolean declaredAlike(ColumnShape expected, ColumnShape actual) {
        boolean charsetsAlike = expected.charset() == null ? actual.charset() == null
                : expected.charset().equalsIgnoreCase(String.valueOf(actual.charset()));
        // the type as spelled, as the schema note above compares it: alike here is never noted as differing
        return expected.type().equals(actual.type()) && expected.kind() == actual.kind() && charsetsAlike;
    }

    /**
     * Why a pair of tables cannot be compared honestly, or null: no column on both sides, or every common
     * column (the key's included) left out by the column filters, so nothing the user asked for is left.
     */
    private static String skipReason(TableShape expected, TableShape actual, List<ColumnShape> kept,
            DataParityConfig config) {
        List<ColumnShape> common = expected.columns().stream().filter(c -> actual.column(c.name()).isPresent())
                .toList();
        if (common.isEmpty()) {
            return "no column is on both sides: nothing to compare (run schemaparity:compare for the schema diff)";
        }
        boolean everyExcluded = common.stream()
                .allMatch(c -> config.excludesColumn(expected.schema(), expected.name(), c.name()));
        if (everyExcluded || kept.isEmpty()) {
            return "every column is left out by schemaparity.data.excludeColumns " + config.excludeColumns()
                    + ": rows not compared";
        }
        return null;
    }

    private static TableResult absent(String table, List<String> key, TableStatus status, String note) {
        return new TableResult(table, key, status, -1, -1, 0, 0, 0, List.of(), false, 0, note, false);
    }

    List<TableResult> oneSided() {
        return oneSided;
    }

    List<Pair> pairs() {
        return pairs;
    }

    List<SchemaNote> notes() {
        return notes;
    }
}
