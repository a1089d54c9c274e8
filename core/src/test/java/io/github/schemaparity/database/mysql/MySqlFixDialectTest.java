package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.fix.FixPlanner;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Fixtures.TableBuilder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden MySQL/MariaDB fix SQL: back-quoted names, MODIFY with the whole definition, DELIMITER for bodies. */
class MySqlFixDialectTest {

    static Catalog catalog(Engine engine, List<Table> tables, List<View> views, List<Routine> routines) {
        return new Catalog(engine, "11.4.5-MariaDB", List.of(new Schema("app", null, tables, views, List.of(), routines,
                List.of(), List.of())), List.of(), List.of());
    }

    static String fix(Catalog expected, Catalog actual, boolean destructive) {
        return FixPlanner.fix(EngineRegistry.of(actual.engine()).fixDialect(), expected, actual, new CatalogDiffer(DiffOptions.defaults()).diff(expected, actual))
                .render(List.of(), destructive);
    }

    static Table orders(boolean drifted) {
        TableBuilder t = TableBuilder.of("order")
                .column(new Column("id", 1, "int", false, null, "AUTO_INCREMENT", null, null, null))
                .column(new Column("status", 2, drifted ? "varchar(255)" : "varchar(20)", false, "'new'", null, null,
                        null, "it's the state"))
                .column(new Column("updated_at", 3, "timestamp", false,
                        "current_timestamp() on update current_timestamp()", null, null, null, null))
                .primaryKey(new PrimaryKey("PRIMARY", true, List.of("id")))
                .check(new CheckConstraint("order_status_ck", false, drifted ? "`status` <> ''" : "`status` <> 'x'", true))
                .index(new Index(drifted ? "idx_status" : "order_status_idx", false, false, "btree invisible",
                        List.of("status(10)", "updated_at DESC"), List.of(), null))
                .trigger(new Trigger("order_touch", "BEFORE", List.of("UPDATE"), "ROW",
                        drifted ? "set new.status = 'x'" : "begin set new.status = 'y'; set new.id = new.id; end", null,
                        "ENABLED"))
                .option("engine", "innodb");
        if (drifted) {
            t.column(new Column("hotfix", 4, "int", true, null, null, null, null, null));
        }
        return t.build();
    }

    @Test
    void tableDriftOnMariaDb() {
        Table items = TableBuilder.of("items")
                .column(new Column("order_id", 1, "int", false, null, null, null, null, null))
                .column(new Column("sku", 2, "varchar(20)", false, null, null, null, "utf8mb4_bin", null))
                .unique(new UniqueConstraint("items_sku_uq", false, List.of("sku"), false, false))
                .foreignKey(new ForeignKey("items_order_fk", false, List.of("order_id"), "order", List.of("id"),
                        "CASCADE", "RESTRICT", false, false, true))
                .option("engine", "innodb").option("collation", "utf8mb4_general_ci").comment("lines")
                .build();
        View open = new View("open_orders", false, "select `id` from `order` where `status` <> 'closed'", null,
                List.of(), List.of());
        Routine tax = new Routine("tax", "FUNCTION", List.of("decimal(10,2)"), "amount decimal(10,2)", "decimal(10,2)",
                "sql", "return amount * 0.2", "DETERMINISTIC CONTAINS SQL", false, false, "vat");
        Catalog expected = catalog(Engine.MARIADB, List.of(orders(false), items), List.of(open), List.of(tax));
        Catalog actual = catalog(Engine.MARIADB, List.of(orders(true)), List.of(), List.of());

        assertThat(fix(expected, actual, false)).isEqualTo("""
                DROP TRIGGER `order_touch`;
                ALTER TABLE `order` DROP CONSTRAINT `order_status_ck`;
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE `order` DROP COLUMN `hotfix`;
                CREATE TABLE `items` (
                    `order_id` int NOT NULL,
                    `sku` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                    UNIQUE KEY `items_sku_uq` (`sku`)
                ) ENGINE = innodb DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_general_ci COMMENT = 'lines';
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE `order` MODIFY COLUMN `status` varchar(20) NOT NULL DEFAULT 'new' COMMENT 'it''s the state';
                ALTER TABLE `order` ADD CONSTRAINT `order_status_ck` CHECK (`status` <> 'x');
                ALTER TABLE `order` RENAME INDEX `idx_status` TO `order_status_idx`;
                CREATE FUNCTION `tax`(amount decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC CONTAINS SQL SQL SECURITY INVOKER COMMENT 'vat'
                return amount * 0.2;
                CREATE VIEW `open_orders` AS select `id` from `order` where `status` <> 'closed';
                ALTER TABLE `items` ADD CONSTRAINT `items_order_fk` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON DELETE CASCADE ON UPDATE RESTRICT;
                DELIMITER $$
                CREATE TRIGGER `order_touch` BEFORE UPDATE ON `order` FOR EACH ROW
                begin set new.status = 'y'; set new.id = new.id; end $$
                DELIMITER ;
                """);
    }

