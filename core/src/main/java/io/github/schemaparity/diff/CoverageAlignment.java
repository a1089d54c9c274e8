package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.DatabaseSetting;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes two catalogs comparable part by part: where one side was captured without a part of the model
 * (a snapshot written before it existed, see {@link Coverage}), that part is taken out of the other side
 * too, and what was taken out is listed as not compared instead of showing up as differences.
 */
final class CoverageAlignment {
    static final String OLDER_SNAPSHOT = "the %s side was captured before SchemaParity compared %s: "
            + "capture it again (snapshot goal) to compare them";

    /**
     * Two catalogs made comparable.
     *
     * @param expected    the expected side, maybe with parts taken out
     * @param actual      the actual side, maybe with parts taken out
     * @param notCompared what was taken out, with the side it was taken from
     */
    record Aligned(Catalog expected, Catalog actual, List<Sided> notCompared) {
    }

    /** An object not compared and the side ({@code expected} or {@code actual}) it was found on. */
    record Sided(NotCompared object, String side) {
    }

    private CoverageAlignment() {
    }

    /** Takes one part out of a catalog, listing what it took out as not compared on the given side. */
    @FunctionalInterface
    private interface Stripper {
        Catalog strip(Catalog catalog, String reason, String side, List<Sided> notCompared);
    }

    /** A part of the model an older snapshot may lack: its coverage name, its name in the reason, its stripper. */
    private record Part(String coverage, String shown, Stripper stripper) {
    }

    /**
     * The parts handled here, in the order they are taken out. The MySQL/MariaDB parts need no engine test: a
     * PostgreSQL capture covers none of them on either side, so they never differ there.
     */
    private static final List<Part> PARTS = List.of(
            new Part(Coverage.DATABASE_SETTINGS, "database settings", CoverageAlignment::withoutDatabaseSettings),
            new Part(Coverage.INDEX_VALIDITY, "index validity", CoverageAlignment::validIndexes),
            new Part(Coverage.MYSQL_PARTITIONING, "partitioning", CoverageAlignment::unpartitioned),
            new Part(Coverage.MYSQL_SECURITY, "SQL SECURITY and definers", MySqlCoverage::withoutSecurity),
            new Part(Coverage.TRIGGER_ORDER, "trigger order", MySqlCoverage::withoutTriggerOrder),
            new Part(Coverage.MYSQL_SEQUENCES, "sequences", MySqlCoverage::withoutSequences),
            new Part(Coverage.MYSQL_SUBPARTITIONS, "subpartitions", MySqlCoverage::withoutSubpartitions));

    static Aligned align(Catalog expected, Catalog actual) {
        List<Sided> notCompared = new ArrayList<>();
        Catalog e = expected;
        Catalog a = actual;
        for (Part part : PARTS) {
            boolean fromExpected = expected.covers(part.coverage());
            if (fromExpected == actual.covers(part.coverage())) {
                continue;
            }
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", part.shown());
            Catalog stripped = part.stripper().strip(fromExpected ? e : a, reason, fromExpected ? "expected" : "actual",
                    notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        Catalog[] userTypes = UserTypeDiffer.align(e, a, OLDER_SNAPSHOT::formatted, notCompared);
        Catalog[] inheritance = InheritanceAlignment.align(userTypes[0], userTypes[1], OLDER_SNAPSHOT::formatted,
                notCompared);
        Catalog[] columnGrants = ColumnGrantAlignment.align(inheritance[0], inheritance[1], OLDER_SNAPSHOT::formatted,
                notCompared);
        Catalog[] foreign = ForeignDiffer.align(columnGrants[0], columnGrants[1], OLDER_SNAPSHOT::formatted,
                notCompared);
        return KindsCoverage.align(expected, actual, new Aligned(foreign[0], foreign[1], notCompared));
    }

    /** The catalog without database- and role-level settings, listing them. */
    private static Catalog withoutDatabaseSettings(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        for (DatabaseSetting setting : catalog.databaseSettings()) {
            notCompared.add(new Sided(new NotCompared(setting.roleLevel() ? "role setting" : "database setting",
                    setting.path(), reason), side));
        }
        return catalog.withLedger(List.of(), catalog.notCompared(), catalog.coverage());
    }

    /** The catalog with every partitioned table plain (MySQL/MariaDB), listing them. */
    private static Catalog unpartitioned(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : catalog.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                if (t.kind() != io.github.schemaparity.model.TableKind.PARTITIONED) {
                    tables.add(t);
                    continue;
                }
                notCompared.add(new Sided(new NotCompared("table partitioning", s.name() + "." + t.name(), reason), side));
                java.util.TreeMap<String, String> options = new java.util.TreeMap<>(t.options());
                options.remove("partitionKey");
                options.remove("partitions");
                tables.add(t.withKind(io.github.schemaparity.model.TableKind.TABLE).withOptions(options));
            }
            schemas.add(s.withTablesAndViews(tables, s.views()));
        }
        return catalog.withSchemas(schemas);
    }

    /** The catalog with every index valid, listing the invalid ones. */
    private static Catalog validIndexes(Catalog catalog, String reason, String side, List<Sided> notCompared) {
        boolean any = catalog.schemas().stream().flatMap(s -> s.tables().stream()).flatMap(t -> t.indexes().stream())
                .anyMatch(i -> !i.usable())
                || catalog.schemas().stream().flatMap(s -> s.views().stream()).flatMap(v -> v.indexes().stream())
                .anyMatch(i -> !i.usable());
        if (!any) {
            return catalog;
        }
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : catalog.schemas()) {
            List<Table> tables = s.tables().stream().map(t -> t.withIndexes(
                    valid(t.indexes(), s.name() + "." + t.name(), reason, side, notCompared))).toList();
            List<View> views = s.views().stream().map(v -> new View(v.name(), v.materialized(), v.definition(),
                    v.comment(), valid(v.indexes(), s.name() + "." + v.name(), reason, side, notCompared),
                    v.privileges(), v.triggers(), v.security(), v.definer())).toList();
            schemas.add(s.withTablesAndViews(tables, views));
        }
        return catalog.withSchemas(schemas);
    }

    private static List<Index> valid(List<Index> indexes, String parent, String reason, String side,
            List<Sided> notCompared) {
        List<Index> result = new ArrayList<>(indexes.size());
        for (Index index : indexes) {
            if (!index.usable()) {
                notCompared.add(new Sided(new NotCompared("index validity", parent + "." + index.name(), reason), side));
            }
            result.add(index.asValid());
        }
        return result;
    }
}
