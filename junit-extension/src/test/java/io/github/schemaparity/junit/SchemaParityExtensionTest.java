package io.github.schemaparity.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.junit.fixtures.Fixtures;
import io.github.schemaparity.junit.fixtures.References;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * Runs real {@link SchemaParity} classes ({@link Fixtures}) through the JUnit Platform with the
 * EngineTestKit, against embedded PostgreSQL candidates and references built from real databases, and
 * asserts on the events: what passed, what failed and with which message.
 */
class SchemaParityExtensionTest {
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
    void aMatchingClassPassesAndItsTestsGetTheResultTheDatabaseAndTheUrl() throws Exception {
        EngineExecutionResults results = run(Fixtures.Passing.class);

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(5).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        assertThat(reportEntries(results)).containsExactly(Map.of(
                SchemaParityExtension.VERDICT_ENTRY, "PASS",
                SchemaParityExtension.REPORT_ENTRY, reportOf(Fixtures.Passing.class).toString()));
        JsonNode report = new ObjectMapper().readTree(reportOf(Fixtures.Passing.class).toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
        assertThat(report.at("/expected/source").asText()).isEqualTo("migrations");
        assertThat(report.at("/actual/source").asText()).isEqualTo("snapshot");
        // Both sides named as given: the reference snapshot with its capture time, the candidate's migrations.
        Path snapshot = Path.of(References.SHOP).toAbsolutePath().normalize();
        String capturedAt = io.github.schemaparity.snapshot.SnapshotFile.read(snapshot).capturedAt().toString();
        assertThat(report.at("/actual/origin/role").asText()).isEqualTo("reference");
        assertThat(report.at("/actual/origin/location").asText()).isEqualTo(snapshot.toString());
        assertThat(report.at("/actual/origin/capturedAt").asText()).isEqualTo(capturedAt);
        assertThat(report.at("/expected/origin/tool").asText()).isEqualTo("Flyway");
        assertThat(report.at("/expected/origin/location").asText()).isEqualTo("classpath:db/shop");
        assertThat(report.at("/expected/origin/provider").asText()).startsWith("embedded ");
        assertThat(log.lines).anyMatch(l -> l.equals("INFO reference (actual): snapshot " + snapshot + " captured "
                + capturedAt + ", postgresql " + report.at("/actual/version").asText()));
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO candidate (expected): Flyway classpath:db/shop on embedded "));
        assertThat(log.lines).contains("INFO Candidate provider: embedded - embedded requested, using embedded PostgreSQL 17");
        assertThat(log.lines).anyMatch(l -> l.matches("INFO migrated candidate with Flyway: 2 migrations applied in \\d+ ms"));
    }

    @Test
    void aDriftedClassFailsWithOneLinePerDifferenceObjectPathFirst() throws Exception {
        EngineExecutionResults results = run(Fixtures.Drifted.class);

        String expected = String.join(System.lineSeparator(),
                "SchemaParity: 2 differences not allowed by the policy (see target/schemaparity/"
                        + Fixtures.Drifted.class.getName() + "/report.json)",
                "  public.orders.orders_status_idx: INDEX UNEXPECTED btree(status) (MEDIUM)",
                "  public.orders.status: COLUMN CHANGED type: varchar(50) -> varchar(255) (MEDIUM)");
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Fixtures.Drifted.class),
                finishedWithFailure(instanceOf(AssertionFailedError.class), message(expected))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(reportEntries(results)).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry(SchemaParityExtension.VERDICT_ENTRY, "FAIL"));
        JsonNode report = new ObjectMapper().readTree(reportOf(Fixtures.Drifted.class).toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
        assertThat(report.at("/summary/failing").asInt()).isEqualTo(2);
        // named as the check goal names it: the next Flyway version after db/shop's V1 and V2
        Path reports = reportOf(Fixtures.Drifted.class).getParent();
        assertThat(reports.resolve("V3__adopt_production_drift.sql")).exists();
    }

