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

    static Aligned align(Catalog expected, Catalog actual) {
        List<Sided> notCompared = new ArrayList<>();
        Catalog e = expected;
        Catalog a = actual;
        if (expected.covers(Coverage.DATABASE_SETTINGS) != actual.covers(Coverage.DATABASE_SETTINGS)) {
            boolean fromExpected = expected.covers(Coverage.DATABASE_SETTINGS);
            Catalog covering = fromExpected ? expected : actual;
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "database settings");
            for (DatabaseSetting setting : covering.databaseSettings()) {
                notCompared.add(new Sided(new NotCompared(setting.roleLevel() ? "role setting" : "database setting",
                        setting.path(), reason), fromExpected ? "expected" : "actual"));
            }
            Catalog stripped = covering.withLedger(List.of(), covering.notCompared(), covering.coverage());
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (expected.covers(Coverage.INDEX_VALIDITY) != actual.covers(Coverage.INDEX_VALIDITY)) {
            boolean fromExpected = expected.covers(Coverage.INDEX_VALIDITY);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "index validity");
            String side = fromExpected ? "expected" : "actual";
            Catalog stripped = validIndexes(fromExpected ? e : a, reason, side, notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (expected.covers(Coverage.MYSQL_PARTITIONING) != actual.covers(Coverage.MYSQL_PARTITIONING)
                && (expected.engine() == null || expected.engine().innoDbTables())) {
            boolean fromExpected = expected.covers(Coverage.MYSQL_PARTITIONING);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "partitioning");
            Catalog stripped = unpartitioned(fromExpected ? e : a, reason, fromExpected ? "expected" : "actual",
                    notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        boolean mysql = expected.engine() != io.github.schemaparity.model.Engine.POSTGRESQL;
        if (mysql && expected.covers(Coverage.MYSQL_SECURITY) != actual.covers(Coverage.MYSQL_SECURITY)) {
            boolean fromExpected = expected.covers(Coverage.MYSQL_SECURITY);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "SQL SECURITY and definers");
            Catalog stripped = MySqlCoverage.withoutSecurity(fromExpected ? e : a, reason,
                    fromExpected ? "expected" : "actual", notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (mysql && expected.covers(Coverage.TRIGGER_ORDER) != actual.covers(Coverage.TRIGGER_ORDER)) {
            boolean fromExpected = expected.covers(Coverage.TRIGGER_ORDER);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "trigger order");
            Catalog stripped = MySqlCoverage.withoutTriggerOrder(fromExpected ? e : a, reason,
                    fromExpected ? "expected" : "actual", notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (mysql && expected.covers(Coverage.MYSQL_SEQUENCES) != actual.covers(Coverage.MYSQL_SEQUENCES)) {
            boolean fromExpected = expected.covers(Coverage.MYSQL_SEQUENCES);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "sequences");
            Catalog stripped = MySqlCoverage.withoutSequences(fromExpected ? e : a, reason,
                    fromExpected ? "expected" : "actual", notCompared);
            e = fromExpected ? stripped : e;
            a = fromExpected ? a : stripped;
        }
        if (mysql && expected.covers(Coverage.MYSQL_SUBPARTITIONS) != actual.covers(Coverage.MYSQL_SUBPARTITIONS)) {
            boolean fromExpected = expected.covers(Coverage.MYSQL_SUBPARTITIONS);
            String reason = OLDER_SNAPSHOT.formatted(fromExpected ? "actual" : "expected", "subpartitions");
            Catalog stripped = MySqlCoverage.withoutSubpartitions(fromExpected ? e : a, reason,
                    fromExpected ? "expected" : "actual", notCompared);
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
                tables.add(new Table(t.name(), io.github.schemaparity.model.TableKind.TABLE, t.comment(), t.columns(),
                        t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes(), t.triggers(),
                        t.policies(), options, t.privileges()));
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
            List<Table> tables = s.tables().stream().map(t -> new Table(t.name(), t.kind(), t.comment(), t.columns(),
                    t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(),
                    valid(t.indexes(), s.name() + "." + t.name(), reason, side, notCompared), t.triggers(),
                    t.policies(), t.options(), t.privileges())).toList();
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
