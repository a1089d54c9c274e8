package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.ForeignDataWrapper;
import io.github.schemaparity.model.Publication;
import io.github.schemaparity.model.Publication.PublishedTable;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Publications and foreign data wrappers on real PostgreSQL 14 and 17 (column lists, row filters and
 * {@code TABLES IN SCHEMA} on 17 only, as they exist from 15): each drift named exactly with the fix and adopt
 * round trips, the same objects written two ways equal, publications rated LOW, a snapshot carrying them and
 * an older one listing them as not compared. The embedded servers run with {@code wal_level = replica}:
 * creating a publication needs no more (only using one does).
 */
class PgPublicationsTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE SCHEMA sales;
            CREATE TABLE public.orders (id bigint PRIMARY KEY, status text, total numeric);
            CREATE TABLE public.customers (id bigint PRIMARY KEY, name text);
            CREATE TABLE sales.invoices (id bigint PRIMARY KEY);
            CREATE PUBLICATION orders_pub FOR TABLE public.orders, public.customers WITH (publish = 'insert, update');
            COMMENT ON PUBLICATION orders_pub IS 'to the warehouse';
            CREATE PUBLICATION everything FOR ALL TABLES;
            CREATE FOREIGN DATA WRAPPER plain_fdw OPTIONS (debug 'true');
            CREATE FOREIGN DATA WRAPPER checked_fdw VALIDATOR postgresql_fdw_validator;
            COMMENT ON FOREIGN DATA WRAPPER checked_fdw IS 'libpq options only'""";

    /** What PostgreSQL 15 and later add: a column list with a row filter, and a schema's tables. */
    static final String BASE_15 = BASE + """
            ;
            CREATE PUBLICATION filtered FOR TABLE public.orders (id, status) WHERE (id > 0);
            CREATE PUBLICATION by_schema FOR TABLES IN SCHEMA sales""";

    static final List<DriftScenario> SCENARIOS = List.of(
            DriftScenario.of("publication dropped", "DROP PUBLICATION orders_pub",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", MISSING, null)),
            DriftScenario.of("publication added", "CREATE PUBLICATION extra FOR TABLE public.customers",
                    new Expect(ObjectType.PUBLICATION, "publication:extra", UNEXPECTED, null)),
            DriftScenario.of("another table list", "ALTER PUBLICATION orders_pub DROP TABLE public.customers",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", CHANGED, "tables")),
            DriftScenario.of("another operation set",
                    "ALTER PUBLICATION orders_pub SET (publish = 'insert, update, delete')",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", CHANGED, "publish")),
            DriftScenario.of("published via the partition root",
                    "ALTER PUBLICATION orders_pub SET (publish_via_partition_root = true)",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", CHANGED, "viaRoot")),
            DriftScenario.of("all tables no more",
                    "DROP PUBLICATION everything; CREATE PUBLICATION everything FOR TABLE public.orders",
                    new Expect(ObjectType.PUBLICATION, "publication:everything", CHANGED, "allTables"),
                    new Expect(ObjectType.PUBLICATION, "publication:everything", CHANGED, "tables")),
            DriftScenario.of("publication comment", "COMMENT ON PUBLICATION orders_pub IS NULL",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", CHANGED, "comment")),
            DriftScenario.of("wrapper dropped", "DROP FOREIGN DATA WRAPPER plain_fdw",
                    new Expect(ObjectType.FOREIGN_DATA_WRAPPER, "foreign-data-wrapper:plain_fdw", MISSING, null)),
            DriftScenario.of("wrapper added", "CREATE FOREIGN DATA WRAPPER extra_fdw",
                    new Expect(ObjectType.FOREIGN_DATA_WRAPPER, "foreign-data-wrapper:extra_fdw", UNEXPECTED, null)),
            DriftScenario.of("wrapper option changed", "ALTER FOREIGN DATA WRAPPER plain_fdw OPTIONS (SET debug 'false')",
                    new Expect(ObjectType.FOREIGN_DATA_WRAPPER, "foreign-data-wrapper:plain_fdw", CHANGED, "option.debug")),
            DriftScenario.of("wrapper option added", "ALTER FOREIGN DATA WRAPPER plain_fdw OPTIONS (ADD level '2')",
                    new Expect(ObjectType.FOREIGN_DATA_WRAPPER, "foreign-data-wrapper:plain_fdw", CHANGED, "option.level")),
            DriftScenario.of("wrapper validator removed", "ALTER FOREIGN DATA WRAPPER checked_fdw NO VALIDATOR",
                    new Expect(ObjectType.FOREIGN_DATA_WRAPPER, "foreign-data-wrapper:checked_fdw", CHANGED,
                            "validator")));

    static final List<DriftScenario> SCENARIOS_15 = List.of(
            DriftScenario.of("another row filter",
                    "ALTER PUBLICATION filtered SET TABLE public.orders (id, status) WHERE (id > 10)",
                    new Expect(ObjectType.PUBLICATION, "publication:filtered", CHANGED, "where.public.orders")),
            DriftScenario.of("row filter dropped", "ALTER PUBLICATION filtered SET TABLE public.orders (id, status)",
                    new Expect(ObjectType.PUBLICATION, "publication:filtered", CHANGED, "where.public.orders")),
            DriftScenario.of("another column list",
                    "ALTER PUBLICATION filtered SET TABLE public.orders (id, status, total) WHERE (id > 0)",
                    new Expect(ObjectType.PUBLICATION, "publication:filtered", CHANGED, "columns.public.orders")),
            DriftScenario.of("row filter added to every column",
                    "ALTER PUBLICATION orders_pub SET TABLE public.orders WHERE (id > 5), public.customers",
                    new Expect(ObjectType.PUBLICATION, "publication:orders_pub", CHANGED, "where.public.orders")),
            DriftScenario.of("another schema", "ALTER PUBLICATION by_schema ADD TABLES IN SCHEMA public",
                    new Expect(ObjectType.PUBLICATION, "publication:by_schema", CHANGED, "schemas")),
            DriftScenario.of("schema publication emptied", "ALTER PUBLICATION by_schema DROP TABLES IN SCHEMA sales",
                    new Expect(ObjectType.PUBLICATION, "publication:by_schema", CHANGED, "schemas")));

    @TempDir
    Path work;

    static Stream<Arguments> scenarios() {
        return Stream.concat(
                Stream.of(PgServer.OLD, PgServer.NEW).flatMap(major -> SCENARIOS.stream()
                        .map(s -> Arguments.of(major, s, BASE))),
                SCENARIOS_15.stream().map(s -> Arguments.of(PgServer.NEW, s, BASE_15)));
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedAndTheFixAndAdoptRoundTripsLeaveNothing(String major, DriftScenario scenario, String base) {
        new FixRoundTrip(RoundTripServer.postgres(major), base, true).check(scenario, false, work);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void capturedAsWrittenRatedAndCarriedBySnapshots(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        boolean pg15 = major.equals(PgServer.NEW);
        String base = pg15 ? BASE_15 : BASE;
        String database = server.createDatabase("pubs", base, "CREATE EXTENSION postgres_fdw");
        try (Connection connection = server.connect(database);
                java.sql.ResultSet wal = connection.createStatement().executeQuery("SHOW wal_level")) {
            assertThat(wal.next()).isTrue();
            // publications are created (and so compared and fixed) without logical decoding
            assertThat(wal.getString(1)).isNotEqualTo("logical");
        }
        Catalog catalog = server.capture(database);

        Publication ordersPub = new Publication("orders_pub", false, List.of("insert", "update"), false,
                List.of(new PublishedTable("public.customers", List.of(), null),
                        new PublishedTable("public.orders", List.of(), null)), List.of(), "to the warehouse");
        Publication everything = new Publication("everything", true, Publication.OPERATIONS, false, List.of(),
                List.of(), null);
        if (pg15) {
            assertThat(catalog.publications()).containsExactly(
                    new Publication("by_schema", false, Publication.OPERATIONS, false, List.of(), List.of("sales"), null),
                    everything,
                    new Publication("filtered", false, Publication.OPERATIONS, false,
                            List.of(new PublishedTable("public.orders", List.of("id", "status"), "(id > 0)")), List.of(),
                            null),
                    ordersPub);
        } else {
            assertThat(catalog.publications()).containsExactly(everything, ordersPub);
        }
        // postgres_fdw is its extension's: only the wrappers written by hand
        assertThat(catalog.foreignDataWrappers()).containsExactly(
                new ForeignDataWrapper("checked_fdw", null, "pg_catalog.postgresql_fdw_validator", null,
                        "libpq options only"),
                new ForeignDataWrapper("plain_fdw", null, null, new TreeMap<>(Map.of("debug", "true")), null));
        assertThat(catalog.notCompared()).extracting(n -> n.kind())
                .doesNotContain("publication", "foreign data wrapper");

        Catalog read = SnapshotFile.read(write(Snapshot.of(List.of(), catalog))).catalog();
        assertThat(read.publications()).isEqualTo(catalog.publications());
        assertThat(read.foreignDataWrappers()).isEqualTo(catalog.foreignDataWrappers());

        Catalog without = server.capture(server.createDatabase("pubs_drift", base,
                "CREATE EXTENSION postgres_fdw", "DROP PUBLICATION orders_pub", "DROP PUBLICATION everything",
                "ALTER FOREIGN DATA WRAPPER plain_fdw OPTIONS (SET debug 'false')"));
        List<Difference> differences = DIFFER.diff(catalog, without);
        assertThat(differences).extracting(Difference::object, d -> RiskTable.defaults().severity(d))
                .containsExactlyInAnyOrder(tuple("publication:everything", Severity.LOW),
                        tuple("publication:orders_pub", Severity.LOW),
                        tuple("foreign-data-wrapper:plain_fdw", Severity.MEDIUM));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void theSamePublicationsAndWrappersWrittenTwoWaysAreEqual(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        boolean pg15 = major.equals(PgServer.NEW);
        String other = server.createDatabase("pubs_other", """
                create schema sales;
                create table public.customers (id int8 primary key, name text);
                create table public.orders (id int8 primary key, status text, total decimal);
                create table sales.invoices (id int8 primary key);
                create publication orders_pub for table customers;
                alter publication orders_pub add table orders;
                alter publication orders_pub set (publish = 'update,insert');
                comment on publication orders_pub is 'to the warehouse';
                create publication everything for all tables with (publish = 'insert, update, delete, truncate');
                create foreign data wrapper checked_fdw validator pg_catalog.postgresql_fdw_validator;
                comment on foreign data wrapper checked_fdw is 'libpq options only';
                create foreign data wrapper plain_fdw;
                alter foreign data wrapper plain_fdw options (add debug 'true')""" + (pg15 ? """
                ;
                create publication filtered for table orders (status, id) where (id>0);
                create publication by_schema;
                alter publication by_schema add tables in schema sales""" : ""));

        assertThat(DIFFER.diff(server.capture(server.createDatabase("pubs_one", pg15 ? BASE_15 : BASE)),
                server.capture(other))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.NEW})
    void anOlderSnapshotWithoutThemListsThemAsNotCompared(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog live = server.capture(server.createDatabase("pubs_live", BASE));
        Catalog older = live.withPublications(List.of()).withForeignDataWrappers(List.of())
                .withLedger(live.databaseSettings(), live.notCompared(), live.coverage().stream()
                        .filter(c -> !c.equals(Coverage.PUBLICATIONS) && !c.equals(Coverage.FOREIGN_DATA_WRAPPERS))
                        .toList());

        assertThat(DIFFER.diff(older, live)).isEmpty();
        assertThat(NotComparedLedger.of(older, live)).extracting(Uncompared::kind, Uncompared::object)
                .contains(tuple("publication", "everything"), tuple("publication", "orders_pub"),
                        tuple("foreign data wrapper", "checked_fdw"), tuple("foreign data wrapper", "plain_fdw"));
    }

    private Path write(Snapshot snapshot) {
        Path file = work.resolve("snapshot.json");
        SnapshotFile.write(snapshot, file);
        return file;
    }
}
