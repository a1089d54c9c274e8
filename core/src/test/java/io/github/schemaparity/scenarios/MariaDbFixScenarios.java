package io.github.schemaparity.scenarios;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;

import io.github.schemaparity.diff.ObjectType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A small MariaDB drift suite on top of {@code scenarios/mariadb-fix-base.sql} for the fix round trip,
 * one drift per kind of statement the MySQL fix writes. The captured database is renamed {@code app}, so
 * object paths start with {@code app.}. (The full MariaDB drift suite replaces it once it exists.)
 */
public final class MariaDbFixScenarios {
    private MariaDbFixScenarios() {
    }

    private static DriftScenario.Expect expect(ObjectType type, String object, io.github.schemaparity.diff.Change change,
            String attribute) {
        return new DriftScenario.Expect(type, object, change, attribute);
    }

    public static final List<DriftScenario> ALL = List.of(
            DriftScenario.of("hotfix table", "CREATE TABLE tmp_fix (id int)",
                    expect(ObjectType.TABLE, "app.tmp_fix", UNEXPECTED, null)),
            DriftScenario.of("table dropped", "DROP TABLE audit_log",
                    expect(ObjectType.TABLE, "app.audit_log", MISSING, null)),
            DriftScenario.of("table engine", "ALTER TABLE audit_log ENGINE = MyISAM",
                    expect(ObjectType.TABLE, "app.audit_log", CHANGED, "engine")),
            DriftScenario.of("table comment", "ALTER TABLE customer COMMENT = 'buyers'",
                    expect(ObjectType.TABLE, "app.customer", CHANGED, "comment")),
            DriftScenario.of("column widened", "ALTER TABLE customer MODIFY email varchar(255) NOT NULL",
                    expect(ObjectType.COLUMN, "app.customer.email", CHANGED, "type")),
            DriftScenario.of("column made nullable", "ALTER TABLE orders MODIFY status varchar(20) NULL DEFAULT 'new'",
                    expect(ObjectType.COLUMN, "app.orders.status", CHANGED, "nullable")),
            DriftScenario.of("column default", "ALTER TABLE orders ALTER status SET DEFAULT 'open'",
                    expect(ObjectType.COLUMN, "app.orders.status", CHANGED, "default")),
            DriftScenario.of("column comment", "ALTER TABLE customer MODIFY name varchar(80) DEFAULT 'anon' COMMENT 'display'",
                    expect(ObjectType.COLUMN, "app.customer.name", CHANGED, "comment")),
            DriftScenario.of("column added", "ALTER TABLE orders ADD COLUMN hotfix int",
                    expect(ObjectType.COLUMN, "app.orders.hotfix", UNEXPECTED, null)),
            DriftScenario.of("column dropped", "ALTER TABLE customer DROP COLUMN name",
                    expect(ObjectType.COLUMN, "app.customer.name", MISSING, null)),
            DriftScenario.of("generated virtual to stored", "ALTER TABLE customer DROP COLUMN email_domain, "
                    + "ADD COLUMN email_domain varchar(120) AS (substring_index(email, '@', -1)) STORED AFTER name",
                    expect(ObjectType.COLUMN, "app.customer.email_domain", CHANGED, "generated")),
            DriftScenario.of("spatial index dropped", "ALTER TABLE customer DROP INDEX customer_location",
                    expect(ObjectType.INDEX, "app.customer.customer_location", MISSING, null)),
            DriftScenario.of("index added", "CREATE INDEX orders_created ON orders (created_at)",
                    expect(ObjectType.INDEX, "app.orders.orders_created", UNEXPECTED, null)),
            DriftScenario.of("index dropped", "DROP INDEX orders_status ON orders",
                    expect(ObjectType.INDEX, "app.orders.orders_status", MISSING, null)),
            DriftScenario.of("index made unique", "DROP INDEX orders_status ON orders; "
                    + "CREATE UNIQUE INDEX orders_status ON orders (status, id)",
                    expect(ObjectType.INDEX, "app.orders.orders_status", MISSING, null),
                    expect(ObjectType.UNIQUE, "app.orders.orders_status", UNEXPECTED, null)),
            DriftScenario.of("unique dropped", "ALTER TABLE customer DROP INDEX customer_email",
                    expect(ObjectType.UNIQUE, "app.customer.customer_email", MISSING, null)),
            DriftScenario.of("foreign key action", "ALTER TABLE orders DROP FOREIGN KEY orders_customer; "
                    + "ALTER TABLE orders ADD CONSTRAINT orders_customer FOREIGN KEY (customer_id) "
                    + "REFERENCES customer (id) ON DELETE RESTRICT",
                    expect(ObjectType.FOREIGN_KEY, "app.orders.orders_customer", CHANGED, "onDelete")),
            DriftScenario.of("check changed", "ALTER TABLE orders DROP CONSTRAINT orders_total_positive; "
                    + "ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0)",
                    expect(ObjectType.CHECK, "app.orders.orders_total_positive", CHANGED, "expression")),
            DriftScenario.of("view definition",
                    "CREATE OR REPLACE VIEW open_orders AS SELECT id, customer_id, total FROM orders WHERE status <> 'cancelled'",
                    expect(ObjectType.VIEW, "app.open_orders", CHANGED, "definition")),
            DriftScenario.of("trigger body", "DROP TRIGGER orders_touch; CREATE TRIGGER orders_touch BEFORE UPDATE ON orders "
                    + "FOR EACH ROW SET NEW.note = 'changed'",
                    expect(ObjectType.TRIGGER, "app.orders.orders_touch", CHANGED, "function")),
            DriftScenario.of("function body", "DROP FUNCTION order_tax; CREATE FUNCTION order_tax(amount decimal(10,2)) "
                    + "RETURNS decimal(10,2) DETERMINISTIC RETURN amount * 0.25",
                    expect(ObjectType.ROUTINE, "app.order_tax(decimal(10,2))", CHANGED, "body")),
            DriftScenario.of("hotfix procedure", "CREATE PROCEDURE purge_closed() DELETE FROM orders WHERE status = 'closed'",
                    expect(ObjectType.ROUTINE, "app.purge_closed()", UNEXPECTED, null)));

    /** The base schema every scenario starts from. */
    public static String baseSql() {
        try (InputStream in = MariaDbFixScenarios.class.getResourceAsStream("/scenarios/mariadb-fix-base.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
