package io.github.schemaparity.scenarios;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.ObjectType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Drifts of the MySQL/MariaDB kinds issue 12 added (view and routine {@code SQL SECURITY}, definers, trigger
 * fire order, MariaDB sequences, subpartitions) on top of {@code scenarios/mariadb-kinds-base.sql}, whose {@code orders} table fires
 * {@code orders_a}, {@code orders_c}, {@code orders_b} (in that order) before an insert. The captured
 * database is renamed {@code app}.
 */
public final class MariaDbKindScenarios {
    /** The account the definer drifts name; the test creates it. */
    public static final String OTHER_DEFINER = "sp_deployer";

    private MariaDbKindScenarios() {
    }

    private static DriftScenario.Expect expect(ObjectType type, String object, Change change, String attribute) {
        return new DriftScenario.Expect(type, "app." + object, change, attribute);
    }

    /** Compared by default. */
    public static final List<DriftScenario> DEFAULT = List.of(
            DriftScenario.of("view sql security", "CREATE OR REPLACE SQL SECURITY DEFINER VIEW order_totals AS"
                    + " SELECT id, total FROM orders",
                    expect(ObjectType.VIEW, "order_totals", CHANGED, "security")),
            DriftScenario.of("routine sql security", "DROP FUNCTION order_tax; CREATE FUNCTION order_tax(amount"
                    + " decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC SQL SECURITY DEFINER RETURN amount * 0.2",
                    expect(ObjectType.ROUTINE, "order_tax(decimal(10,2))", CHANGED, "securityDefiner")),
            DriftScenario.of("trigger order", "DROP TRIGGER orders_c; CREATE TRIGGER orders_c BEFORE INSERT ON orders"
                    + " FOR EACH ROW PRECEDES orders_a SET NEW.note = CONCAT(NEW.note, 'c')",
                    expect(ObjectType.TRIGGER, "orders.orders_a", CHANGED, "order"),
                    expect(ObjectType.TRIGGER, "orders.orders_c", CHANGED, "order")),
            DriftScenario.of("trigger recreated last", "DROP TRIGGER orders_a; CREATE TRIGGER orders_a BEFORE INSERT"
                    + " ON orders FOR EACH ROW SET NEW.note = CONCAT(COALESCE(NEW.note, ''), 'A')",
                    expect(ObjectType.TRIGGER, "orders.orders_a", CHANGED, "function"),
                    expect(ObjectType.TRIGGER, "orders.orders_a", CHANGED, "order"),
                    expect(ObjectType.TRIGGER, "orders.orders_b", CHANGED, "order"),
                    expect(ObjectType.TRIGGER, "orders.orders_c", CHANGED, "order")),
            DriftScenario.of("trigger between others dropped", "DROP TRIGGER orders_c",
                    expect(ObjectType.TRIGGER, "orders.orders_c", MISSING, null)),
            DriftScenario.of("sequence increment", "ALTER SEQUENCE order_ids INCREMENT BY 5",
                    expect(ObjectType.SEQUENCE, "order_ids", CHANGED, "increment")),
            DriftScenario.of("sequence bounds and cycle", "ALTER SEQUENCE order_ids MAXVALUE 5000 CYCLE",
                    expect(ObjectType.SEQUENCE, "order_ids", CHANGED, "maxValue"),
                    expect(ObjectType.SEQUENCE, "order_ids", CHANGED, "cycle")),
            DriftScenario.of("sequence dropped", "DROP SEQUENCE order_ids",
                    expect(ObjectType.SEQUENCE, "order_ids", MISSING, null)),
            DriftScenario.of("hotfix sequence", "CREATE SEQUENCE tmp_ids",
                    expect(ObjectType.SEQUENCE, "tmp_ids", UNEXPECTED, null)),
            DriftScenario.of("subpartition key", "ALTER TABLE events_log PARTITION BY RANGE (created) SUBPARTITION BY"
                    + " KEY (id) SUBPARTITIONS 2 (PARTITION p0 VALUES LESS THAN (2024), PARTITION pmax VALUES LESS"
                    + " THAN MAXVALUE)",
                    expect(ObjectType.TABLE, "events_log", CHANGED, "subpartitionKey")),
            DriftScenario.of("subpartition count", "ALTER TABLE events_log PARTITION BY RANGE (created) SUBPARTITION BY"
                    + " HASH (id) SUBPARTITIONS 3 (PARTITION p0 VALUES LESS THAN (2024), PARTITION pmax VALUES LESS"
                    + " THAN MAXVALUE)",
                    expect(ObjectType.TABLE, "events_log", CHANGED, "partitions")),
            DriftScenario.of("subpartitioning removed", "ALTER TABLE events_log PARTITION BY RANGE (created)"
                    + " (PARTITION p0 VALUES LESS THAN (2024), PARTITION pmax VALUES LESS THAN MAXVALUE)",
                    expect(ObjectType.TABLE, "events_log", CHANGED, "subpartitionKey"),
                    expect(ObjectType.TABLE, "events_log", CHANGED, "partitions")));

    /** The scenarios whose fix loses state (a sequence's next value): left by the default fix. */
    public static final java.util.Set<String> DESTRUCTIVE = java.util.Set.of("hotfix sequence");

    /** Compared with {@code DiffOptions#definers()} only. */
    public static final List<DriftScenario> DEFINERS = List.of(
            DriftScenario.of("view definer", "CREATE OR REPLACE DEFINER = '" + OTHER_DEFINER + "'@'%' SQL SECURITY"
                    + " INVOKER VIEW order_totals AS SELECT id, total FROM orders",
                    expect(ObjectType.VIEW, "order_totals", CHANGED, "definer")),
            DriftScenario.of("routine definer", "DROP FUNCTION order_tax; CREATE DEFINER = '" + OTHER_DEFINER + "'@'%'"
                    + " FUNCTION order_tax(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC SQL SECURITY"
                    + " INVOKER RETURN amount * 0.2",
                    expect(ObjectType.ROUTINE, "order_tax(decimal(10,2))", CHANGED, "definer")),
            DriftScenario.of("trigger definer", "DROP TRIGGER orders_total; CREATE DEFINER = '" + OTHER_DEFINER
                    + "'@'%' TRIGGER orders_total BEFORE UPDATE ON orders FOR EACH ROW"
                    + " SET NEW.total = GREATEST(NEW.total, 0)",
                    expect(ObjectType.TRIGGER, "orders.orders_total", CHANGED, "definer")));

    /** The base schema every scenario starts from. */
    public static String baseSql() {
        try (InputStream in = MariaDbKindScenarios.class.getResourceAsStream("/scenarios/mariadb-kinds-base.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