    @Test
    void differencesThePolicyAllowsDoNotFailTheClassAndAreInjected() {
        EngineExecutionResults results = run(Fixtures.DriftIgnored.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    @Test
    void schemaMappingComparesTheCandidatesSchemaUnderProductionsName() {
        EngineExecutionResults results = run(Fixtures.MappedSchema.class, Fixtures.BadSchemaMapping.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertConfigurationError(results, Fixtures.BadSchemaMapping.class, "@SchemaParity on BadSchemaMapping:"
                + " Invalid schemaMapping entry 'prod': write expected=actual, e.g. staging=public (several separated"
                + " by commas)");
    }

    @Test
    void classesWithTheSameMigrationsAndReferenceShareOneDatabase() {
        EngineExecutionResults results = run(Fixtures.Passing.class, Fixtures.SharesTheCandidate.class,
                Fixtures.SamePoliciedOtherwise.class);

        results.testEvents().assertStatistics(stats -> stats.started(7).succeeded(7).failed(0));
        assertThat(log.candidatesStarted()).as("databases provisioned").isEqualTo(1);
        assertThat(log.embeddedPorts()).hasSize(1);
        String url = Fixtures.URLS.get(Fixtures.Passing.class);
        assertThat(Fixtures.URLS.get(Fixtures.SharesTheCandidate.class)).isEqualTo(url);
        assertThat(Fixtures.URLS.get(Fixtures.SamePoliciedOtherwise.class)).isEqualTo(url);
        // ... but each class is compared on its own, under its own policy, into its own report.
        assertThat(reportEntries(results)).hasSize(3);
        assertThat(reportOf(Fixtures.SamePoliciedOtherwise.class)).exists();
    }

    @Test
    void theAnnotationIsFoundOnASuperclassThroughAComposedAnnotation() {
        EngineExecutionResults results = run(Fixtures.InheritsTheAnnotation.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(log.candidatesStarted()).isEqualTo(1);
    }

    @Test
    void theCandidateIsStoppedWhenTheRunEndsAlsoAfterAFailingClass() {
        EngineExecutionResults results = run(Fixtures.Passing.class, Fixtures.Drifted.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(5).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.failed(1));
        List<Integer> ports = log.embeddedPorts();
        assertThat(ports).as("one candidate per reference").hasSize(2);
        assertThat(ports).noneMatch(CapturedLog::listening);
        assertThat(log.lines).filteredOn(l -> l.startsWith("INFO stopping candidate")).hasSize(2);
    }

    @Test
    void aFailingMigrationFailsTheClassesNamingTheFileAndLeavesNothingRunning() {
        EngineExecutionResults results = run(Fixtures.BrokenMigration.class, Fixtures.SameBrokenMigration.class);

        for (Class<?> fixture : List.of(Fixtures.BrokenMigration.class, Fixtures.SameBrokenMigration.class)) {
            results.containerEvents().assertThatEvents().haveExactly(1, event(container(fixture),
                    finishedWithFailure(instanceOf(SchemaParityException.class),
                            message(m -> m.startsWith("Migration V2__broken.sql failed") && m.contains("orderz")))));
        }
        assertThat(log.candidatesStarted()).as("the failure is remembered, not retried per class").isEqualTo(1);
        assertThat(log.embeddedPorts()).singleElement().satisfies(port ->
                assertThat(CapturedLog.listening(port)).as("candidate stopped").isFalse());
    }

    @Test
    void aLiveReplicaNamedByVariablesIsTheReference() {
        EngineExecutionResults results = run(Fixtures.LiveReplica.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(log.lines).anyMatch(l -> l.matches("INFO captured reference \\(jdbc postgresql 17\\.\\d+\\): 3 tables in \\d+ ms"));
        assertThat(String.join("\n", log.lines)).doesNotContain("password=postgres");
    }

    @Test
    void aLiquibaseChangelogBuildsTheCandidate() {
        EngineExecutionResults results = run(Fixtures.Liquibase.class);

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(log.lines).anyMatch(l -> l.matches("INFO migrated candidate with Liquibase: 2 migrations applied in \\d+ ms"));
    }

    @Test
    void misconfigurationFailsWithOneMessageNamingTheAttribute() {
        EngineExecutionResults results = run(Fixtures.TwoMigrationSources.class, Fixtures.MissingReference.class,
                Fixtures.NoSnapshotOnTheClassPath.class, Fixtures.UnsetReplicaVariable.class,
                Fixtures.SnapshotAndReplica.class, Fixtures.ImageForEmbedded.class);

        assertConfigurationError(results, Fixtures.TwoMigrationSources.class, "@SchemaParity on TwoMigrationSources:"
                + " flywayLocations and sqlFolder are both set; set only one migration source");
        assertConfigurationError(results, Fixtures.MissingReference.class, "@SchemaParity on MissingReference:"
                + " reference target/test-references/absent.json does not exist ("
                + PROJECT.resolve("target/test-references/absent.json")
                + "); write it with `mvn schemaparity:snapshot`, or fix reference");
        assertConfigurationError(results, Fixtures.NoSnapshotOnTheClassPath.class,
                "@SchemaParity on NoSnapshotOnTheClassPath: reference classpath:schemaparity/snapshot.json is not on the"
                        + " test class path; write it with `mvn schemaparity:snapshot` into"
                        + " src/test/resources/schemaparity/snapshot.json, or fix reference");
        assertConfigurationError(results, Fixtures.UnsetReplicaVariable.class, "@SchemaParity on UnsetReplicaVariable:"
                + " referenceUrlVariable names SCHEMAPARITY_TEST_UNSET_REPLICA_URL, but neither a system property nor"
                + " an environment variable SCHEMAPARITY_TEST_UNSET_REPLICA_URL is set");
        assertConfigurationError(results, Fixtures.SnapshotAndReplica.class, "@SchemaParity on SnapshotAndReplica:"
                + " reference and referenceUrlVariable are both set; set reference for a snapshot or"
                + " referenceUrlVariable for a live replica");
        assertConfigurationError(results, Fixtures.ImageForEmbedded.class, "@SchemaParity on ImageForEmbedded:"
                + " image is set but provider is EMBEDDED, which runs no container image; remove one of them");
        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(log.candidatesStarted()).as("nothing provisioned").isZero();
    }

    @Test
    void noMigrationsNamesWhereItLookedAndTheAttributesToSet() {
        EngineExecutionResults results = run(Fixtures.NoMigrations.class);

        results.containerEvents().assertThatEvents().haveExactly(1, event(container(Fixtures.NoMigrations.class),
                finishedWithFailure(instanceOf(SchemaParityException.class), message(m ->
                        m.startsWith("No migrations found in " + PROJECT.normalize() + ": looked for src/main/resources/db/migration")
                                && m.endsWith("set one of flywayLocations, liquibaseChangelog or sqlFolder")))));
        assertThat(log.candidatesStarted()).isZero();
    }

    private static void assertConfigurationError(EngineExecutionResults results, Class<?> fixture, String expected) {
        results.containerEvents().assertThatEvents().haveExactly(1, event(container(fixture),
                finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(expected))));
    }

    static EngineExecutionResults run(Class<?>... fixtures) {
        DiscoverySelector[] selectors = Arrays.stream(fixtures).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new);
        return EngineTestKit.engine("junit-jupiter").selectors(selectors).execute();
    }

    private static List<Map<String, String>> reportEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .toList();
    }

    private static Path reportOf(Class<?> fixture) {
        return PROJECT.resolve("target/schemaparity").resolve(fixture.getName()).resolve("report.json");
    }
}
