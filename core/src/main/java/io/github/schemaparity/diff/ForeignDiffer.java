package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.ForeignServer;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BinaryOperator;

/**
 * Foreign servers ({@link ObjectType#FOREIGN_SERVER}, object {@code server:<name>}): one missing or
 * unexpected difference per server on one side only, one changed difference per differing attribute
 * ({@code wrapper}, {@code type}, {@code version}, {@code option.<name>}, {@code comment}). Foreign tables are
 * tables of kind {@link TableKind#FOREIGN}, compared as tables. Against a side captured before both were
 * (an older snapshot), the other side's servers and foreign tables are taken out and listed as not compared.
 */
final class ForeignDiffer {
    private ForeignDiffer() {
    }

    static List<Difference> diff(Catalog expected, Catalog actual) {
        List<Difference> out = new ArrayList<>();
        if (expected.foreignServers().equals(actual.foreignServers())) {
            return out;
        }
        Map<String, ForeignServer> actualByName = new LinkedHashMap<>();
        actual.foreignServers().forEach(a -> actualByName.put(a.name(), a));
        for (ForeignServer e : expected.foreignServers()) {
            String path = "server:" + e.name();
            ForeignServer a = actualByName.remove(e.name());
            if (a == null) {
                out.add(new Difference(ObjectType.FOREIGN_SERVER, path, Change.MISSING, null, description(e), null));
            } else if (!e.equals(a)) {
                Map<String, String> want = e.attributes();
                Map<String, String> have = a.attributes();
                want.forEach((attribute, value) -> {
                    if (!Objects.equals(value, have.get(attribute))) {
                        out.add(new Difference(ObjectType.FOREIGN_SERVER, path, Change.CHANGED, attribute, value,
                                have.get(attribute)));
                    }
                });
                have.forEach((attribute, value) -> {
                    if (!want.containsKey(attribute)) {
                        out.add(new Difference(ObjectType.FOREIGN_SERVER, path, Change.CHANGED, attribute, null,
                                value));
                    }
                });
            }
        }
        actualByName.values().forEach(a -> out.add(new Difference(ObjectType.FOREIGN_SERVER, "server:" + a.name(),
                Change.UNEXPECTED, null, null, description(a))));
        return out;
    }

    private static String description(ForeignServer server) {
        return "server of " + server.wrapper();
    }

    static Catalog[] align(Catalog expected, Catalog actual, BinaryOperator<String> reason,
            List<CoverageAlignment.Sided> notCompared) {
        if (expected.covers(Coverage.FOREIGN_TABLES) == actual.covers(Coverage.FOREIGN_TABLES)
                || expected.engine() != actual.engine()) {
            return new Catalog[] {expected, actual};
        }
        boolean fromExpected = expected.covers(Coverage.FOREIGN_TABLES);
        String why = reason.apply(fromExpected ? "actual" : "expected", "foreign servers and tables");
        String side = fromExpected ? "expected" : "actual";
        Catalog covering = fromExpected ? expected : actual;
        covering.foreignServers().forEach(s -> notCompared.add(new CoverageAlignment.Sided(
                new NotCompared("foreign server", s.name(), why), side)));
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : covering.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                if (t.kind() == TableKind.FOREIGN) {
                    notCompared.add(new CoverageAlignment.Sided(new NotCompared("foreign table",
                            s.name() + "." + t.name(), why), side));
                } else {
                    tables.add(t);
                }
            }
            schemas.add(s.withTablesAndViews(tables, s.views()));
        }
        Catalog stripped = covering.withSchemas(schemas).withForeignServers(List.of());
        return fromExpected ? new Catalog[] {stripped, actual} : new Catalog[] {expected, stripped};
    }
}
