package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Indexes left INVALID and settings stored for the database and its roles, on real PostgreSQL 14 and 17:
 * each drift is named exactly, the same thing written two ways is no difference, and the fix SQL applied
 * to a copy of actual leaves no difference.
 */
class PgIndexValidityAndSettingsTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    private static final String ORDERS = """
            CREATE TABLE public.orders (id bigint, code text);
            INSERT INTO public.orders VALUES (1, 'a'), (2, 'b');
            """;
    private static final String DUPLICATE = "INSERT INTO public.orders VALUES (3, 'a')";
    private static final String UNIQUE_CONCURRENTLY = "CREATE UNIQUE INDEX CONCURRENTLY orders_code_key ON public.orders (code)";

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aUniqueIndexLeftInvalidIsAHighDifferenceThatReindexFixes(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String expected = server.createDatabase("valid", ORDERS, UNIQUE_CONCURRENTLY);
        String actual = invalidIndexDatabase(server);

        List<Difference> differences = DIFFER.diff(capture(server, expected), capture(server, actual));

        assertThat(differences).map(Expect::of).containsExactly(
                new Expect(ObjectType.INDEX, "public.orders.orders_code_key", CHANGED, "valid"));
        Difference invalid = differences.get(0);
        assertThat(invalid.expected()).isEqualTo("true");
        assertThat(invalid.actual()).isEqualTo("false (unique: enforces nothing)");
        assertThat(RiskTable.defaults().severity(invalid)).isEqualTo(Severity.HIGH);

        FixScript fix = FixPlanner.fix(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).fixDialect(), capture(server, expected), capture(server, actual), differences);
        assertThat(fix.executable(false)).contains("REINDEX INDEX public.orders_code_key");
        // a unique index failed on duplicates: they go first (the fix's documented precondition), then the fix
        String copy = invalidIndexDatabase(server);
        server.execute(copy, "DELETE FROM public.orders WHERE id = 3");
        apply(server, copy, fix);
        assertThat(DIFFER.diff(capture(server, expected), capture(server, copy))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void anIndexBuiltConcurrentlyOrNotIsTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String concurrently = server.createDatabase("built_concurrently", ORDERS, UNIQUE_CONCURRENTLY);
        String plainly = server.createDatabase("built_plainly", ORDERS,
                "CREATE UNIQUE INDEX orders_code_key ON public.orders USING btree (code)");

        assertThat(DIFFER.diff(capture(server, concurrently), capture(server, plainly))).isEmpty();
    }

    static final String AUDIT = "CREATE SCHEMA audit";

    static String alterDatabase(String action) {
        return "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I " + action.replace("'", "''")
                + "', current_database()); END $$";
    }

    /** Database-level drifts, each with the fix round trip (fix.sql and the adopt migration). */
    static final List<DriftScenario> DATABASE_SETTINGS = List.of(
            DriftScenario.of("database setting changed", alterDatabase("SET search_path = audit, public"),
                    new Expect(ObjectType.DATABASE_SETTING, "database:search_path", CHANGED, "value")),
            DriftScenario.of("database setting removed", alterDatabase("RESET search_path"),
                    new Expect(ObjectType.DATABASE_SETTING, "database:search_path", MISSING, null)),
            DriftScenario.of("database setting added", alterDatabase("SET statement_timeout = '30s'"),
                    new Expect(ObjectType.DATABASE_SETTING, "database:statement_timeout", UNEXPECTED, null)));

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void databaseSettingDriftIsNamedAndFixed(String major) throws IOException {
        String base = AUDIT + ";\n" + alterDatabase("SET search_path = public, audit");
        for (DriftScenario scenario : DATABASE_SETTINGS) {
            new FixRoundTrip(RoundTripServer.postgres(major), base, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aDatabaseSettingWrittenTwoWaysIsTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String one = server.createDatabase("setting_one", AUDIT, alterDatabase("SET search_path = public,audit"),
                alterDatabase("SET work_mem = '64MB'"));
        String other = server.createDatabase("setting_other", AUDIT, alterDatabase("SET search_path TO \"public\", audit"),
                alterDatabase("SET work_mem TO '64MB'"));

        assertThat(DIFFER.diff(capture(server, one), capture(server, other))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void roleSettingDriftIsALowDifferenceWithPrivilegesAndTheFixRemovesIt(String major) throws Exception {
        PgServer server = PgServer.of(major);
        server.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_user')"
                + " THEN CREATE ROLE app_user; END IF; END $$");
        String expectedSql = roleSetting("SET statement_timeout = '5s'");
        String actualSql = roleSetting("SET statement_timeout = '10s'") + ";\n" + roleSetting("SET work_mem = '8MB'");
        String expected = server.createDatabase("role_exp", expectedSql);
        String actual = server.createDatabase("role_act", actualSql);
        CaptureOptions privileges = new CaptureOptions(List.of(), true);

        List<Difference> differences = DIFFER.diff(capture(server, expected, privileges),
                capture(server, actual, privileges));

        assertThat(differences).map(Expect::of).containsExactlyInAnyOrder(
                new Expect(ObjectType.ROLE_SETTING, "role:app_user:statement_timeout", CHANGED, "value"),
                new Expect(ObjectType.ROLE_SETTING, "role:app_user:work_mem", UNEXPECTED, null));
        assertThat(differences).allSatisfy(d -> assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.LOW));
        assertThat(DIFFER.diff(capture(server, expected), capture(server, actual))).as("without privileges").isEmpty();

        FixScript fix = FixPlanner.fix(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).fixDialect(), capture(server, expected, privileges), capture(server, actual, privileges),
                differences);
        String copy = server.createDatabase("role_fix", actualSql);
        apply(server, copy, fix);
        assertThat(DIFFER.diff(capture(server, expected, privileges), capture(server, copy, privileges))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aRoutineSettingWrittenTwoWaysIsTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String function = "CREATE FUNCTION public.answer() RETURNS int LANGUAGE sql SECURITY DEFINER %s AS $$ SELECT 42 $$";
        String one = server.createDatabase("routine_one",
                function.formatted("SET search_path = pg_catalog,public SET work_mem = '64MB'"));
        String other = server.createDatabase("routine_other",
                function.formatted("SET work_mem TO '64MB' SET search_path TO \"pg_catalog\", public"));

        assertThat(DIFFER.diff(capture(server, one), capture(server, other))).isEmpty();
        assertThat(capture(server, one).schemas().get(0).routines().get(0).settings())
                .containsExactly("search_path=pg_catalog, public", "work_mem=64MB");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void matchSimpleWrittenOrNotIsTheSameAndMatchFullIsCaptured(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String tables = "CREATE TABLE public.a (x int, y int, UNIQUE (x, y)); CREATE TABLE public.b (x int, y int, ";
        String implicit = server.createDatabase("match_implicit", tables + "FOREIGN KEY (x, y) REFERENCES public.a (x, y))");
        String simple = server.createDatabase("match_simple",
                tables + "FOREIGN KEY (x, y) REFERENCES public.a (x, y) MATCH SIMPLE)");
        String full = server.createDatabase("match_full", tables + "FOREIGN KEY (x, y) REFERENCES public.a (x, y) MATCH FULL)");

        assertThat(DIFFER.diff(capture(server, implicit), capture(server, simple))).isEmpty();
        assertThat(DIFFER.diff(capture(server, implicit), capture(server, full))).map(Expect::of).containsExactly(
                new Expect(ObjectType.FOREIGN_KEY, "public.b.b_x_y_fkey", CHANGED, "match"));
    }

    private static String roleSetting(String action) {
        return "DO $$ BEGIN EXECUTE format('ALTER ROLE app_user IN DATABASE %I " + action.replace("'", "''")
                + "', current_database()); END $$";
    }

    private String invalidIndexDatabase(PgServer server) {
        String database = server.createDatabase("invalid", ORDERS, DUPLICATE);
        try {
            server.execute(database, UNIQUE_CONCURRENTLY);
            throw new AssertionError("expected to fail on duplicate rows: " + UNIQUE_CONCURRENTLY);
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("could not create unique index"); // the index stays, INVALID
        }
        return database;
    }

    private void apply(PgServer server, String database, FixScript fix) throws IOException {
        Path folder = Files.createDirectories(work.resolve("fix-" + database));
        Files.writeString(folder.resolve("fix.sql"), fix.render(List.of("round trip"), true));
        new Migrator().withScriptSyntax(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).scriptSyntax()).apply(new SqlFolder(folder), server.url(database), "postgres", "postgres");
    }

    private static Catalog capture(PgServer server, String database) throws SQLException {
        return capture(server, database, CaptureOptions.defaults());
    }

    private static Catalog capture(PgServer server, String database, CaptureOptions options) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, options);
        }
    }
}