    @Test
    void aChangedKeyOrCheckIsOneAlterTableButNotASameNamedForeignKeyOrAnIndex() {
        java.util.function.Function<Boolean, Table> items = drifted -> TableBuilder.of("items")
                .column(new Column("order_id", 1, "int", false, null, null, null, null, null))
                .column(new Column("sku", 2, "varchar(20)", false, null, null, null, null, null))
                .unique(new UniqueConstraint("items_sku_uq", false, drifted ? List.of("sku", "order_id") : List.of("sku"),
                        false, false))
                .check(new CheckConstraint("items_sku_ck", false, drifted ? "`sku` <> 'x'" : "`sku` <> ''", true))
                .index(new Index("items_order_idx", false, false, "btree", drifted ? List.of("order_id", "sku")
                        : List.of("order_id"), List.of(), null))
                .foreignKey(new ForeignKey("items_order_fk", false, List.of("order_id"), "order", List.of("id"),
                        drifted ? null : "CASCADE", null, false, false, true))
                .option("engine", "innodb").build();
        Catalog expected = catalog(Engine.MARIADB, List.of(items.apply(false)), List.of(), List.of());
        Catalog actual = catalog(Engine.MARIADB, List.of(items.apply(true)), List.of(), List.of());

        assertThat(fix(expected, actual, false)).isEqualTo("""
                ALTER TABLE `items` DROP FOREIGN KEY `items_order_fk`;
                ALTER TABLE `items` DROP INDEX `items_order_idx`;
                ALTER TABLE `items` DROP CONSTRAINT `items_sku_ck`, ADD CONSTRAINT `items_sku_ck` CHECK (`sku` <> '');
                ALTER TABLE `items` DROP INDEX `items_sku_uq`, ADD UNIQUE KEY `items_sku_uq` (`sku`);
                ALTER TABLE `items` ADD INDEX `items_order_idx` (`order_id`);
                ALTER TABLE `items` ADD CONSTRAINT `items_order_fk` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON DELETE CASCADE;
                """);
    }

    @Test
    void mySqlWantsParenthesesAroundExpressionDefaultsAndInvisibleIndexes() {
        Table want = TableBuilder.of("t")
                .column(new Column("id", 1, "char(36)", false, "uuid()", null, null, null, null))
                .column(new Column("at", 2, "timestamp", false, " on update current_timestamp()", null, null, null, null))
                .index(new Index("t_id", false, false, "btree invisible", List.of("id"), List.of(), null)).build();
        Table have = TableBuilder.of("t").column(new Column("id", 1, "char(36)", false, null, null, null, null, null))
                .column(new Column("at", 2, "timestamp", false, "current_timestamp() on update current_timestamp()",
                        null, null, null, null))
                .build();

        assertThat(fix(catalog(Engine.MYSQL, List.of(want), List.of(), List.of()),
                catalog(Engine.MYSQL, List.of(have), List.of(), List.of()), false)).isEqualTo("""
                ALTER TABLE `t` MODIFY COLUMN `at` timestamp NOT NULL ON UPDATE current_timestamp();
                ALTER TABLE `t` MODIFY COLUMN `id` char(36) NOT NULL DEFAULT (uuid());
                ALTER TABLE `t` ADD INDEX `t_id` (`id`) INVISIBLE;
                """);
    }

    @Test
    void keyPartsAndIdentifiersAreBackQuoted() {
        assertThat(MySqlNames.keyParts(List.of("a", "b(10)", "c DESC", "d(4) DESC", "(lower(`e`))")))
                .isEqualTo("`a`, `b`(10), `c` DESC, `d`(4) DESC, (lower(`e`))");
        assertThat(MySqlNames.ident("we`ird")).isEqualTo("`we``ird`");
        assertThat(MySqlNames.literal("a'b\\c")).isEqualTo("'a''b\\\\c'");
    }
}
