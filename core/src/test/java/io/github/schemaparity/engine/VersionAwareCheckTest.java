package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.report.PendingMigration;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version awareness on real PostgreSQL 17: production is a database Flyway migrated (to some version of
 * the project's migrations, sometimes with hand-made changes); the project has five migrations; the
 * check builds an embedded candidate only up to production's version and reports the rest as pending.
 */
class VersionAwareCheckTest {
    static final String V1 = """
            CREATE TABLE customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email varchar(200) NOT NULL UNIQUE,
                legacy_code varchar(20)
            );
            """;
    static final String V2 = """
            CREATE TABLE orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new'
            );
            """;
    static final String V3 = "CREATE INDEX orders_status_idx ON orders (status);\n";
    static final String V4 = "ALTER TABLE orders ADD COLUMN notes text;\n";
    static final String V5 = "ALTER TABLE customers DROP COLUMN legacy_code;\n";
    static final List<String> NAMES = List.of("customers", "orders", "status_index", "order_notes", "drop_legacy_code");
    static final List<String> ALL = List.of(V1, V2, V3, V4, V5);

    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void productionAtMigrationThreeOfFiveHasNoDriftAndTwoPendingMigrations() throws Exception {
        writeProject(ALL);
        String production = production("vers_three", ALL.subList(0, 3), List.of());
        Path snapshot = snapshot(production);

        long started = System.nanoTime();
        CheckResult result = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());
        System.out.printf("[versions] cold version-aware check (3 applied + 2 pending, embedded PostgreSQL 17) took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertThat(log.lines).contains("INFO version aware: production has applied Flyway migrations up to version 3;"
                + " the candidate is built to it, later migrations are pending");
        assertThat(log.lines).anyMatch(l -> l.matches("INFO migrated candidate with Flyway: 3 migrations applied in \\d+ ms"
                + " \\(production's version; 2 pending\\)"));
        assertTwoPending(result.parity().report().pending());
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
        assertThat(report.get("differences")).isEmpty();
        assertThat(report.get("pending")).hasSize(2);
        assertThat(report.at("/pending/1/version").asText()).isEqualTo("5");
        assertThat(report.at("/pending/1/script").asText()).isEqualTo("V5__drop_legacy_code.sql");
        assertThat(report.at("/pending/1/differences/0/change").asText()).isEqualTo("MISSING");
        assertThat(report.at("/pending/1/differences/0/object").asText()).isEqualTo("public.customers.legacy_code");
        assertThat(report.at("/pending/1/differences/0/severity").asText()).isEqualTo("CRITICAL");
        assertThat(log.lines).contains("INFO pending: 2 migrations production has not applied yet (reported, never failing)",
                "INFO   V5 drop legacy code (V5__drop_legacy_code.sql): 1 change, CRITICAL",
                "INFO     CRITICAL  drops    COLUMN  public.customers.legacy_code  varchar(20)");
        assertThat(Files.readString(result.reportFile().resolveSibling("report.md"))).contains("#### Pending migrations",
                "| `V5 drop legacy code (V5__drop_legacy_code.sql)` | CRITICAL | drops | COLUMN | `public.customers.legacy_code` |");

        // Warm run: the candidate at version 3 and the pending steps come from the cache, no database.
        log.lines.clear();
        started = System.nanoTime();
        CheckResult warm = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());
        System.out.printf("[versions] warm version-aware check (candidate and pending steps from the cache) took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(warm.fromCache()).isTrue();
        assertThat(log.lines).noneMatch(l -> l.contains("Candidate provider"));
        assertTwoPending(warm.parity().report().pending());
        assertThat(Files.readString(warm.reportFile())).isEqualTo(Files.readString(result.reportFile()));
    }

    @Test
    void aLiveReferenceWorksTheSameAsItsSnapshot() {
        writeProject(ALL);
        String production = production("vers_live", ALL.subList(0, 3), List.of());

        CheckResult result = new ParityEngine(log).check(CandidateConfig.builder()
                .reference(Source.parse(server.urlWithCredentials(production))).projectDir(project)
                .provider(ProviderChoice.EMBEDDED).cache(false).build(), JudgingConfig.defaults());
        String pendingStep = log.lines.stream().filter(l -> l.contains("pending migrations one at a time")).findFirst()
                .orElseThrow();
        System.out.println("[versions] " + pendingStep);

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertTwoPending(result.parity().report().pending());
    }

    @Test
    void aHotfixOnTopOfProductionIsExactlyTheDrift() throws Exception {
        writeProject(ALL);
        String production = production("vers_hotfix", ALL.subList(0, 3),
                List.of("CREATE INDEX orders_customer_hotfix_idx ON orders (customer_id)"));

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(differences(result)).containsExactly(
                tuple("INDEX", "public.orders.orders_customer_hotfix_idx", "UNEXPECTED", null, null, "btree(customer_id)"));
        assertTwoPending(result.parity().report().pending());
    }

    @Test
    void anEditedAppliedMigrationIsAChecksumDifference() throws Exception {
        // The project's V2 was edited after production applied it: same schema, other text.
        writeProject(List.of(V1, V2.replace("varchar(50)", "VARCHAR(50)"), V3, V4, V5));
        String production = production("vers_edited", ALL.subList(0, 3), List.of());

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        List<AssessedDifference> differences = result.parity().report().assessment().differences();
        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.difference().object()).isEqualTo("migration:2");
            assertThat(d.difference().objectType().name()).isEqualTo("MIGRATION");
            assertThat(d.difference().change().name()).isEqualTo("CHANGED");
            assertThat(d.difference().attribute()).isEqualTo("checksum");
            assertThat(d.difference().expected()).isNotEqualTo(d.difference().actual()).isNotNull();
            assertThat(d.severity()).isEqualTo(Severity.HIGH);
        });
        assertTwoPending(result.parity().report().pending());
    }

    @Test
    void aMigrationAppliedInProductionButAbsentFromTheProjectIsUnexpected() throws Exception {
        writeProject(ALL);
        // Production got a V3.1 hotfix migration that was never committed to the project.
        String production = production("vers_absent", List.of(V1, V2, V3, "CREATE INDEX hotfix_idx ON orders (customer_id);"),
                List.of(), List.of("1", "2", "3", "3.1"));

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).build(), JudgingConfig.defaults());

        assertThat(differences(result)).containsExactlyInAnyOrder(
                tuple("MIGRATION", "migration:3.1", "UNEXPECTED", null, null, "V3.1 step (V3.1__step.sql)"),
                tuple("INDEX", "public.orders.hotfix_idx", "UNEXPECTED", null, null, "btree(customer_id)"));
        assertThat(result.parity().report().pending()).extracting(PendingMigration::version).containsExactly("4", "5");
    }

    @Test
    void aFailedRowInProductionIsReported() throws Exception {
        writeProject(ALL);
        // PostgreSQL rolls a failed Flyway migration back; MySQL leaves such a row (see the MariaDB test).
        String production = production("vers_failed", ALL.subList(0, 3),
                List.of("UPDATE flyway_schema_history SET success = false WHERE version = '3'"));

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(differences(result)).containsExactly(
                tuple("MIGRATION", "migration:3", "CHANGED", "success", "true", "false"));
        assertThat(result.parity().report().assessment().differences().get(0).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void anOutOfOrderApplicationIsReported() throws Exception {
        writeProject(ALL);
        String production = server.createDatabase("vers_order");
        Path folder = project.resolve("production-order");
        write(folder, List.of(V1, V2, V4), List.of("1", "2", "4"));
        flyway(folder, production, false).migrate();
        write(folder, List.of(V3), List.of("3"));
        flyway(folder, production, true).migrate();

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).build(), JudgingConfig.defaults());

        assertThat(differences(result)).containsExactly(
                tuple("MIGRATION", "migration:3", "CHANGED", "order", "after 2", "after 4"));
        assertThat(result.parity().report().pending()).extracting(PendingMigration::version).containsExactly("5");
    }

    @Test
    void versionAwareOffBuildsEveryMigrationAndReportsTheUndeployedOnesAsMissing() throws Exception {
        writeProject(ALL);
        String production = production("vers_off", ALL.subList(0, 3), List.of());

        CheckResult result = new ParityEngine(log).check(config(snapshot(production)).versionAware(false).build(), JudgingConfig.defaults());

        assertThat(log.lines).contains("INFO version awareness off (versionAware=false): the candidate gets every migration");
        assertThat(result.parity().report().pending()).isEmpty();
        assertThat(differences(result)).containsExactlyInAnyOrder(
                tuple("COLUMN", "public.orders.notes", "MISSING", null, "text", null),
                tuple("COLUMN", "public.customers.legacy_code", "UNEXPECTED", null, null, "varchar(20)"),
                tuple("MIGRATION", "migration:4", "MISSING", null, "V4 order notes (V4__order_notes.sql)", null),
                tuple("MIGRATION", "migration:5", "MISSING", null, "V5 drop legacy code (V5__drop_legacy_code.sql)", null));
    }

    @Test
    void aLiveCandidateIsComparedAtProductionsVersionButLeftAtTheHeadForTests() throws Exception {
        writeProject(ALL);
        Path snapshot = snapshot(production("vers_livecand", ALL.subList(0, 3), List.of()));
        CandidateConfig config = config(snapshot).build();

        try (LiveCandidate candidate = LiveCandidate.start(config, log)) {
            assertThat(candidate.migration().applied()).isEqualTo(5);
            try (var connection = candidate.open(); var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT count(*) FROM information_schema.columns"
                         + " WHERE table_name = 'orders' AND column_name = 'notes'")) {
                rows.next();
                assertThat(rows.getInt(1)).as("V4 applied to the database the tests use").isEqualTo(1);
            }
            CandidateComparison comparison = candidate.compare(JudgingConfig.defaults());
            assertThat(comparison.result().verdict()).isEqualTo(Verdict.PASS);
            assertTwoPending(comparison.result().parity().report().pending());
        }
    }

    @Test
    void theSnapshotCarriesTheHistory() {
        String production = production("vers_snap", ALL.subList(0, 2), List.of());
        List<AppliedMigration> history = SnapshotFile.read(snapshot(production)).catalog().migrationHistory();
        assertThat(history).extracting(AppliedMigration::tool, AppliedMigration::key, AppliedMigration::script,
                AppliedMigration::success).containsExactly(
                        tuple("flyway", "1", "V1__step.sql", true), tuple("flyway", "2", "V2__step.sql", true));
        assertThat(history).allSatisfy(r -> assertThat(r.checksum()).isNotBlank());
    }

    // --- helpers ---

    private static void assertTwoPending(List<PendingMigration> pending) {
        assertThat(pending).extracting(PendingMigration::version, PendingMigration::script)
                .containsExactly(tuple("4", "V4__order_notes.sql"), tuple("5", "V5__drop_legacy_code.sql"));
        assertThat(pending.get(0).differences()).singleElement().satisfies(d -> {
            assertThat(d.difference().object()).isEqualTo("public.orders.notes");
            assertThat(d.difference().change().name()).isEqualTo("UNEXPECTED");
            assertThat(d.severity()).isEqualTo(Severity.LOW);
            assertThat(d.allowed()).isTrue();
        });
        // Dropping a column production has: destructive, rated as every query naming it failing.
        assertThat(pending.get(1).differences()).singleElement().satisfies(d -> {
            assertThat(d.difference().object()).isEqualTo("public.customers.legacy_code");
            assertThat(d.difference().change().name()).isEqualTo("MISSING");
            assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        });
    }

    private static List<org.assertj.core.groups.Tuple> differences(CheckResult result) {
        List<org.assertj.core.groups.Tuple> tuples = new ArrayList<>();
        for (AssessedDifference a : result.parity().report().assessment().differences()) {
            var d = a.difference();
            tuples.add(tuple(d.objectType().name(), d.object(), d.change().name(), d.attribute(), d.expected(),
                    d.actual()));
        }
        return tuples;
    }

    private CandidateConfig.Builder config(Path snapshot) {
        return CandidateConfig.builder().reference(Source.snapshot(snapshot)).projectDir(project)
                .provider(ProviderChoice.EMBEDDED);
    }

    private void writeProject(List<String> scripts) {
        Path folder = project.resolve("src/main/resources/db/migration");
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < scripts.size(); i++) {
            versions.add(Integer.toString(i + 1));
        }
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < scripts.size(); i++) {
                Files.writeString(folder.resolve("V" + versions.get(i) + "__" + NAMES.get(i) + ".sql"), scripts.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String production(String name, List<String> migrations, List<String> changes) {
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            versions.add(Integer.toString(i + 1));
        }
        return production(name, migrations, changes, versions);
    }

    /** Production: the migrations applied by Flyway (own file names, same contents), then changes by hand. */
    private String production(String name, List<String> migrations, List<String> changes, List<String> versions) {
        String database = server.createDatabase(name);
        Path folder = project.resolve("production-" + name);
        write(folder, migrations, versions);
        flyway(folder, database, false).migrate();
        server.execute(database, changes.toArray(String[]::new));
        return database;
    }

    private static void write(Path folder, List<String> scripts, List<String> versions) {
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < scripts.size(); i++) {
                Files.writeString(folder.resolve("V" + versions.get(i) + "__step.sql"), scripts.get(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Flyway flyway(Path folder, String database, boolean outOfOrder) {
        return Flyway.configure().dataSource(server.url(database), "postgres", "postgres")
                .locations("filesystem:" + folder).outOfOrder(outOfOrder).load();
    }

    private Path snapshot(String database) {
        Path file = project.resolve("snapshots/" + database + ".json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(database)), CaptureOptions.defaults(), file);
        return file;
    }
}
