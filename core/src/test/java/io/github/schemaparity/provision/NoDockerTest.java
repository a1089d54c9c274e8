package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Docker check on a machine without Docker: a child JVM runs in a private mount namespace
 * where the Docker socket is hidden ({@code unshare}, root only), so Testcontainers finds no Docker.
 * It must answer quickly, and AUTO must provision embedded PostgreSQL and say why.
 */
class NoDockerTest {
    @TempDir
    Path temp;

    @Test
    void autoWithoutDockerChoosesEmbeddedQuicklyAndSaysWhy() throws Exception {
        Assumptions.assumeTrue(canUnshare(), "needs root and unshare(1) to hide the Docker socket");
        Path empty = Files.createFile(temp.resolve("no-docker"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String child = String.join(" ", List.of(java.toString(), "-cp", "'" + System.getProperty("java.class.path") + "'",
                "-D" + LocalPostgresBinaries.FOLDERS_PROPERTY + "=" + System.getProperty(LocalPostgresBinaries.FOLDERS_PROPERTY),
                NoDockerMain.class.getName()));
        ProcessBuilder builder = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "mount --bind " + empty + " /var/run/docker.sock && exec " + child);
        builder.environment().remove("DOCKER_HOST");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        output.lines().filter(line -> line.startsWith("[provision]")).forEach(System.out::println);
        assertThat(output).contains("NO-DOCKER-OK");
        assertThat(output).containsPattern("Docker check took [0-9.]+ s: unavailable, the Docker socket "
                + "/var/run/docker.sock does not answer");
        assertThat(output).contains("Candidate provider: embedded - Docker not available (the Docker socket "
                + "/var/run/docker.sock does not answer), using embedded PostgreSQL 17");
        double seconds = Double.parseDouble(output.replaceAll("(?s).*Docker check took ([0-9.]+) s.*", "$1"));
        assertThat(seconds).as("the Docker check without Docker").isLessThan(15);
    }

    private static boolean canUnshare() throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name")) || !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        Process probe = new ProcessBuilder("unshare", "--mount", "true").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }
}
