package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.testing.MariaDbServer;
import org.junit.jupiter.api.Test;

/** The server provider with a wrong password: a login failure, not a missing right to create databases. */
class WrongServerPasswordTest {

    @Test
    void wrongPasswordIsALoginFailureWithoutTheRightsHint() {
        MariaDbServer server = MariaDbServer.shared();
        Provisioner provisioner = new Provisioner(new CandidateChecks.Log(), () -> new DockerStatus(false, "not asked"),
                major -> java.util.Optional.empty());
        String url = server.url("");
        ProvisionRequest request = ProvisionRequest.of(io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.MARIADB).server(), "11")
                .withServer(new ExistingServer(url, server.user(), "Wr0ng-Pw"));
        assertThatThrownBy(() -> provisioner.provision(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Could not log in to the existing server " + url + " as '" + server.user() + "': ")
                .hasMessageEndingWith("; check the user and password (settings.xml server named by schemaparity.serverId)")
                .message().doesNotContain("right to create databases").doesNotContain("Wr0ng-Pw");
    }
}
