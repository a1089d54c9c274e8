package io.github.schemaparity.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Default ratings of the object kinds added for issue 12 beyond the first model, kept apart from
 * {@link RiskTable}'s own list so each kind's rules and reasons are read in one place. Triggers on views
 * share the table triggers' {@code TRIGGER} rules: a missing {@code INSTEAD OF} trigger makes every write
 * through the view fail, as a missing table trigger skips logic. Event triggers rate MEDIUM: they act on DDL
 * (audit logs, guards), not on the application's reads and writes. Extended statistics rate LOW: they change
 * plans, never results. Publications rate LOW (at most 20) whatever differs: which tables production publishes
 * to a replica or a data pipeline is the environment's business, not the application's, and a publication
 * never changes what the application reads or writes. A missing foreign data wrapper rates HIGH: no server
 * on it, and so no foreign table, can exist.
 */
final class KindRisks {
    private static final List<RiskTable.Rule> RULES = List.of(
            rule("EVENT_TRIGGER:MISSING", 50, "DDL auditing or a guard against some DDL the environment relies on"
                    + " does not run"),
            rule("EVENT_TRIGGER:UNEXPECTED", 45, "unknown code runs on every DDL: migrations may be refused,"
                    + " logged or slowed"),
            rule("EVENT_TRIGGER:CHANGED", 40, "the event trigger fires on other DDL or does other things"),
            rule("EVENT_TRIGGER:CHANGED:enabled", 50, "the event trigger does not fire, or fires where it should not"),
            rule("STATISTICS:MISSING", 20, "the planner misjudges correlated columns: some queries get worse plans"),
            rule("STATISTICS:UNEXPECTED", 10, "a tuning hotfix in production: ANALYZE does more work, plans may"
                    + " differ from the tested ones"),
            rule("STATISTICS:CHANGED", 15, "the planner knows other things about the columns: plans may differ"),
            rule("RULE:MISSING", 60, "writes (or reads) the rule rewrites do what the statement says instead:"
                    + " rows go elsewhere or are not suppressed"),
            rule("RULE:UNEXPECTED", 55, "unknown rewriting: statements on the relation do something else"),
            rule("RULE:CHANGED", 50, "the rule rewrites statements differently"),
            rule("RULE:CHANGED:enabled", 55, "the rule does not apply, or applies where it should not"),
            rule("COLLATION:MISSING", 60, "columns and migrations that name it fail; text compared with it sorts"
                    + " by another collation"),
            rule("COLLATION:UNEXPECTED", 10, "unused by the code"),
            rule("COLLATION:CHANGED", 55, "text sorts and compares differently: ORDER BY, unique indexes and"
                    + " range queries on its columns change"),
            rule("PUBLICATION:MISSING", 20, "environmental: a replica or pipeline fed from production is not fed"
                    + " here; the application reads and writes the same"),
            rule("PUBLICATION:UNEXPECTED", 10, "environmental: this database publishes changes the code does not"
                    + " know of"),
            rule("PUBLICATION:CHANGED", 15, "environmental: subscribers receive other tables, rows, columns or"
                    + " operations; the application reads and writes the same"),
            rule("FOREIGN_DATA_WRAPPER:MISSING", 60, "no foreign server on it can be created: its foreign tables"
                    + " are missing too"),
            rule("FOREIGN_DATA_WRAPPER:UNEXPECTED", 10, "unused by the code"),
            rule("FOREIGN_DATA_WRAPPER:CHANGED", 40, "foreign tables through it are read by other code"),
            rule("FOREIGN_DATA_WRAPPER:CHANGED:option.*", 30, "servers and foreign tables through it get other"
                    + " defaults"));

    private KindRisks() {
    }

    /** {@code rules} followed by these kinds' rules. */
    static List<RiskTable.Rule> appendedTo(List<RiskTable.Rule> rules) {
        List<RiskTable.Rule> all = new ArrayList<>(rules);
        all.addAll(RULES);
        return List.copyOf(all);
    }

    private static RiskTable.Rule rule(String key, int risk, String reason) {
        return new RiskTable.Rule(key, risk, reason);
    }
}
