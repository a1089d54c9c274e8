package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.MariaDbDriftScenarios;
import io.github.schemaparity.scenarios.MariaDbKindScenarios;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.MariaDbServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * View and routine {@code SQL SECURITY}, definers (compared on request) and trigger fire order on a real
 * MariaDB 11.4 (embedded): each drift names exactly its object, change and attribute, its fix.sql turns a
 * copy of actual back into expected and the adopt migration turns expected into actual; the same objects
 * written two ways give no difference; an older snapshot without these parts lists them as not compared.
 */
class MariaDbSecurityAndTriggerOrderTest {
    private static final DiffOptions WITH_DEFINERS = new DiffOptions(false, true);

    @BeforeAll
    static void otherDefiner() {
        MariaDbServer.shared().execute("", "CREATE USER IF NOT EXISTS '" + MariaDbKindScenarios.OTHER_DEFINER
                + "'@'%'", "GRANT ALL ON *.* TO '" + MariaDbKindScenarios.OTHER_DEFINER + "'@'%'");
    }

    static Stream<DriftScenario> defaults() {
        return MariaDbKindScenarios.DEFAULT.stream();
    }

    static Stream<DriftScenario> definers() {
        return MariaDbKindScenarios.DEFINERS.stream();
    }

    @ParameterizedTest(name = "MariaDB: {0}")
    @MethodSource("defaults")
    void driftFixAndAdoptRoundTrip(DriftScenario scenario, @TempDir Path work) {
        new FixRoundTrip(RoundTripServer.mariaDb(), MariaDbKindScenarios.baseSql(), false)
                .check(scenario, MariaDbKindScenarios.DESTRUCTIVE.contains(scenario.name()), work);
    }

    @ParameterizedTest(name = "MariaDB, definers compared: {0}")
    @MethodSource("definers")
    void definerDriftFixAndAdoptRoundTrip(DriftScenario scenario, @TempDir Path work) {
        new FixRoundTrip(RoundTripServer.mariaDb(), MariaDbKindScenarios.baseSql(), false, WITH_DEFINERS)
                .check(scenario, false, work);
    }

    @ParameterizedTest(name = "MariaDB, definers not compared: {0}")
    @MethodSource("definers")
    void definersAreNotComparedByDefault(DriftScenario scenario) {
        Catalog expected = capture(MariaDbServer.shared().createDatabase("exp", MariaDbKindScenarios.baseSql()));
        Catalog actual = capture(MariaDbServer.shared().createDatabase("act", MariaDbKindScenarios.baseSql(),
                scenario.sql()));

        assertThat(new CatalogDiffer(DiffOptions.defaults()).diff(expected, actual)).isEmpty();
    }

