package io.github.schemaparity.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.junit.fixtures.Fixtures;
import io.github.schemaparity.junit.fixtures.References;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * {@code @SchemaParity(references = ...)}: two environments (snapshots of real databases at the same
 * migration version) in one check through the EngineTestKit; one candidate serves both.
 */
class EnvironmentsExtensionTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final CapturedLog log = CapturedLog.start();

    @BeforeAll
    static void buildReferences() {
        References.build();
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    @Test
    void theClassFailsNamingOnlyTheEnvironmentThatDrifted() throws Exception {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.TwoEnvironments.class);

        Path dir = PROJECT.resolve("target/schemaparity").resolve(Fixtures.TwoEnvironments.class.getName());
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Fixtures.TwoEnvironments.class),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(
                        "SchemaParity: 1 of 2 environments failed: production (2 differences not allowed by the policy)"
                                + " (see " + dir.resolve("report.json") + ")"))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
        // Both snapshots are at the same migration version: the candidate is obtained once and reused.
        assertThat(log.lines).anyMatch(l -> l.contains("reused 1 time for 2 environments"));
        assertThat(log.lines).anyMatch(l -> l.contains("[production] candidate reused from this run"));
        assertThat(log.lines).contains("INFO only production differs: COLUMN public.orders.status CHANGED type;"
                + " INDEX public.orders.orders_status_idx UNEXPECTED");

        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(report.get("failed").toString()).isEqualTo("[\"production\"]");
        assertThat(report.at("/environments/0/name").asText()).isEqualTo("staging");
        assertThat(report.at("/environments/0/drift/count").asInt()).isZero();
        assertThat(report.at("/environments/1/drift/count").asInt()).isEqualTo(2);
        assertThat(report.at("/environments/1/verdict").asText()).isEqualTo("FAIL");
        assertThat(dir.resolve("production/report.json")).exists();
        assertThat(dir.resolve("staging/report.json")).exists();
    }

    @Test
    void whenTheRulesAllowProductionsDriftTheClassRuns() {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.TwoEnvironmentsAllowed.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }
}
