package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Column-level grants (privileges {@code grantee:PRIVILEGE(column)}) against a side captured before they
 * were: the other side's are taken out and listed as not compared, so an older snapshot taken with
 * privileges does not make every column grant look like drift.
 */
final class ColumnGrantAlignment {
    private ColumnGrantAlignment() {
    }

    static Catalog[] align(Catalog expected, Catalog actual, BinaryOperator<String> reason,
            List<CoverageAlignment.Sided> notCompared) {
        if (expected.covers(Coverage.COLUMN_PRIVILEGES) == actual.covers(Coverage.COLUMN_PRIVILEGES)
                || expected.engine() != actual.engine()) {
            return new Catalog[] {expected, actual};
        }
        boolean fromExpected = expected.covers(Coverage.COLUMN_PRIVILEGES);
        String why = reason.apply(fromExpected ? "actual" : "expected", "column privileges");
        String side = fromExpected ? "expected" : "actual";
        Catalog covering = fromExpected ? expected : actual;
        List<Schema> schemas = new ArrayList<>();
        for (Schema s : covering.schemas()) {
            List<Table> tables = new ArrayList<>();
            for (Table t : s.tables()) {
                tables.add(t.withPrivileges(tableLevel(t.privileges(), s.name() + "." + t.name(), why, side,
                        notCompared)));
            }
            List<View> views = new ArrayList<>();
            for (View v : s.views()) {
                views.add(new View(v.name(), v.materialized(), v.definition(), v.comment(), v.indexes(),
                        tableLevel(v.privileges(), s.name() + "." + v.name(), why, side, notCompared),
                        v.triggers(), v.security(), v.definer()));
            }
            schemas.add(s.withTablesAndViews(tables, views));
        }
        Catalog stripped = covering.withSchemas(schemas);
        return fromExpected ? new Catalog[] {stripped, actual} : new Catalog[] {expected, stripped};
    }

    private static List<String> tableLevel(List<String> privileges, String path, String why, String side,
            List<CoverageAlignment.Sided> notCompared) {
        List<String> kept = new ArrayList<>();
        boolean listed = false;
        for (String privilege : privileges) {
            if (!isColumnGrant(privilege)) {
                kept.add(privilege);
            } else if (!listed) {
                listed = true;
                notCompared.add(new CoverageAlignment.Sided(new NotCompared("column grant", path, why), side));
            }
        }
        return kept;
    }

    /** Whether a privilege of the model is on a column: {@code grantee:PRIVILEGE(column)[:grantable]}. */
    static boolean isColumnGrant(String privilege) {
        int colon = privilege.indexOf(':');
        return colon >= 0 && privilege.indexOf('(', colon) > 0;
    }
}
