package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.ForeignServer;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Foreign servers and foreign tables on real PostgreSQL 14 and 17, with {@code file_fdw} and
 * {@code postgres_fdw} from the embedded binaries: each drift named exactly with the fix and adopt round
 * trips; the same objects written two ways are equal; user mappings and options named like secrets are never
 * read, only listed; an older snapshot without them lists them as not compared.
 */
class PgForeignTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE EXTENSION file_fdw;
            CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;
            CREATE EXTENSION postgres_fdw;
            CREATE SERVER remote_app FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'db.internal', port '5432', dbname 'app');
            COMMENT ON SERVER remote_app IS 'the order service';
            CREATE USER MAPPING FOR CURRENT_USER SERVER remote_app OPTIONS (user 'app', password 'mapping-secret');
            CREATE FOREIGN TABLE public.imports (id int, line text) SERVER files OPTIONS (filename '/tmp/imports.csv', format 'csv');
            CREATE FOREIGN TABLE public.remote_orders (id bigint OPTIONS (column_name 'order_id') NOT NULL, total numeric(10,2))
                SERVER remote_app OPTIONS (schema_name 'public', table_name 'orders')""";

    static final List<DriftScenario> SCENARIOS = List.of(
            DriftScenario.of("foreign table dropped", "DROP FOREIGN TABLE public.remote_orders",
                    new Expect(ObjectType.TABLE, "public.remote_orders", MISSING, null)),
            DriftScenario.of("hotfix foreign table",
                    "CREATE FOREIGN TABLE public.extra (a int) SERVER files OPTIONS (filename '/tmp/extra.csv')",
                    new Expect(ObjectType.TABLE, "public.extra", UNEXPECTED, null)),
            DriftScenario.of("foreign table option changed",
                    "ALTER FOREIGN TABLE public.remote_orders OPTIONS (SET table_name 'orders_v2')",
                    new Expect(ObjectType.TABLE, "public.remote_orders", CHANGED, "foreign.table_name")),
            DriftScenario.of("foreign table option added",
                    "ALTER FOREIGN TABLE public.remote_orders OPTIONS (ADD fetch_size '500')",
                    new Expect(ObjectType.TABLE, "public.remote_orders", CHANGED, "foreign.fetch_size")),
            DriftScenario.of("foreign column option",
                    "ALTER FOREIGN TABLE public.remote_orders ALTER COLUMN id OPTIONS (SET column_name 'id')",
                    new Expect(ObjectType.TABLE, "public.remote_orders", CHANGED, "foreign.column.id.column_name")),
            DriftScenario.of("foreign column added", "ALTER FOREIGN TABLE public.remote_orders ADD COLUMN note text",
                    new Expect(ObjectType.COLUMN, "public.remote_orders.note", UNEXPECTED, null)),
            DriftScenario.of("server option changed", "ALTER SERVER remote_app OPTIONS (SET host 'db2.internal')",
                    new Expect(ObjectType.FOREIGN_SERVER, "server:remote_app", CHANGED, "option.host")),
            DriftScenario.of("server version", "ALTER SERVER files VERSION '2'",
                    new Expect(ObjectType.FOREIGN_SERVER, "server:files", CHANGED, "version")),
            DriftScenario.of("server comment", "COMMENT ON SERVER remote_app IS NULL",
                    new Expect(ObjectType.FOREIGN_SERVER, "server:remote_app", CHANGED, "comment")),
            DriftScenario.of("server and its table dropped", "DROP SERVER files CASCADE",
                    new Expect(ObjectType.FOREIGN_SERVER, "server:files", MISSING, null),
                    new Expect(ObjectType.TABLE, "public.imports", MISSING, null)),
            DriftScenario.of("server added", "CREATE SERVER reports FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'r')",
                    new Expect(ObjectType.FOREIGN_SERVER, "server:reports", UNEXPECTED, null)));

    /** Scenarios whose fix drops something holding rows. */
    static final Set<String> DESTRUCTIVE = Set.of("foreign column added");

    @TempDir
    Path work;

    static Stream<Arguments> scenarios() {
        return FixRoundTrip.onBothPgMajors(SCENARIOS);
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedAndTheFixAndAdoptRoundTripsLeaveNothing(String major, DriftScenario scenario) {
        new FixRoundTrip(RoundTripServer.postgres(major), BASE, true)
                .check(scenario, DESTRUCTIVE.contains(scenario.name()), work);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void capturedWithoutCredentialsAndOutOfTheLedger(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog catalog = server.capture(server.createDatabase("foreign", BASE,
                "CREATE FOREIGN DATA WRAPPER plain_fdw",
                "CREATE SERVER keyed FOREIGN DATA WRAPPER plain_fdw OPTIONS (host 'h', api_token 'tok-secret')"));

        assertThat(catalog.foreignServers()).containsExactly(
                new ForeignServer("files", "file_fdw", null, null, null, null),
                new ForeignServer("keyed", "plain_fdw", null, null, new TreeMap<>(java.util.Map.of("host", "h")), null),
                new ForeignServer("remote_app", "postgres_fdw", null, null, new TreeMap<>(java.util.Map.of(
                        "host", "db.internal", "port", "5432", "dbname", "app")), "the order service"));
        Table orders = catalog.schemas().get(0).tables().stream().filter(t -> t.name().equals("remote_orders"))
                .findFirst().orElseThrow();
        assertThat(orders.kind()).isEqualTo(TableKind.FOREIGN);
        assertThat(orders.options()).containsExactlyEntriesOf(new TreeMap<>(java.util.Map.of("server", "remote_app",
                "foreign.schema_name", "public", "foreign.table_name", "orders",
                "foreign.column.id.column_name", "order_id")));
        assertThat(catalog.notCompared()).extracting(NotCompared::kind, NotCompared::object).contains(
                tuple("user mapping", "remote_app:postgres"), tuple("foreign option", "server keyed:api_token"))
                .doesNotContain(tuple("foreign table", "public.remote_orders"), tuple("foreign server", "files"),
                        tuple("foreign data wrapper", "plain_fdw"));
        // file_fdw and postgres_fdw are their extensions': only the wrapper written by hand is captured
        assertThat(catalog.foreignDataWrappers()).extracting(w -> w.name()).containsExactly("plain_fdw");
        assertThat(SnapshotFile.toJson(Snapshot.of(List.of(), catalog)))
                .doesNotContain("mapping-secret", "tok-secret");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void theSameForeignObjectsWrittenTwoWaysAreEqual(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String other = server.createDatabase("foreign_other", """
                create extension postgres_fdw;
                create extension file_fdw;
                create server files foreign data wrapper file_fdw;
                create server remote_app foreign data wrapper postgres_fdw options (dbname 'app', host 'db.internal');
                alter server remote_app options (add port '5432');
                comment on server remote_app is 'the order service';
                create foreign table public.imports (id integer) server files options (format 'csv', filename '/tmp/imports.csv');
                alter foreign table public.imports add column line text;
                create foreign table public.remote_orders (id int8 not null, total decimal(10, 2))
                    server remote_app options (table_name 'orders', schema_name 'public');
                alter foreign table public.remote_orders alter column id options (add column_name 'order_id')""");

        assertThat(DIFFER.diff(server.capture(server.createDatabase("foreign_one", BASE)), server.capture(other)))
                .isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void anOlderSnapshotWithoutThemListsThemAsNotCompared(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog live = server.capture(server.createDatabase("foreign_live", BASE));
        Catalog older = live.withForeignServers(List.of()).withSchemas(live.schemas().stream()
                .map(s -> s.withTablesAndViews(s.tables().stream().filter(t -> t.kind() != TableKind.FOREIGN).toList(),
                        s.views())).toList())
                .withLedger(live.databaseSettings(), live.notCompared(), live.coverage().stream()
                        .filter(c -> !c.equals(Coverage.FOREIGN_TABLES)).toList());

        assertThat(DIFFER.diff(older, live)).isEmpty();
        assertThat(NotComparedLedger.of(older, live)).extracting(Uncompared::kind, Uncompared::object)
                .contains(tuple("foreign server", "files"), tuple("foreign server", "remote_app"),
                        tuple("foreign table", "public.imports"), tuple("foreign table", "public.remote_orders"));
    }
}
