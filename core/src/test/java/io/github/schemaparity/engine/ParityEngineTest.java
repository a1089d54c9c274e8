package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityEngineTest {
    private static final String SHOP = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new');
            """;
    private static PgServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void columnTypeAndExtraIndexAreExactlyTheDifferences() throws Exception {
        String expected = server.createDatabase("expected", SHOP);
        String actual = server.createDatabase("actual", SHOP,
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
                "CREATE INDEX orders_status_idx ON orders (status)");
        RecordingLog log = new RecordingLog();

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected))
                .actual(Source.jdbc(server.url(actual), "postgres", "postgres"))
                .judging(j -> j.reportDir(work.resolve("reports")))
                .build());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.reportFile()).isEqualTo(work.resolve("reports").resolve("report.json"));
        assertThat(work.resolve("reports").resolve("report.md")).content()
                .startsWith("### SchemaParity: FAIL").contains("`public.orders.status`");
        assertThat(work.resolve("reports").resolve("TEST-schemaparity.xml")).content()
                .contains("<testsuite name=\"schemaparity\"").contains("failures=\"2\"");
        assertThat(work.resolve("reports").resolve("report.html")).content()
                .startsWith("<!DOCTYPE html>").contains("data-path=\"public.orders.status\"");
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/expected/source").asText()).isEqualTo("jdbc");
        assertThat(report.at("/actual/engine").asText()).isEqualTo("postgresql");
        assertThat(report.at("/actual/version").asText()).startsWith(PgServer.NEW + ".");
        List<JsonNode> differences = new ArrayList<>();
        report.get("differences").forEach(differences::add);
        assertThat(differences)
                .extracting(d -> d.get("objectType").asText(), d -> d.get("object").asText(),
                        d -> d.get("change").asText(), d -> d.get("attribute").asText(null))
                .containsExactlyInAnyOrder(
                        tuple("COLUMN", "public.orders.status", "CHANGED", "type"),
                        tuple("INDEX", "public.orders.orders_status_idx", "UNEXPECTED", null));
        JsonNode column = differences.stream().filter(d -> d.get("objectType").asText().equals("COLUMN"))
                .findFirst().orElseThrow();
        assertThat(column.get("expected").asText()).isEqualTo("varchar(50)");
        assertThat(column.get("actual").asText()).isEqualTo("varchar(255)");
        assertThat(report.at("/summary/differences").asInt()).isEqualTo(2);
        assertThat(result.failingCount()).isEqualTo(2);
        assertThat(result.failureMessage(work))
                .isEqualTo("SchemaParity: 2 differences not allowed by the policy (see reports/report.json)");

        assertThat(log.lines).anyMatch(line -> line.matches(
                "INFO captured expected \\(jdbc postgresql " + PgServer.NEW + "\\.\\d+\\): 2 tables in \\d+ ms"));
        assertThat(log.lines).anyMatch(line -> line.matches(
                "INFO captured actual \\(jdbc postgresql " + PgServer.NEW + "\\.\\d+\\): 2 tables in \\d+ ms"));
        assertThat(log.lines).anyMatch(line -> line.matches(
                "INFO compared: 2 differences \\(2 failing, 0 allowed\\) in \\d+ ms"));
        assertThat(String.join("\n", log.lines)).doesNotContain("password=postgres");
    }

    @Test
    void failingDifferencesAreLoggedAsErrorsAndAllowedOnesAsWarnings() {
        String expected = server.createDatabase("levels_a", SHOP, "ALTER TABLE orders ADD COLUMN note text");
        String actual = server.createDatabase("levels_b", SHOP, "CREATE INDEX orders_status_idx ON orders (status)");
        RecordingLog log = new RecordingLog();

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.failOn("HIGH")).judging(j -> j.reportDir(work)).build());

        assertThat(result.failingCount()).isEqualTo(1);
        assertThat(log.lines).filteredOn(line -> line.startsWith("ERROR")).singleElement().asString()
                .contains("COLUMN").contains("public.orders.note").contains("MISSING");
        assertThat(log.lines).filteredOn(line -> line.startsWith("WARN")).singleElement().asString()
                .contains("INDEX").contains("public.orders.orders_status_idx").contains("allowed");
        assertThat(log.lines).filteredOn(line -> line.startsWith("INFO SchemaParity FAIL")).hasSize(1);
    }

    @Test
    void identicalDatabasesPass() throws Exception {
        String expected = server.createDatabase("same_a", SHOP);
        String actual = server.createDatabase("same_b", SHOP);

        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.reportDir(work)).build());

        assertThat(result.passed()).isTrue();
        assertThat(result.differenceCount()).isZero();
        assertThat(result.warnings()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(work.resolve("report.json").toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
        assertThat(report.get("differences")).isEmpty();
    }

    @Test
    void ignoredDifferencesAreAllowed() {
        String expected = server.createDatabase("ignore_a", SHOP);
        String actual = server.createDatabase("ignore_b", SHOP, "CREATE INDEX orders_status_idx ON orders (status)");

        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(server.urlWithCredentials(actual))
                .judging(j -> j.ignore(List.of("public.orders.*_idx"))).judging(j -> j.reportDir(work)).build());

        assertThat(result.differenceCount()).isEqualTo(1);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void snapshotRoundTripPassesAgainstTheLiveDatabase() {
        String database = server.createDatabase("snap", SHOP);
        JdbcSource live = JdbcSource.of(server.urlWithCredentials(database));
        Path file = work.resolve("snapshots/shop.json");
        ParityEngine engine = new ParityEngine();

        assertThat(engine.snapshot(live, CaptureOptions.defaults(), file)).isTrue();
        assertThat(file).isRegularFile();
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), file)).as("unchanged schema").isFalse();

        ParityResult result = engine.compare(ParityConfig.builder()
                .expected(Source.snapshot(file)).actual(Source.parse(live.url())).judging(j -> j.reportDir(work)).build());
        assertThat(result.passed()).isTrue();
        assertThat(result.report().expected().source()).isEqualTo("snapshot");
        assertThat(result.report().actual().source()).isEqualTo("jdbc");

        server.execute(database, "ALTER TABLE customers ADD COLUMN name text");
        ParityResult changed = engine.compare(ParityConfig.builder()
                .expected(Source.snapshot(file)).actual(Source.parse(live.url())).judging(j -> j.reportDir(work)).build());
        assertThat(changed.report().assessment().differences()).singleElement()
                .satisfies(d -> assertThat(d.difference().object()).isEqualTo("public.customers.name"));
        assertThat(engine.snapshot(live, CaptureOptions.defaults(), file)).as("changed schema").isTrue();
    }

    @Test
    void snapshotOfChosenSchemasLimitsTheLiveSide() {
        String database = server.createDatabase("snap_schemas", SHOP,
                "CREATE SCHEMA sales", "CREATE TABLE sales.quotes (id int)");
        JdbcSource live = JdbcSource.of(server.urlWithCredentials(database));
        Path file = work.resolve("sales.json");
        ParityEngine engine = new ParityEngine();
        engine.snapshot(live, CaptureOptions.schemas("sales"), file);

        ParityResult result = engine.compare(ParityConfig.builder()
                .expected(Source.snapshot(file)).actual(Source.parse(live.url())).judging(j -> j.reportDir(work)).build());
        assertThat(result.passed()).isTrue();

        assertThatThrownBy(() -> engine.compare(ParityConfig.builder().expected(Source.snapshot(file))
                .actual(Source.parse(live.url())).schemas("public").judging(j -> j.reportDir(work)).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Snapshot " + file + " holds schemas [sales], not [public]: capture it again with those"
                        + " schemas");
    }

    @Test
    void differentEnginesAreRefused() throws Exception {
        String database = server.createDatabase("mismatch", SHOP);
        Path mysql = work.resolve("mysql.json");
        SnapshotFile.write(Snapshot.of(List.of(),
                new Catalog(Engine.MYSQL, "8.0.36", List.of(), List.of(), List.of())), mysql);

        assertThatThrownBy(() -> new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(database)).actual(mysql.toString()).judging(j -> j.reportDir(work)).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageMatching("Engine mismatch: expected is postgresql " + PgServer.NEW
                        + "\\.\\d+, actual is mysql 8\\.0\\.36");
        assertThat(work.resolve("report.json")).doesNotExist();
    }

    @Test
    void differentMajorVersionsWarnButDoNotFail() {
        PgServer old = PgServer.of(PgServer.OLD);
        String expected = server.createDatabase("major_new", "CREATE TABLE t (id int PRIMARY KEY, name text)");
        String actual = old.createDatabase("major_old", "CREATE TABLE t (id int PRIMARY KEY, name text)");
        RecordingLog log = new RecordingLog();

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(expected)).actual(old.urlWithCredentials(actual))
                .judging(j -> j.reportDir(work)).build());

        assertThat(result.warnings()).singleElement().asString()
                .matches("Version mismatch: expected is postgresql " + PgServer.NEW + "\\.\\d+, actual is "
                        + PgServer.OLD + "\\.\\d+; some differences may come from the server versions rather than"
                        + " the schema");
        assertThat(log.lines).contains("WARN " + result.warnings().get(0));
        assertThat(result.report().actual().version()).startsWith(PgServer.OLD + ".");
    }

    @Test
    void candidateFromMigrationsIsReportedAsMigrations() throws Exception {
        String candidate = server.createDatabase("candidate", SHOP);
        String reference = server.createDatabase("reference", SHOP);
        RecordingLog log = new RecordingLog();

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(Source.migrations(JdbcSource.of(server.urlWithCredentials(candidate))))
                .actual(server.urlWithCredentials(reference)).judging(j -> j.reportDir(work)).build());

        assertThat(result.passed()).isTrue();
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.at("/expected/source").asText()).isEqualTo("migrations");
        assertThat(log.lines).anyMatch(line -> line.startsWith("INFO captured expected (migrations postgresql "));
    }

    @Test
    void unknownSchemaNamesTheSide() {
        String database = server.createDatabase("no_sales", SHOP);
        assertThatThrownBy(() -> new ParityEngine().compare(ParityConfig.builder()
                .expected(server.urlWithCredentials(database)).actual(server.urlWithCredentials(database))
                .schemas("sales").judging(j -> j.reportDir(work)).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("expected " + server.url(database) + "?user=postgres&password=****: Schema 'sales' does"
                        + " not exist in the database (existing schemas: public); fix the schema list");
    }

    @Test
    void missingSnapshotFileIsOneLine() {
        Path absent = work.resolve("nope.json");
        assertThatThrownBy(() -> new ParityEngine().compare(ParityConfig.builder()
                .expected(absent.toString()).actual(absent.toString()).judging(j -> j.reportDir(work)).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Snapshot file not found: " + absent
                        + "; create it with the snapshot goal, or pass a JDBC URL starting with jdbc:");
    }

    @Test
    void unreachableDatabaseIsOneLine() {
        assertThatThrownBy(() -> new ParityEngine().compare(ParityConfig.builder()
                .expected("jdbc:postgresql://localhost:1/shop?password=hunter2")
                .actual(server.urlWithCredentials("postgres")).judging(j -> j.reportDir(work)).build()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Cannot connect to jdbc:postgresql://localhost:1/shop?password=****:")
                .message().doesNotContain("hunter2");
        assertThat(Files.exists(work.resolve("report.json"))).isFalse();
    }
}
