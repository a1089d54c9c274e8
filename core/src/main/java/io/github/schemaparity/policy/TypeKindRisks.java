package io.github.schemaparity.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * The default risk rules of the PostgreSQL kinds added for issue 12: composite and range types, table inheritance, foreign servers and tables. Kept apart
 * from {@link RiskTable}'s own list so each kind's rules read together; {@link RiskTable#defaultRules()}
 * lists them after the others.
 */
final class TypeKindRisks {
    static final List<RiskTable.Rule> RULES = List.of(
            rule("COMPOSITE_TYPE:MISSING", 85, "columns, casts and functions using it fail"),
            rule("COMPOSITE_TYPE:UNEXPECTED", 10, "unused by the code"),
            rule("COMPOSITE_TYPE:CHANGED:fields", 65, "row values are built and read by position: another attribute"
                    + " list gives wrong fields or casts that fail"),
            rule("RANGE_TYPE:MISSING", 85, "columns, casts and functions using it fail"),
            rule("RANGE_TYPE:UNEXPECTED", 10, "unused by the code"),
            rule("RANGE_TYPE:CHANGED", 50, "ranges are built or compared differently"),
            rule("RANGE_TYPE:CHANGED:subtype", 70, "bounds of another type: values do not convert or fit"),
            rule("RANGE_TYPE:CHANGED:subtypeOpClass", 60, "bounds are ordered differently: ranges the code builds"
                    + " are rejected or overlap differently"),
            rule("RANGE_TYPE:CHANGED:collation", 50, "text bounds are ordered differently"),
            rule("RANGE_TYPE:CHANGED:canonical", 55, "discrete ranges are normalised differently: equality changes"),
            rule("RANGE_TYPE:CHANGED:subtypeDiff", 15, "GiST index quality only; results are the same"),
            rule("RANGE_TYPE:CHANGED:multirange", 40, "the multirange type has another name: code naming it fails"),
            rule("TABLE:CHANGED:inherits", 55, "queries on a parent read its children's rows too: rows appear in"
                    + " or vanish from them; columns added to a parent reach the child or not"),
            rule("FOREIGN_SERVER:MISSING", 80, "every foreign table on it is missing too: queries on them fail"),
            rule("FOREIGN_SERVER:UNEXPECTED", 15, "unused by the code; may reach another database"),
            rule("FOREIGN_SERVER:CHANGED", 40, "foreign tables read another server's data"),
            rule("FOREIGN_SERVER:CHANGED:option.*", 40, "foreign tables reach another host, port or database"),
            rule("FOREIGN_SERVER:CHANGED:version", 10, "informational for most wrappers"),
            rule("TABLE:CHANGED:server", 55, "the foreign table reads another server's rows"),
            rule("TABLE:CHANGED:foreign.*", 45, "the foreign table reads another remote table, file or column"));

    private TypeKindRisks() {
    }

    /** {@code rules} followed by these. */
    static List<RiskTable.Rule> appended(List<RiskTable.Rule> rules) {
        List<RiskTable.Rule> all = new ArrayList<>(rules);
        all.addAll(RULES);
        return List.copyOf(all);
    }

    private static RiskTable.Rule rule(String key, int risk, String reason) {
        return new RiskTable.Rule(key, risk, reason);
    }
}
