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
import io.github.schemaparity.policy.Rule;
import io.github.schemaparity.policy.RiskTable;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

/**
 * The policy attributes of {@link SchemaParity} ({@code rules}, {@code risks}, {@code baseline},
 * {@code baselineStrict}) on real fixture classes through the EngineTestKit, against the drifted
 * production snapshot (a widened {@code orders.status} and a hotfix index).
 */
class PolicyAttributesTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String NL = System.lineSeparator();

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
    void rulesAllowTheIndexAndARerateMakesTheColumnCritical() throws Exception {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.RuledAndRerated.class);

        assertClassFailed(results, Fixtures.RuledAndRerated.class, failureLine(Fixtures.RuledAndRerated.class, 1) + NL
                + "  public.orders.status: COLUMN CHANGED type: varchar(50) -> varchar(255) (CRITICAL)");
        JsonNode report = report(Fixtures.RuledAndRerated.class);
        JsonNode index = find(report, "public.orders.orders_status_idx");
        assertThat(index.get("allowed").asBoolean()).isTrue();
        assertThat(index.get("reason").asText()).isEqualTo("allowed by rule 'allow INDEX:UNEXPECTED'");
        assertThat(find(report, "public.orders.status").get("risk").asInt()).isEqualTo(90);
    }

    @Test
    void aDenyRuleFailsWhatFailOnWouldAllowAndSaysWhy() {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.Denied.class);

        assertClassFailed(results, Fixtures.Denied.class, failureLine(Fixtures.Denied.class, 1) + NL
                + "  public.orders.status: COLUMN CHANGED type: varchar(50) -> varchar(255) (MEDIUM; denied by rule "
                + "'deny public.orders.status')");
    }

    @Test
    void acknowledgedDifferencesPassTheClassAndShowTheirReasons() throws Exception {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.Acknowledged.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        JsonNode report = report(Fixtures.Acknowledged.class);
        assertThat(report.at("/summary/acknowledged").asInt()).isEqualTo(2);
        assertThat(report.at("/baseline/file").asText()).isEqualTo(PROJECT.resolve(References.BASELINE).normalize().toString());
    }

    @Test
    void anExpiredEntryFailsItsDifferenceNamingTheEntry() {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.ExpiredBaseline.class);

        assertClassFailed(results, Fixtures.ExpiredBaseline.class, failureLine(Fixtures.ExpiredBaseline.class, 1) + NL
                + "  public.orders.orders_status_idx: INDEX UNEXPECTED btree(status) (MEDIUM; baseline entry expired "
                + "(expires 2020-01-31): hotfix INC-42; fix the drift or extend expires)");
    }

    @Test
    void aStaleEntryFailsOnlyUnderBaselineStrict() throws Exception {
        EngineExecutionResults strict = SchemaParityExtensionTest.run(Fixtures.StrictStale.class);
        EngineExecutionResults lenient = SchemaParityExtensionTest.run(Fixtures.LenientStale.class);

        assertClassFailed(strict, Fixtures.StrictStale.class, "SchemaParity: 1 stale baseline entry (baselineStrict; "
                + "remove with mvn schemaparity:baseline) (see target/schemaparity/" + Fixtures.StrictStale.class.getName()
                + "/report.json)" + NL + "  public.orders.orders_old_idx: stale baseline entry INDEX UNEXPECTED btree(id) "
                + "(dropped in the last release)");
        lenient.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
        JsonNode report = report(Fixtures.LenientStale.class);
        assertThat(report.at("/summary/stale").asInt()).isEqualTo(1);
        assertThat(report.at("/baseline/stale/0/object").asText()).isEqualTo("public.orders.orders_old_idx");
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
    }

    @Test
    void aBadRuleRiskOrBaselineIsAConfigurationErrorNamingIt() {
        EngineExecutionResults results = SchemaParityExtensionTest.run(Fixtures.BadRule.class, Fixtures.BadRisk.class,
                Fixtures.MissingBaseline.class);

        assertConfigurationError(results, Fixtures.BadRule.class, "@SchemaParity on BadRule: Invalid rule 'alow COLUMN': "
                + "it must start with allow or deny, not 'alow'; write " + Rule.FORM);
        assertConfigurationError(results, Fixtures.BadRisk.class, "@SchemaParity on BadRisk: Invalid risk "
                + "'COLUMN:CHANGED:default=high': 'high' is not a number; write " + RiskTable.RATING_FORM);
        assertConfigurationError(results, Fixtures.MissingBaseline.class, "@SchemaParity on MissingBaseline: baseline "
                + "classpath:schemaparity/missing-baseline.json is not on the test class path; write it with "
                + "`mvn schemaparity:baseline` into src/test/resources/schemaparity/missing-baseline.json, or fix baseline");
        assertThat(log.candidatesStarted()).as("nothing provisioned").isZero();
    }

    private static String failureLine(Class<?> fixture, int failing) {
        return "SchemaParity: " + failing + (failing == 1 ? " difference" : " differences")
                + " not allowed by the policy (see target/schemaparity/" + fixture.getName() + "/report.json)";
    }

    private static void assertClassFailed(EngineExecutionResults results, Class<?> fixture, String expected) {
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(fixture),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(expected))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    private static void assertConfigurationError(EngineExecutionResults results, Class<?> fixture, String expected) {
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(fixture),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    private static JsonNode report(Class<?> fixture) throws Exception {
        return new ObjectMapper().readTree(PROJECT.resolve("target/schemaparity").resolve(fixture.getName())
                .resolve("report.json").toFile());
    }

    private static JsonNode find(JsonNode report, String object) {
        for (JsonNode d : report.get("differences")) {
            if (d.get("object").asText().equals(object)) {
                return d;
            }
        }
        throw new AssertionError("no difference for " + object + " in " + report);
    }
}
