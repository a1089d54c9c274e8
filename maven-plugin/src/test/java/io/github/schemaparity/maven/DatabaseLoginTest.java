package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.jdbc.JdbcSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

class DatabaseLoginTest {
    private static final String URL = "jdbc:postgresql://replica:5432/shop?user=url-user&password=url-pw";
    private final List<String> lines = new ArrayList<>();
    private final ParityLog log = new ParityLog() {
        @Override
        public void info(String line) {
            lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("WARN " + line);
        }

        @Override
        public void error(String line) {
            lines.add("ERROR " + line);
        }
    };

    private static Settings settingsWith(String id, String user, String password) {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId(id);
        server.setUsername(user);
        server.setPassword(password);
        settings.addServer(server);
        return settings;
    }

    @Test
    void theServerIdWinsOverTheEnvironmentAndTheUrl() {
        DatabaseLogin login = new DatabaseLogin("actual", "prod", "schemaparity.actual.serverId", "U", "P");

        JdbcSource resolved = login.resolve(new JdbcSource(URL, null, null), settingsWith("prod", "ro", "s3cret"), null,
                Map.of("U", "env-user", "P", "env-pw")::get, log);

        assertThat(resolved.user()).isEqualTo("ro");
        assertThat(resolved.password()).isEqualTo("s3cret");
        assertThat(lines).containsExactly("INFO actual: jdbc:postgresql://replica:5432/shop?user=url-user&password=****"
                + " as ro (credentials from settings.xml server 'prod')");
    }

    @Test
    void theSourceKeepsTheServerIdForTheReportsAndItsOriginIsMasked() {
        DatabaseLogin login = new DatabaseLogin("reference", " prod ", "schemaparity.reference.serverId", "U", "P");

        Source.Jdbc resolved = (Source.Jdbc) login.resolve(Source.parse(URL), settingsWith("prod", "ro", "s3cret"),
                null, name -> null, log);

        assertThat(resolved.serverId()).isEqualTo("prod");
        assertThat(resolved.origin("reference").describe())
                .isEqualTo("jdbc:postgresql://replica:5432/shop?user=url-user&password=**** (settings.xml server prod)");
        // From the environment there is no server to name: the reports show the masked URL alone.
        Source.Jdbc fromEnvironment = (Source.Jdbc) new DatabaseLogin("reference", null,
                "schemaparity.reference.serverId", "U", "P").resolve(Source.parse(URL), new Settings(), null,
                Map.of("P", "env-pw")::get, log);
        assertThat(fromEnvironment.serverId()).isNull();
        assertThat(fromEnvironment.origin("reference").describe())
                .isEqualTo("jdbc:postgresql://replica:5432/shop?user=url-user&password=****");
    }

    @Test
    void withoutServerIdTheEnvironmentVariablesThatAreSetApply() {
        DatabaseLogin login = new DatabaseLogin("expected", null, "schemaparity.expected.serverId", "U", "P");

        JdbcSource resolved = login.resolve(new JdbcSource(URL, null, null), new Settings(), null,
                Map.of("P", "env-pw")::get, log);

        assertThat(resolved.user()).isNull();
        assertThat(resolved.password()).isEqualTo("env-pw");
        assertThat(lines).singleElement().asString().endsWith("as the URL's user (credentials from environment P)");
    }

    @Test
    void nothingFoundKeepsTheUrlAndASnapshotIsLeftAlone() {
        DatabaseLogin login = new DatabaseLogin("reference", " ", "schemaparity.reference.serverId", "U", "P");
        Source snapshot = Source.snapshot(Path.of("snapshot.json"));

        assertThat(login.resolve(snapshot, null, null, name -> null, log)).isSameAs(snapshot);
        Source live = login.resolve(Source.parse(URL), new Settings(), null, name -> null, log);

        assertThat(((Source.Jdbc) live).jdbc()).isEqualTo(new JdbcSource(URL, null, null));
        assertThat(lines).containsExactly("INFO reference: jdbc:postgresql://replica:5432/shop?user=url-user&password=****");
    }

    @Test
    void anUnknownServerIsOneLineNamingTheProperty() {
        DatabaseLogin login = new DatabaseLogin("expected", "ci-db", "schemaparity.expected.serverId", "U", "P");

        assertThatThrownBy(() -> login.resolve(JdbcSource.of(URL), new Settings(), null, name -> null, log))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("No <server> with id 'ci-db' in settings.xml (schemaparity.expected.serverId)");
    }
}
