package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every report format names both sides as the user gave them: the reference's masked URL and settings.xml
 * server (or snapshot file and capture time), the candidate's migrations, tool and provider.
 */
class SideOriginReportsTest {
    private static final String URL = "jdbc:postgresql://replica:5432/shop?user=app&password=****";
    private static final Side CANDIDATE = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.12")
            .withOrigin(Origin.migrations("Flyway", "filesystem:/p/db/migration", "embedded PostgreSQL 17.12"));
    private static final Side REPLICA = new Side(Side.JDBC, Engine.POSTGRESQL, "17.11")
            .withOrigin(Origin.jdbc("reference", URL, "prod-replica"));
    private static final Side SNAPSHOT = new Side(Side.SNAPSHOT, Engine.POSTGRESQL, "17.11")
            .withOrigin(Origin.snapshot("reference", "/p/src/test/resources/schemaparity/production.json",
                    Instant.parse("2026-12-01T10:15:30Z")));
    private static final String CANDIDATE_LINE =
            "candidate (expected): Flyway filesystem:/p/db/migration on embedded PostgreSQL 17.12, postgresql 17.12";
    private static final String REPLICA_LINE =
            "reference (actual): " + URL + " (settings.xml server prod-replica), postgresql 17.11";
    private static final String SNAPSHOT_LINE = "reference (actual): snapshot "
            + "/p/src/test/resources/schemaparity/production.json captured 2026-12-01T10:15:30Z, postgresql 17.11";

    private static ParityReport failing(Side expected, Side actual) {
        Difference d = new Difference(ObjectType.COLUMN, "public.users.email", Change.CHANGED, "type",
                "varchar(255)", "varchar(50)");
        return new ParityReport(expected, actual,
                Assessment.of(List.of(new AssessedDifference(d, 70, Severity.HIGH, false, null))));
    }

    private static ParityReport passing(Side expected, Side actual) {
        return new ParityReport(expected, actual, Assessment.of(List.of()));
    }

    @Test
    void consoleNamesBothSidesAlsoOnAPass() {
        assertThat(ConsoleReport.render(failing(CANDIDATE, REPLICA))).containsSequence(CANDIDATE_LINE, REPLICA_LINE)
                .noneMatch(line -> line.startsWith("expected: migrations"));
        assertThat(ConsoleReport.render(passing(CANDIDATE, SNAPSHOT)))
                .containsExactly("SchemaParity PASS: no differences", CANDIDATE_LINE, SNAPSHOT_LINE);
    }

