package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Column-level privileges ({@code GRANT SELECT (email) ON ...}), part of the opt-in privileges class, on
 * real PostgreSQL 14 and 17: each grant on a column is one privilege {@code grantee:PRIVILEGE(column)} of
 * its table or view; the drift is named exactly and the fix SQL applied to a copy of actual leaves no
 * difference; the same grants written two ways are equal; without privileges they are in the ledger; a
 * role that owns nothing reads them as the owner does.
 */
class PgColumnPrivilegesTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());
    private static final CaptureOptions PRIVILEGES = new CaptureOptions(List.of(), true);

    static final String BASE = """
            CREATE TABLE public.customers (id int, email text, "Display Name" text);
            GRANT SELECT (id, email) ON public.customers TO sp_col_reader;
            CREATE VIEW public.contacts AS SELECT id, email FROM public.customers;
            GRANT SELECT (id) ON public.contacts TO sp_col_reader""";

    static final String DRIFT = """
            REVOKE SELECT (email) ON public.customers FROM sp_col_reader;
            GRANT UPDATE ("Display Name") ON public.customers TO sp_col_reader;
            GRANT SELECT (email) ON public.contacts TO sp_col_reader WITH GRANT OPTION""";

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void driftIsNamedExactlyAndTheFixLeavesNothing(String major) throws Exception {
        PgServer server = role(major);
        String expected = server.createDatabase("colgrant_exp", BASE);
        String actual = server.createDatabase("colgrant_act", BASE, DRIFT);
        Catalog want = capture(server, expected, PRIVILEGES);
        Catalog have = capture(server, actual, PRIVILEGES);

        List<Difference> differences = DIFFER.diff(want, have);
        assertThat(differences).extracting(Difference::objectType, Difference::object, Difference::change,
                Difference::attribute).containsExactlyInAnyOrder(
                tuple(ObjectType.PRIVILEGE, "public.contacts", UNEXPECTED, "sp_col_reader:SELECT(email):grantable"),
                tuple(ObjectType.PRIVILEGE, "public.customers", MISSING, "sp_col_reader:SELECT(email)"),
                tuple(ObjectType.PRIVILEGE, "public.customers", UNEXPECTED, "sp_col_reader:UPDATE(Display Name)"));
        assertThat(DIFFER.diff(capture(server, expected, CaptureOptions.defaults()),
                capture(server, actual, CaptureOptions.defaults()))).as("privileges off").isEmpty();

        FixScript fix = FixPlanner.fix(EngineRegistry.of(Engine.POSTGRESQL).fixDialect(), want, have, differences);
        String script = fix.render(List.of("round trip"), true);
        assertThat(script).contains("GRANT SELECT (email) ON public.customers TO sp_col_reader",
                "REVOKE UPDATE (\"Display Name\") ON public.customers FROM sp_col_reader",
                "REVOKE SELECT (email) ON public.contacts FROM sp_col_reader");
        String copy = server.createDatabase("colgrant_fix", BASE, DRIFT);
        Path folder = Files.createDirectories(work.resolve(major));
        Files.writeString(folder.resolve("fix.sql"), script);
        new Migrator().withScriptSyntax(EngineRegistry.of(Engine.POSTGRESQL).scriptSyntax())
                .apply(new SqlFolder(folder), server.url(copy), "postgres", "postgres");
        assertThat(DIFFER.diff(want, capture(server, copy, PRIVILEGES))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void theSameGrantsWrittenTwoWaysAreEqualAndATableGrantIsNotAColumnGrant(String major) throws Exception {
        PgServer server = role(major);
        String table = "CREATE TABLE public.t (a int, b int)";
        String together = server.createDatabase("colgrant_together", table,
                "GRANT SELECT (a, b), UPDATE (b) ON public.t TO sp_col_reader");
        String apart = server.createDatabase("colgrant_apart", table, "GRANT SELECT (b) ON TABLE public.t TO sp_col_reader",
                "GRANT UPDATE (b), SELECT (a) ON public.t TO \"sp_col_reader\"");
        String whole = server.createDatabase("colgrant_whole", table, "GRANT SELECT ON public.t TO sp_col_reader");

        Catalog one = capture(server, together, PRIVILEGES);
        assertThat(one.schemas().get(0).tables().get(0).privileges()).containsExactly(
                "sp_col_reader:SELECT(a)", "sp_col_reader:SELECT(b)", "sp_col_reader:UPDATE(b)");
        assertThat(DIFFER.diff(one, capture(server, apart, PRIVILEGES))).isEmpty();
        assertThat(DIFFER.diff(one, capture(server, whole, PRIVILEGES))).extracting(Difference::attribute)
                .containsExactlyInAnyOrder("sp_col_reader:SELECT", "sp_col_reader:SELECT(a)",
                        "sp_col_reader:SELECT(b)", "sp_col_reader:UPDATE(b)");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void withoutPrivilegesInTheLedgerAndAReaderSeesWhatTheOwnerSees(String major) throws Exception {
        PgServer server = role(major);
        String database = server.createDatabase("colgrant_ledger", BASE);
        String reader = "reader_" + database;
        server.execute(database, "CREATE ROLE " + reader + " LOGIN PASSWORD 'reader-secret'");

        Catalog off = capture(server, database, CaptureOptions.defaults());
        assertThat(off.notCompared()).filteredOn(n -> n.kind().equals("column grant"))
                .extracting(NotCompared::object, NotCompared::reason).containsExactly(
                        tuple("public.contacts", "privileges are compared only with privileges on"),
                        tuple("public.customers", "privileges are compared only with privileges on"));
        Catalog owner = capture(server, database, PRIVILEGES);
        assertThat(owner.notCompared()).extracting(NotCompared::kind).doesNotContain("column grant");
        Catalog read;
        try (Connection connection = DriverManager.getConnection(server.url(database), reader, "reader-secret")) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            read = new PgCatalogReader().read(connection, PRIVILEGES);
            connection.rollback();
        }
        assertThat(read.schemas()).isEqualTo(owner.schemas());

        // an older snapshot taken with privileges but before column grants: they are listed, not differences
        Catalog older = owner.withLedger(owner.databaseSettings(), owner.notCompared(),
                owner.coverage().stream().filter(c -> !c.equals(Coverage.COLUMN_PRIVILEGES)).toList());
        Catalog olderWithout = older.withSchemas(older.schemas().stream().map(s -> s.withTablesAndViews(
                s.tables().stream().map(t -> new io.github.schemaparity.model.Table(t.name(), t.kind(), t.comment(),
                        t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(), t.indexes(),
                        t.triggers(), t.policies(), t.options(), withoutColumnGrants(t.privileges()))).toList(),
                s.views().stream().map(v -> new io.github.schemaparity.model.View(v.name(), v.materialized(),
                        v.definition(), v.comment(), v.indexes(), withoutColumnGrants(v.privileges()))).toList()))
                .toList());
        assertThat(DIFFER.diff(olderWithout, owner)).isEmpty();
        assertThat(NotComparedLedger.of(olderWithout, owner)).filteredOn(u -> u.kind().equals("column grant"))
                .extracting(Uncompared::object).containsExactly("public.contacts", "public.customers");
    }

    private static List<String> withoutColumnGrants(List<String> privileges) {
        return privileges.stream().filter(p -> !p.contains("(")).toList();
    }

    private static PgServer role(String major) {
        PgServer server = PgServer.of(major);
        server.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sp_col_reader')"
                + " THEN CREATE ROLE sp_col_reader; END IF; END $$");
        return server;
    }

    private static Catalog capture(PgServer server, String database, CaptureOptions options) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, options);
        }
    }
}
