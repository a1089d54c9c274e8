package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ledger of what was not compared, end to end on real PostgreSQL: objects of kinds the model does not
 * compare make a PASS that names them in its summary line and in every report; extension members are
 * not in it; options and older snapshots put what they leave out in it instead of reporting differences.
 */
class NotComparedLedgerTest {
    /**
     * A foreign table (with its dummy wrapper and server), an event trigger, a publication and a text search
     * configuration; the wrapper, the server, the table, the event trigger and the publication are compared
     * since issue 12: only the text search configuration is in the ledger.
     */
    static final String UNCOMPARED = """
            CREATE TABLE public.orders (id bigint PRIMARY KEY, note text);
            CREATE FOREIGN DATA WRAPPER dummy_fdw;
            CREATE SERVER archive FOREIGN DATA WRAPPER dummy_fdw;
            CREATE FOREIGN TABLE public.archived_orders (id bigint, note text) SERVER archive;
            CREATE FUNCTION public.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
            CREATE EVENT TRIGGER ddl_log ON ddl_command_end EXECUTE FUNCTION public.log_ddl();
            CREATE TEXT SEARCH CONFIGURATION public.shop_search (COPY = pg_catalog.english);
            CREATE PUBLICATION orders_pub FOR TABLE public.orders WITH (publish = 'insert');
            CREATE EXTENSION pg_trgm;
            """;

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aPassNamesExactlyWhatItDidNotCompare(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String expected = server.createDatabase("ledger_a", UNCOMPARED);
        String actual = server.createDatabase("ledger_b", UNCOMPARED);

        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.reportDir(work)).build());

        assertThat(result.passed()).isTrue();
        assertThat(result.differenceCount()).isZero();
        // the wrapper, the server, the foreign table, the event trigger and the publication (issue 12) are
        // compared: out of the ledger
        assertThat(result.consoleLines()).first().isEqualTo("SchemaParity PASS: no differences; not compared: "
                + "1 text search configuration (see report)");
        JsonNode report = new ObjectMapper().readTree(work.resolve("report.json").toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
        List<JsonNode> groups = new ArrayList<>();
        report.get("notCompared").forEach(groups::add);
        // pg_trgm's functions, operators and operator classes are the extension's: not in the ledger
        assertThat(groups).extracting(g -> g.get("kind").asText(), g -> g.get("count").asInt(),
                        g -> g.at("/objects/0/object").asText(), g -> g.at("/objects/0/sides").toString(),
                        g -> g.get("why").asText())
                .containsExactly(
                        tuple("text search configuration", 1, "public.shop_search", "[\"expected\",\"actual\"]",
                                "kind not compared by SchemaParity"));
        assertThat(work.resolve("report.md")).content()
                .contains("No differences; not compared: 1 text search configuration")
                .contains("#### Not compared")
                .contains("| text search configuration | 1 | `public.shop_search` | kind not compared by SchemaParity |")
                .doesNotContain("archived_orders", "dummy_fdw", "orders_pub");
        assertThat(work.resolve("report.html")).content()
                .contains("<a href=\"#not-compared\">not compared: 1 text search configuration")
                .contains("<section class=\"not-compared\" id=\"not-compared\"")
                .contains("<code title=\"found on expected and actual\">public.shop_search</code>");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.NEW})
    void grantsAndRoleSettingsAreInTheLedgerUnlessPrivilegesAreCompared(String major) throws Exception {
        PgServer server = PgServer.of(major);
        server.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_reader')"
                + " THEN CREATE ROLE ledger_reader; END IF; END $$");
        String setup = """
                CREATE TABLE public.orders (id bigint PRIMARY KEY);
                GRANT SELECT ON public.orders TO ledger_reader;
                DO $$ BEGIN EXECUTE format('ALTER ROLE ledger_reader IN DATABASE %I SET statement_timeout = ''5s''',
                    current_database()); END $$;
                """;
        String expected = server.createDatabase("grants_a", setup);
        String actual = server.createDatabase("grants_b", setup);

        ParityResult without = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.reportDir(work.resolve("without"))).build());
        assertThat(without.passed()).isTrue();
        assertThat(without.report().notCompared()).extracting(u -> u.kind(), u -> u.object(), u -> u.reason())
                .containsExactly(
                        tuple("role setting", "role:ledger_reader:statement_timeout",
                                "role settings are compared only with privileges on"),
                        tuple("table grant", "public.orders", "privileges are compared only with privileges on"));

        ParityResult with = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .privileges(true).judging(j -> j.reportDir(work.resolve("with"))).build());
        assertThat(with.passed()).isTrue();
        assertThat(with.report().notCompared()).isEmpty();
        String version = with.report().actual().version();
        assertThat(with.consoleLines()).containsExactly("SchemaParity PASS: no differences",
                "expected: " + server.url(expected) + "?user=postgres&password=****, postgresql " + version,
                "actual: " + server.url(actual) + "?user=postgres&password=****, postgresql " + version);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.NEW})
    void anOlderSnapshotReportsNewKindsAsNotComparedRatherThanAsDifferences(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String database = server.createDatabase("older",
                "CREATE TABLE public.orders (id bigint); INSERT INTO public.orders VALUES (1), (1)");
        failedConcurrentUniqueIndex(server, database, "CREATE UNIQUE INDEX CONCURRENTLY orders_id_key ON public.orders (id)");
        Path file = work.resolve("snapshot.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(database)), CaptureOptions.defaults(), file);
        // as a SchemaParity before database settings, index validity and the ledger wrote it
        ObjectMapper mapper = new ObjectMapper();
        String text = Files.readString(file);
        assertThat(text).contains("\"invalid\": true").contains("\"coverage\": [");
        ObjectNode snapshot = (ObjectNode) mapper.readTree(text);
        ((ObjectNode) snapshot.get("catalog")).remove("coverage");
        ((ObjectNode) snapshot.at("/catalog/schemas/0/tables/0/indexes/0")).remove("invalid");
        Files.writeString(file, mapper.writeValueAsString(snapshot));
        server.execute(database,
                "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET search_path = public, audit', current_database()); END $$");

        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(Source.snapshot(file)).actual(server.urlWithCredentials(database))
                .judging(j -> j.reportDir(work)).build());

        assertThat(result.passed()).isTrue();
        assertThat(result.differenceCount()).isZero();
        String reason = "the expected side was captured before SchemaParity compared %s: capture it again"
                + " (snapshot goal) to compare them";
        assertThat(result.report().notCompared()).extracting(u -> u.kind(), u -> u.object(), u -> u.reason(),
                        u -> u.sides())
                .containsExactly(
                        tuple("database setting", "database:search_path", reason.formatted("database settings"),
                                List.of("actual")),
                        tuple("index validity", "public.orders.orders_id_key", reason.formatted("index validity"),
                                List.of("actual")));
        assertThat(result.consoleLines()).first().isEqualTo("SchemaParity PASS: no differences; not compared: "
                + "1 database setting, 1 index validity (see report)");
    }

    /** Runs a CREATE INDEX CONCURRENTLY that fails (duplicate rows), leaving the index INVALID. */
    static void failedConcurrentUniqueIndex(PgServer server, String database, String sql) {
        try {
            server.execute(database, sql);
            throw new AssertionError("expected to fail on duplicate rows: " + sql);
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessageContaining("could not create unique index");
        }
    }
}