    @Test
    void consoleKeepsTheShortLineWhenNoOriginIsKnown() {
        Side bare = new Side(Side.JDBC, Engine.POSTGRESQL, "17.11");
        assertThat(ConsoleReport.render(failing(new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.12"), bare)))
                .contains("expected: migrations postgresql 17.12 | actual: jdbc postgresql 17.11");
        assertThat(ConsoleReport.render(passing(bare, bare))).containsExactly("SchemaParity PASS: no differences");
        // One side known: the other is still named, by its source.
        assertThat(ConsoleReport.render(passing(bare, REPLICA)))
                .containsExactly("SchemaParity PASS: no differences", "expected: jdbc postgresql 17.11", REPLICA_LINE);
    }

    @Test
    void jsonAddsAnOriginToEachSideKeepingTheOldFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(failing(CANDIDATE, SNAPSHOT)));
        JsonNode expected = json.get("expected");
        assertThat(expected.get("source").asText()).isEqualTo("migrations");
        assertThat(expected.get("version").asText()).isEqualTo("17.12");
        JsonNode candidate = expected.get("origin");
        assertThat(candidate.get("role").asText()).isEqualTo("candidate");
        assertThat(candidate.get("tool").asText()).isEqualTo("Flyway");
        assertThat(candidate.get("location").asText()).isEqualTo("filesystem:/p/db/migration");
        assertThat(candidate.get("provider").asText()).isEqualTo("embedded PostgreSQL 17.12");
        assertThat(candidate.get("serverId").isNull()).isTrue();
        assertThat(candidate.get("capturedAt").isNull()).isTrue();
        assertThat(candidate.get("description").asText()).isEqualTo(CANDIDATE_LINE);
        JsonNode reference = json.get("actual").get("origin");
        assertThat(reference.get("role").asText()).isEqualTo("reference");
        assertThat(reference.get("location").asText()).isEqualTo("/p/src/test/resources/schemaparity/production.json");
        assertThat(reference.get("capturedAt").asText()).isEqualTo("2026-12-01T10:15:30Z");

        JsonNode live = new ObjectMapper().readTree(JsonReport.render(passing(CANDIDATE, REPLICA))).get("actual");
        assertThat(live.get("origin").get("location").asText()).isEqualTo(URL);
        assertThat(live.get("origin").get("serverId").asText()).isEqualTo("prod-replica");
        // A side of unknown origin is written as before: no origin field at all.
        JsonNode bare = new ObjectMapper().readTree(JsonReport.render(passing(CANDIDATE,
                new Side(Side.JDBC, Engine.POSTGRESQL, "17.11")))).get("actual");
        assertThat(bare.has("origin")).isFalse();
    }

    @Test
    void markdownListsBothSidesUnderTheShortLine() {
        String md = MarkdownReport.render(failing(CANDIDATE, REPLICA));
        assertThat(md).contains("**Expected:** migrations postgresql 17.12, **actual:** jdbc postgresql 17.11\n\n"
                + "- " + MarkdownReport.wholeText(CANDIDATE_LINE) + "\n- " + MarkdownReport.wholeText(REPLICA_LINE) + "\n\n");
        assertThat(md).contains("?user=app\\&password=\\*\\*\\*\\* (settings.xml server prod-replica), postgresql 17.11\n");
    }

    @Test
    void htmlSideCardsShowTheTermsOfEachKind() {
        Document live = Jsoup.parse(HtmlReport.render(failing(CANDIDATE, REPLICA)));
        List<String> expected = live.select(".side-card").get(0).select("dt, dd").eachText();
        assertThat(expected).containsSequence("Role", "candidate", "Tool", "Flyway", "Migrations",
                "filesystem:/p/db/migration", "Ran on", "embedded PostgreSQL 17.12");
        List<String> actual = live.select(".side-card").get(1).select("dt, dd").eachText();
        assertThat(actual).containsSequence("Role", "reference", "URL", URL, "Server id", "prod-replica");

        Document snapshot = Jsoup.parse(HtmlReport.render(passing(CANDIDATE, SNAPSHOT)));
        assertThat(snapshot.select(".side-card").get(1).select("dt, dd").eachText()).containsSequence("Snapshot",
                "/p/src/test/resources/schemaparity/production.json", "Captured", "2026-12-01T10:15:30Z");
    }

    @Test
    void junitXmlCarriesEachSideAsAProperty() {
        String xml = JUnitXmlReport.render(failing(CANDIDATE, SNAPSHOT));
        assertThat(xml).contains("<property name=\"expected.origin\" value=\"" + CANDIDATE_LINE + "\"/>")
                .contains("<property name=\"actual.origin\" value=\"" + SNAPSHOT_LINE + "\"/>");
        assertThat(JUnitXmlReport.render(passing(CANDIDATE, REPLICA)))
                .contains("value=\"reference (actual): jdbc:postgresql://replica:5432/shop?user=app&amp;password=****");
    }

    @Test
    void theEnvironmentMatrixNamesEachEnvironmentsOwnReference() throws Exception {
        Side staging = new Side(Side.JDBC, Engine.POSTGRESQL, "17.11")
                .withOrigin(Origin.jdbc("reference", "jdbc:postgresql://staging:5432/shop", "staging-db"));
        EnvironmentMatrix matrix = new EnvironmentMatrix(List.of(
                new EnvironmentRow("staging", passing(CANDIDATE, staging), "3", 0, false, "staging"),
                new EnvironmentRow("production", passing(CANDIDATE, SNAPSHOT), "3", 0, false, "production")), "b");

        assertThat(matrix.referenceLines()).containsExactly("references:",
                "  staging     jdbc:postgresql://staging:5432/shop (settings.xml server staging-db)",
                "  production  snapshot /p/src/test/resources/schemaparity/production.json captured 2026-12-01T10:15:30Z");
        assertThat(matrix.consoleLines()).extracting(ConsoleLine::text).containsSubsequence(matrix.referenceLines());
        JsonNode rows = new ObjectMapper().readTree(EnvironmentReports.json(matrix)).get("environments");
        assertThat(rows.get(0).get("origin").get("serverId").asText()).isEqualTo("staging-db");
        assertThat(rows.get(1).get("origin").get("capturedAt").asText()).isEqualTo("2026-12-01T10:15:30Z");
        assertThat(EnvironmentReports.markdown(matrix))
                .contains("- staging reference: jdbc:postgresql://staging:5432/shop (settings.xml server staging-db)");
        assertThat(EnvironmentReports.html(matrix))
                .contains("<p class=\"reference\">reference: jdbc:postgresql://staging:5432/shop (settings.xml server staging-db)</p>");
        assertThat(EnvironmentReports.junitXml(matrix)).contains("<testsuite name=\"schemaparity.staging\"")
                .contains("<property name=\"reference\" value=\"jdbc:postgresql://staging:5432/shop (settings.xml server staging-db)\"/>");
    }
}
