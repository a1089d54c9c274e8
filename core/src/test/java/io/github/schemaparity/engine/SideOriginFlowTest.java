package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On real databases, every report names both sides as the user gave them: a check's snapshot reference by
 * its file and capture time and its candidate by migrations, tool and provider; a compare's live sides by
 * their masked URLs and settings.xml server. The password in the URLs appears in no log line and no file.
 */
class SideOriginFlowTest {
    /** Embedded PostgreSQL trusts loopback, so any password logs in: this one must never be printed. */
    private static final String PASSWORD = "Sides-S3cret-Pw";
    private static final List<String> REPORT_FILES = List.of("report.json", "report.md", "report.html",
            "TEST-schemaparity.xml", "fix.sql");

    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void aCheckNamesTheSnapshotWithItsCaptureTimeAndTheCandidatesMigrations() throws Exception {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(migrations.resolve("V1__init.sql"), CheckFlowTest.V1);
        String production = server.createDatabase("sides_prod");
        new Migrator().apply(FlywayMigrations.inFolders(migrations), server.url(production), "postgres", PASSWORD);
        server.execute(production, "ALTER TABLE customers ADD COLUMN phone text");
        Path snapshot = project.resolve("snapshots/production.json");
        new ParityEngine().snapshot(JdbcSource.of(url(production)), CaptureOptions.defaults(), snapshot);
        String capturedAt = SnapshotFile.read(snapshot).capturedAt().toString();

        CheckResult result = new ParityEngine(log).check(CandidateConfig.builder().reference(Source.snapshot(snapshot))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).cache(false).build(), JudgingConfig.defaults());

        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        JsonNode reference = report.at("/actual/origin");
        assertThat(reference.get("role").asText()).isEqualTo("reference");
        assertThat(reference.get("location").asText()).isEqualTo(snapshot.toString());
        assertThat(reference.get("capturedAt").asText()).isEqualTo(capturedAt);
        JsonNode candidate = report.at("/expected/origin");
        assertThat(candidate.get("tool").asText()).isEqualTo("Flyway");
        assertThat(candidate.get("location").asText()).isEqualTo("filesystem:" + migrations);
        assertThat(candidate.get("provider").asText()).startsWith("embedded ").contains("PostgreSQL " + PgServer.NEW + ".");
        assertThat(log.lines).contains("INFO reference (actual): snapshot " + snapshot + " captured " + capturedAt
                + ", postgresql " + report.at("/actual/version").asText());
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO candidate (expected): Flyway filesystem:" + migrations
                + " on embedded "));
        assertNoPassword(result.reportFile().getParent());
    }

    @Test
    void aCompareNamesBothLiveSidesByMaskedUrlAndServerId() throws Exception {
        String expected = server.createDatabase("sides_expected", CheckFlowTest.V1);
        String actual = server.createDatabase("sides_actual", CheckFlowTest.V1,
                "ALTER TABLE customers ADD COLUMN phone text");
        Path reports = project.resolve("reports");

        ParityResult result = new ParityEngine(log).compare(ParityConfig.builder()
                .expected(url(expected))
                .actual(((Source.Jdbc) Source.parse(url(actual))).withServerId("prod-replica"))
                .judging(JudgingConfig.builder().reportDir(reports).build()).build());

        String maskedExpected = server.url(expected) + "?user=postgres&password=****";
        String maskedActual = server.url(actual) + "?user=postgres&password=****";
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.at("/expected/origin/role").asText()).isEqualTo("expected");
        assertThat(report.at("/expected/origin/location").asText()).isEqualTo(maskedExpected);
        assertThat(report.at("/expected/origin/serverId").isNull()).isTrue();
        assertThat(report.at("/actual/origin/location").asText()).isEqualTo(maskedActual);
        assertThat(report.at("/actual/origin/serverId").asText()).isEqualTo("prod-replica");
        String version = report.at("/actual/version").asText();
        assertThat(log.lines).contains("INFO expected: " + maskedExpected + ", postgresql " + version,
                "INFO actual: " + maskedActual + " (settings.xml server prod-replica), postgresql " + version);
        assertThat(Files.readString(reports.resolve("TEST-schemaparity.xml")))
                .contains("name=\"actual.origin\" value=\"actual: " + maskedActual.replace("&", "&amp;"));
        assertNoPassword(reports);
    }

    private static String url(String database) {
        return server.url(database) + "?user=postgres&password=" + PASSWORD;
    }

    /** The password is in no log line and in no file the run wrote (reports, fix SQL). */
    private void assertNoPassword(Path reportDir) throws Exception {
        assertThat(log.lines).noneMatch(l -> l.contains(PASSWORD));
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.walk(reportDir)) {
            files.filter(Files::isRegularFile).forEach(written::add);
        }
        assertThat(written).extracting(p -> p.getFileName().toString()).containsAll(REPORT_FILES.subList(0, 4));
        for (Path file : written) {
            assertThat(Files.readString(file)).as(file.toString()).doesNotContain(PASSWORD);
        }
    }
}
