package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerClientCheckTest {

    @Test
    void aUnixDockerHostWithoutItsSocketIsNamedInsteadOfFallingBackToAnotherDocker(@TempDir Path dir) throws Exception {
        Path socket = Files.createFile(dir.resolve("docker.sock"));

        assertThat(DockerClientCheck.missingSocket("unix:///nonexistent")).isEqualTo("unix:///nonexistent");
        assertThat(DockerClientCheck.missingSocket("unix://" + socket)).isNull();
        assertThat(DockerClientCheck.missingSocket("tcp://127.0.0.1:2375")).isNull();
        assertThat(DockerClientCheck.missingSocket(null)).isNull();
    }
}