    @Test
    void captureReadsSecurityDefinerAndFireOrder() {
        Catalog catalog = capture(MariaDbServer.shared().createDatabase("cap", MariaDbKindScenarios.baseSql()));
        Schema app = catalog.schemas().get(0);
        String me = app.views().stream().filter(v -> v.name().equals("order_notes")).findFirst().orElseThrow().definer();

        assertThat(app.views()).extracting(View::name, View::security)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order_notes", "DEFINER"),
                        org.assertj.core.groups.Tuple.tuple("order_totals", "INVOKER"));
        assertThat(me).isEqualTo(MariaDbServer.shared().user() + "@localhost");
        assertThat(app.routines()).singleElement().satisfies(r -> {
            assertThat(r.securityDefiner()).isFalse();
            assertThat(r.definer()).isEqualTo(me);
        });
        Table orders = app.tables().stream().filter(t -> t.name().equals("orders")).findFirst().orElseThrow();
        Table events = app.tables().stream().filter(t -> t.name().equals("events_log")).findFirst().orElseThrow();
        assertThat(events.options()).containsEntry("subpartitionKey", "HASH (id)").containsEntry("partitions",
                "p0 VALUES LESS THAN (2024) (SUBPARTITION p0sp0, SUBPARTITION p0sp1), pmax VALUES LESS THAN (MAXVALUE)"
                        + " (SUBPARTITION pmaxsp0, SUBPARTITION pmaxsp1)");
        assertThat(orders.triggers()).extracting(Trigger::name, Trigger::order).containsExactly(
                org.assertj.core.groups.Tuple.tuple("orders_a", 1), org.assertj.core.groups.Tuple.tuple("orders_b", 3),
                org.assertj.core.groups.Tuple.tuple("orders_c", 2),
                org.assertj.core.groups.Tuple.tuple("orders_total", 1));
        assertThat(app.sequences()).singleElement().isEqualTo(new io.github.schemaparity.model.Sequence("order_ids",
                "bigint", 100, 10, 1, 100000, 50, false, null));
        assertThat(catalog.notCompared()).as("sequences and subpartitioning left the ledger").isEmpty();
        assertThat(catalog.coverage()).contains(Coverage.MYSQL_SECURITY, Coverage.TRIGGER_ORDER,
                Coverage.MYSQL_SEQUENCES, Coverage.MYSQL_SUBPARTITIONS);
    }

    @Test
    void aSelectOnlyUserReadsSequencesAndViewSecurityAsTheOwnerDoes() throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        String database = server.createDatabase("sel", MariaDbKindScenarios.baseSql());
        server.execute("", "CREATE USER IF NOT EXISTS 'sp_select_only'@'localhost' IDENTIFIED BY 'sel-pw'",
                "GRANT SELECT, SHOW VIEW ON `" + database + "`.* TO 'sp_select_only'@'localhost'");
        Catalog owner = capture(database);
        Catalog reader;
        try (Connection connection = java.sql.DriverManager.getConnection(server.url(database), "sp_select_only",
                "sel-pw")) {
            Catalog catalog = new MySqlCatalogReader().read(connection, CaptureOptions.defaults());
            reader = catalog.withSchemas(List.of(catalog.schemas().get(0).withName(MariaDbDriftScenarios.DATABASE)));
        }

        assertThat(reader.schemas().get(0).sequences()).isEqualTo(owner.schemas().get(0).sequences()).hasSize(1);
        assertThat(reader.schemas().get(0).views()).extracting(View::name, View::security)
                .isEqualTo(owner.schemas().get(0).views().stream().map(v -> org.assertj.core.groups.Tuple.tuple(
                        v.name(), v.security())).toList());
    }

    @Test
    void theSameObjectsWrittenAnotherWayGiveNoDifference() {
        String another = """
                CREATE TABLE orders (id int NOT NULL PRIMARY KEY, note varchar(200), total decimal(10,2) NOT NULL DEFAULT 0);
                CREATE ALGORITHM = UNDEFINED SQL SECURITY INVOKER VIEW order_totals AS SELECT id, total FROM orders;
                CREATE SQL SECURITY DEFINER VIEW order_notes AS SELECT id, note FROM orders;
                CREATE TRIGGER orders_b BEFORE INSERT ON orders FOR EACH ROW SET NEW.note = CONCAT(NEW.note, 'b');
                CREATE TRIGGER orders_a BEFORE INSERT ON orders FOR EACH ROW PRECEDES orders_b SET NEW.note = CONCAT(COALESCE(NEW.note, ''), 'a');
                CREATE TRIGGER orders_c BEFORE INSERT ON orders FOR EACH ROW PRECEDES orders_b SET NEW.note = CONCAT(NEW.note, 'c');
                CREATE TRIGGER orders_total BEFORE UPDATE ON orders FOR EACH ROW SET NEW.total = GREATEST(NEW.total, 0);
                CREATE FUNCTION order_tax(amount decimal(10,2)) RETURNS decimal(10,2) SQL SECURITY INVOKER DETERMINISTIC RETURN amount * 0.2;
                CREATE SEQUENCE order_ids INCREMENT = 10 START = 100 MINVALUE 1 MAXVALUE = 100000 CACHE = 50 NOCYCLE;
                CREATE TABLE events_log (id int NOT NULL, created int NOT NULL, PRIMARY KEY (id, created))
                    PARTITION BY RANGE (created) SUBPARTITION BY HASH (id)
                    (PARTITION p0 VALUES LESS THAN (2024) (SUBPARTITION p0sp0, SUBPARTITION p0sp1),
                     PARTITION pmax VALUES LESS THAN MAXVALUE (SUBPARTITION pmaxsp0, SUBPARTITION pmaxsp1));
                """;
        // a sequence that has handed out values is the same sequence: its next value is data
        Catalog one = capture(MariaDbServer.shared().createDatabase("one", MariaDbKindScenarios.baseSql(),
                "SELECT NEXTVAL(order_ids)", "SELECT NEXTVAL(order_ids)"));
        Catalog other = capture(MariaDbServer.shared().createDatabase("other", another));

        assertThat(new CatalogDiffer(WITH_DEFINERS).diff(one, other)).isEmpty();
    }

    @Test
    void anOlderSnapshotListsSecurityAndOrderAsNotComparedInsteadOfDifferences(@TempDir Path work) throws Exception {
        Catalog current = capture(MariaDbServer.shared().createDatabase("cur", MariaDbKindScenarios.baseSql()));
        // what a snapshot written before these parts existed holds: no SQL SECURITY, definers or fire order
        Catalog older = current.withSchemas(current.schemas().stream().map(s -> new Schema(s.name(), s.comment(),
                s.tables().stream().map(t -> new Table(t.name(), t.kind(), t.comment(), t.columns(), t.primaryKey(),
                        t.foreignKeys(), t.uniques(), t.checks(), t.indexes(),
                        t.triggers().stream().map(tr -> tr.withoutOrder().withoutDefiner()).toList(), t.policies(),
                        withoutSubpartitions(t.options()), t.privileges())).toList(),
                s.views().stream().map(View::withoutSecurity).toList(), List.of(),
                s.routines().stream().map(r -> r.withDefiner(null)).toList(), s.enumTypes(), s.domains(), s.events()))
                .toList()).withLedger(current.databaseSettings(), current.notCompared(),
                current.coverage().stream().filter(c -> !c.equals(Coverage.MYSQL_SECURITY)
                        && !c.equals(Coverage.TRIGGER_ORDER) && !c.equals(Coverage.MYSQL_SEQUENCES)
                        && !c.equals(Coverage.MYSQL_SUBPARTITIONS)).toList());
        Path file = work.resolve("older.json");
        SnapshotFile.write(Snapshot.of(List.of("app"), older), file);
        Catalog loaded = SnapshotFile.read(file).catalog();
        // the drifted order and security would be differences between two current captures
        Catalog drifted = capture(MariaDbServer.shared().createDatabase("drift", MariaDbKindScenarios.baseSql(),
                MariaDbKindScenarios.DEFAULT.get(0).sql(), MariaDbKindScenarios.DEFAULT.get(2).sql(),
                "ALTER SEQUENCE order_ids INCREMENT BY 5", MariaDbKindScenarios.DEFAULT.get(9).sql()));

        assertThat(new CatalogDiffer(WITH_DEFINERS).diff(loaded, drifted)).isEmpty();
        assertThat(NotComparedLedger.of(loaded, drifted)).extracting(Uncompared::kind, Uncompared::object)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("view sql security", "app.order_notes"),
                        org.assertj.core.groups.Tuple.tuple("view sql security", "app.order_totals"),
                        org.assertj.core.groups.Tuple.tuple("trigger order", "app.orders.orders_a"),
                        org.assertj.core.groups.Tuple.tuple("trigger order", "app.orders.orders_b"),
                        org.assertj.core.groups.Tuple.tuple("trigger order", "app.orders.orders_c"),
                        org.assertj.core.groups.Tuple.tuple("sequence", "app.order_ids"),
                        org.assertj.core.groups.Tuple.tuple("table subpartitioning", "app.events_log"));
    }

    /** Table options as a snapshot written before subpartitions were compared has them. */
    private static java.util.SortedMap<String, String> withoutSubpartitions(java.util.Map<String, String> options) {
        java.util.SortedMap<String, String> older = new java.util.TreeMap<>(options);
        older.remove("subpartitionKey");
        older.computeIfPresent("partitions", (k, v) -> v.replaceAll(" \\(SUBPARTITION [^)]*\\)", ""));
        return older;
    }

    private static Catalog capture(String database) {
        try (Connection connection = MariaDbServer.shared().connect(database)) {
            Catalog catalog = new MySqlCatalogReader().read(connection, CaptureOptions.defaults());
            // renamed app, coverage kept (the drift suites' asDatabase leaves it out)
            return catalog.withSchemas(List.of(catalog.schemas().get(0).withName(MariaDbDriftScenarios.DATABASE)));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
