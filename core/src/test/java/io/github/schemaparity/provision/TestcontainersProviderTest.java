package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import com.github.dockerjava.api.model.Container;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testcontainers.DockerClientFactory;

/**
 * Real containers of the official image names (built locally on our machines, pulled elsewhere).
 * Every test proves the container is removed after close, also when the build fails in between.
 */
class TestcontainersProviderTest {
    private final CandidateChecks.Log log = new CandidateChecks.Log();
    private Provisioner provisioner;

    @BeforeEach
    void requireDocker() {
        DockerStatus status = DockerRequirement.require();
        provisioner = new Provisioner(log, () -> status, major -> Optional.empty());
        assertThat(candidateContainers()).as("no candidate container left by an earlier test").isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"POSTGRESQL, 17, postgres:17, PostgreSQL 17.", "POSTGRESQL, 15, postgres:15, PostgreSQL 15.",
            "MARIADB, 10.11, mariadb:10.11, MariaDB 10.11.", "MARIADB, 11.8, mariadb:11.8, MariaDB 11.8."})
    void startsTheOfficialImageOfProductionsMajorAndRemovesIt(Engine engine, String major, String image,
            String version) throws Exception {
        try (CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(engine).server(), major))) {
            assertThat(candidate.engine()).isEqualTo(engine);
            assertThat(candidate.description()).startsWith("testcontainers " + image + " (" + version);
            assertThat(candidateContainers()).hasSize(1);
            CandidateChecks.createTableAndSelect(candidate);
            assertThat(candidate.toString()).doesNotContain(candidate.password());
        }
        assertThat(candidateContainers()).as("container removed").isEmpty();
        assertThat(log.lines).contains("Candidate provider: testcontainers - " + DockerRequirement.require().detail()
                + " answers, using image " + image);
        assertThat(log.lines).anyMatch(line -> line.matches("Container " + image.replace(".", "\\.")
                + " \\([0-9a-f]{12}\\) ready in [0-9.]+ s"));
    }

    @Test
    void removesTheContainerWhenTheBuildFailsInBetween() {
        AtomicReference<CandidateDatabase> held = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try (CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"))) {
                held.set(candidate);
                assertThat(candidateContainers()).hasSize(1);
                try (Connection c = candidate.open(); Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE missing ADD COLUMN x int");
                }
            }
        }).hasMessageContaining("missing");
        assertThat(held.get().isClosed()).isTrue();
        assertThat(candidateContainers()).isEmpty();
        held.get().close(); // idempotent
    }

    @Test
    void theDatabaseNameHintAndRootOnMariadb() throws Exception {
        try (CandidateDatabase candidate = provisioner.provision(
                ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11").withDatabaseName("shop"))) {
            assertThat(candidate.user()).isEqualTo("root");
            try (Connection c = candidate.open(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("shop");
            }
        }
        assertThat(candidateContainers()).isEmpty();
    }

    @Test
    void aMissingImageFailsFastAndLeavesNothing() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withImage("postgres:1.0-missing");
        long started = System.nanoTime();
        assertThatThrownBy(() -> provisioner.provision(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Could not start a container of image postgres:1.0-missing: ");
        assertThat((System.nanoTime() - started) / 1e9).as("pull.timeout=10 bounds the wait").isLessThan(60);
        assertThat(candidateContainers()).isEmpty();
    }

    /**
     * Candidate containers started by this test JVM (its Testcontainers session) and not removed; other
     * builds on the same Docker host may run candidates of their own at the same time.
     */
    private static List<Container> candidateContainers() {
        return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(ContainerLauncher.LABEL, "true",
                        DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL, DockerClientFactory.SESSION_ID))
                .exec();
    }
}
