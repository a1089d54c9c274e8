package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * Table inheritance (table option {@code inherits}, PostgreSQL) before the tables are compared. A captured
 * child holds only its own columns and CHECK constraints; what it has from its parents is compared on the
 * parents. So that a child on one side and a plain table with the same columns on the other differ only in
 * {@code inherits}, the plain table's columns and checks that the other side's child has from its parents
 * are not compared on it either. Against a side captured before inheritance was (an older snapshot, whose
 * children list every column), the other side's children get their parents' columns and checks back,
 * lose {@code inherits}, and are listed as not compared.
 */
final class InheritanceAlignment {
    static final String OPTION = "inherits";

    private InheritanceAlignment() {
    }

    static Catalog[] align(Catalog expected, Catalog actual, BinaryOperator<String> reason,
            List<CoverageAlignment.Sided> notCompared) {
        Catalog e = expected;
        Catalog a = actual;
        if (expected.covers(Coverage.TABLE_INHERITANCE) != actual.covers(Coverage.TABLE_INHERITANCE)
                && expected.engine() == actual.engine()) {
            boolean fromExpected = expected.covers(Coverage.TABLE_INHERITANCE);
            String why = reason.apply(fromExpected ? "actual" : "expected", "table inheritance");
            Catalog flat = flattened(fromExpected ? e : a, why, fromExpected ? "expected" : "actual", notCompared);
            e = fromExpected ? flat : e;
            a = fromExpected ? a : flat;
        }
        if (!hasChildren(e) && !hasChildren(a)) {
            return new Catalog[] {e, a};
        }
        Map<String, Table> expectedTables = tables(e);
        Map<String, Table> actualTables = tables(a);
        return new Catalog[] {withoutOtherSidesInherited(e, expectedTables, actualTables),
                withoutOtherSidesInherited(a, actualTables, expectedTables)};
    }

    /**
     * {@code catalog}'s tables without the columns and checks that the same table on the other side has
     * from its parents (the other side's) and does not hold itself, where the two disagree on {@code inherits}.
     */
    private static Catalog withoutOtherSidesInherited(Catalog catalog, Map<String, Table> own,
            Map<String, Table> other) {
        List<Schema> schemas = new ArrayList<>();
        boolean changed = false;
        for (Schema s : catalog.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                Table twin = other.get(s.name() + "." + t.name());
                if (twin == null || Objects.equals(t.options().get(OPTION), twin.options().get(OPTION))
                        || twin.options().get(OPTION) == null) {
                    tables.add(t);
                    continue;
                }
                Set<String> columns = inheritedColumns(twin, other).keySet();
                Set<String> checks = inheritedChecks(twin, other).stream().map(CheckConstraint::name)
                        .collect(Collectors.toSet());
                Set<String> twinColumns = twin.columns().stream().map(Column::name).collect(Collectors.toSet());
                Set<String> twinChecks = twin.checks().stream().map(CheckConstraint::name).collect(Collectors.toSet());
                List<Column> keptColumns = t.columns().stream()
                        .filter(c -> !columns.contains(c.name()) || twinColumns.contains(c.name())).toList();
                List<CheckConstraint> keptChecks = t.checks().stream()
                        .filter(c -> !checks.contains(c.name()) || twinChecks.contains(c.name())).toList();
                changed |= keptColumns.size() != t.columns().size() || keptChecks.size() != t.checks().size();
                tables.add(with(t, renumbered(keptColumns), keptChecks, t.options()));
            }
            schemas.add(s.withTablesAndViews(tables, s.views()));
        }
        return changed ? catalog.withSchemas(schemas) : catalog;
    }

    /** Every child with its parents' columns and checks back and no {@code inherits}, each one listed. */
    private static Catalog flattened(Catalog catalog, String reason, String side,
            List<CoverageAlignment.Sided> notCompared) {
        if (!hasChildren(catalog)) {
            return catalog;
        }
        Map<String, Table> all = tables(catalog);
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : catalog.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                if (t.options().get(OPTION) == null) {
                    tables.add(t);
                    continue;
                }
                notCompared.add(new CoverageAlignment.Sided(new NotCompared("table inheritance",
                        s.name() + "." + t.name(), reason), side));
                Map<String, Column> columns = inheritedColumns(t, all);
                t.columns().forEach(c -> columns.putIfAbsent(c.name(), c));
                List<CheckConstraint> checks = new ArrayList<>(inheritedChecks(t, all));
                checks.addAll(t.checks());
                TreeMap<String, String> options = new TreeMap<>(t.options());
                options.remove(OPTION);
                tables.add(with(t, renumbered(new ArrayList<>(columns.values())), checks, options));
            }
            schemas.add(s.withTablesAndViews(tables, s.views()));
        }
        return catalog.withSchemas(schemas);
    }

    /** The columns a child has from its parents (theirs first), by name, on the child's side. */
    private static Map<String, Column> inheritedColumns(Table child, Map<String, Table> side) {
        Map<String, Column> all = new LinkedHashMap<>();
        for (String parent : parents(child)) {
            Table p = side.get(parent);
            if (p != null) {
                inheritedColumns(p, side).forEach(all::putIfAbsent);
                p.columns().forEach(c -> all.putIfAbsent(c.name(), c));
            }
        }
        return all;
    }

    private static List<CheckConstraint> inheritedChecks(Table child, Map<String, Table> side) {
        Map<String, CheckConstraint> all = new LinkedHashMap<>();
        for (String parent : parents(child)) {
            Table p = side.get(parent);
            if (p != null) {
                inheritedChecks(p, side).forEach(c -> all.putIfAbsent(c.name(), c));
                p.checks().forEach(c -> all.putIfAbsent(c.name(), c));
            }
        }
        return new ArrayList<>(all.values());
    }

    private static List<String> parents(Table child) {
        String option = child.options().get(OPTION);
        return option == null ? List.of() : List.of(option.split(", "));
    }

    private static boolean hasChildren(Catalog catalog) {
        return catalog.schemas().stream().flatMap(s -> s.tables().stream())
                .anyMatch(t -> t.options().containsKey(OPTION));
    }

    private static Map<String, Table> tables(Catalog catalog) {
        Map<String, Table> all = new HashMap<>();
        catalog.schemas().forEach(s -> s.tables().forEach(t -> all.put(s.name() + "." + t.name(), t)));
        return all;
    }

    private static List<Column> renumbered(List<Column> columns) {
        List<Column> out = new ArrayList<>(columns.size());
        int position = 1;
        for (Column c : columns) {
            out.add(new Column(c.name(), position++, c.type(), c.nullable(), c.defaultValue(), c.identity(),
                    c.generated(), c.collation(), c.comment()));
        }
        return out;
    }

    private static Table with(Table t, List<Column> columns, List<CheckConstraint> checks,
            java.util.SortedMap<String, String> options) {
        return t.withColumns(columns).withChecks(checks).withOptions(options);
    }
}
