package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resolution of a plugin's {@code provided} integrations through a real repository system, from a
 * file-based "remote" repository: the plugin's POM decides versions and exclusions, as when Maven built
 * the realm from it.
 */
class IntegrationLibrariesTest {
    @TempDir
    Path work;

    private FakeCentral central;

    @BeforeEach
    void repositories() throws Exception {
        central = new FakeCentral(work);
        // The plugin: a runtime library, two integrations, Maven's API (provided too) and a test library.
        publish("test.plugin", "fake-plugin", "1", """
                <dependencyManagement><dependencies>
                  <dependency><groupId>other</groupId><artifactId>migrate-helper</artifactId><version>3</version></dependency>
                </dependencies></dependencyManagement>
                <dependencies>
                  <dependency><groupId>shared</groupId><artifactId>lib</artifactId><version>1</version></dependency>
                  <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-fake</artifactId><version>1</version>
                    <scope>provided</scope></dependency>
                  <dependency><groupId>io.zonky.test</groupId><artifactId>embedded-fake</artifactId><version>1</version>
                    <scope>provided</scope>
                    <exclusions><exclusion><groupId>io.zonky.test.postgres</groupId><artifactId>*</artifactId></exclusion></exclusions>
                  </dependency>
                  <dependency><groupId>org.apache.maven</groupId><artifactId>maven-fake-api</artifactId><version>1</version>
                    <scope>provided</scope></dependency>
                  <dependency><groupId>test</groupId><artifactId>junit-fake</artifactId><version>1</version>
                    <scope>test</scope></dependency>
                </dependencies>
                """);
        publish("shared", "lib", "1", "");
        publish("shared", "lib", "2", "");
        publish("other", "migrate-helper", "2", "");
        publish("other", "migrate-helper", "3", "");
        publish("other", "optional-extra", "1", "");
        publish("org.flywaydb", "flyway-fake", "1", """
                <dependencies>
                  <dependency><groupId>shared</groupId><artifactId>lib</artifactId><version>2</version></dependency>
                  <dependency><groupId>other</groupId><artifactId>migrate-helper</artifactId><version>2</version></dependency>
                  <dependency><groupId>other</groupId><artifactId>optional-extra</artifactId><version>1</version>
                    <optional>true</optional></dependency>
                </dependencies>
                """);
        publish("io.zonky.test.postgres", "binaries-fake", "1", "");
        publish("io.zonky.test", "embedded-fake", "1", """
                <dependencies>
                  <dependency><groupId>io.zonky.test.postgres</groupId><artifactId>binaries-fake</artifactId><version>1</version></dependency>
                </dependencies>
                """);
        publish("org.apache.maven", "maven-fake-api", "1", "");
        publish("test", "junit-fake", "1", "");
    }

    @Test
    void theIntegrationsAndWhatOnlyTheyNeedAsThePluginsPomManagesThem() {
        List<URL> jars = libraries().jars("test.plugin", "fake-plugin", "1", Set.of("shared:lib", "test.plugin:fake-plugin"));

        // shared:lib is in the realm already; the managed migrate-helper is 3, not flyway's 2; optional,
        // excluded, Maven's API and test libraries stay out.
        assertThat(jars).extracting(url -> Path.of(url.getPath()).getFileName().toString())
                .containsExactlyInAnyOrder("flyway-fake-1.jar", "migrate-helper-3.jar", "embedded-fake-1.jar");
    }

    @Test
    void whatTheRealmHoldsIsNotAddedAgain() {
        List<URL> jars = libraries().jars("test.plugin", "fake-plugin", "1",
                Set.of("shared:lib", "org.flywaydb:flyway-fake", "other:migrate-helper"));

        assertThat(jars).extracting(url -> Path.of(url.getPath()).getFileName().toString())
                .containsExactly("embedded-fake-1.jar");
    }

    @Test
    void aMissingJarIsOneLine() throws Exception {
        Files.delete(central.jar("org.flywaydb", "flyway-fake", "1"));

        assertThatThrownBy(() -> libraries().jars("test.plugin", "fake-plugin", "1", Set.of()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Cannot resolve the plugin's migration and provisioning libraries (Flyway,"
                        + " Liquibase, Testcontainers, embedded PostgreSQL): ")
                .hasMessageContaining("org.flywaydb:flyway-fake:jar:1")
                .hasMessageEndingWith(" (check the network or your mirror, or build once online)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void keysCarryAClassifierOnlyWhenThereIsOne() {
        assertThat(IntegrationLibraries.key("g", "a", "")).isEqualTo("g:a");
        assertThat(IntegrationLibraries.key("g", "a", null)).isEqualTo("g:a");
        assertThat(IntegrationLibraries.key("g", "a", "linux")).isEqualTo("g:a:linux");
    }

    private IntegrationLibraries libraries() {
        return new IntegrationLibraries(central.system, central.session, List.of(central.remote));
    }

    private void publish(String groupId, String artifactId, String version, String body) throws Exception {
        central.publish(groupId, artifactId, version, body, groupId + ":" + artifactId + ":" + version);
    }
}
