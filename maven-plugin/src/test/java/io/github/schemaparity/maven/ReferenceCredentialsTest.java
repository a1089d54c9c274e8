package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class ReferenceCredentialsTest {

    @Test
    void aSettingsServerGivesUserAndPassword() {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("prod-replica");
        server.setUsername("ro");
        server.setPassword("s3cret");
        settings.addServer(server);

        ReferenceCredentials credentials = ReferenceCredentials.fromServer("prod-replica", "schemaparity.reference.serverId",
                settings, null);

        assertThat(credentials.user()).isEqualTo("ro");
        assertThat(credentials.password()).isEqualTo("s3cret");
        assertThat(credentials.origin()).isEqualTo("settings.xml server 'prod-replica'");
        assertThat(credentials.toString()).doesNotContain("s3cret");
    }

    @Test
    void anUnknownServerIdIsOneLineWithTheFix() {
        assertThatThrownBy(() -> ReferenceCredentials.fromServer("prod", "schemaparity.reference.serverId",
                new Settings(), null))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("No <server> with id 'prod' in settings.xml (schemaparity.reference.serverId): add it to"
                        + " ~/.m2/settings.xml with the username and password, or fix the id");
    }

    @Test
    void environmentVariablesAreUsedWhenSet() {
        Map<String, String> env = Map.of("SCHEMAPARITY_REFERENCE_USER", "ro", "SCHEMAPARITY_REFERENCE_PASSWORD", "pw",
                "ONLY_PASSWORD", "pw2");

        ReferenceCredentials both = ReferenceCredentials.fromEnvironment("SCHEMAPARITY_REFERENCE_USER",
                "SCHEMAPARITY_REFERENCE_PASSWORD", env::get);
        ReferenceCredentials passwordOnly = ReferenceCredentials.fromEnvironment("NOT_SET", "ONLY_PASSWORD", env::get);
        ReferenceCredentials none = ReferenceCredentials.fromEnvironment("NOT_SET", "ALSO_NOT_SET", env::get);

        assertThat(both).isEqualTo(new ReferenceCredentials("ro", "pw",
                "environment SCHEMAPARITY_REFERENCE_USER, SCHEMAPARITY_REFERENCE_PASSWORD"));
        assertThat(passwordOnly).isEqualTo(new ReferenceCredentials(null, "pw2", "environment ONLY_PASSWORD"));
        assertThat(none).isSameAs(ReferenceCredentials.NONE);
    }
}
