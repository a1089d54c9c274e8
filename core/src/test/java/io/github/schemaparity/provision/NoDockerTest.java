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
 * The real Docker check on a machine without Docker: a child JVM runs where Testcontainers finds no
 * Docker (on a machine with Docker, in a private mount namespace hiding its socket: {@code unshare},
 * root only). The check must answer quickly, and AUTO must provision embedded PostgreSQL and say why.
 */
class NoDockerTest {
    @TempDir
    Path temp;

    @Test
    void autoWithoutDockerChoosesEmbeddedQuicklyAndSaysWhy() throws Exception {
        Path socket = Path.of("/var/run/docker.sock");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> child = List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + LocalPostgresBinaries.FOLDERS_PROPERTY + "=" + System.getProperty(LocalPostgresBinaries.FOLDERS_PROPERTY),
                NoDockerMain.class.getName());
        ProcessBuilder builder;
        String expectedReason;
        if (Files.exists(socket)) {
            // Docker is here: hide its socket from the child only, in a private mount namespace
            Assumptions.assumeTrue(canUnshare(), "Docker is present and hiding it needs root and unshare(1)");
            Path empty = Files.createFile(temp.resolve("no-docker"));
            String quoted = String.join(" ", child.stream().map(arg -> "'" + arg + "'").toList());
            builder = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c",
                    "mount --bind " + empty + " " + socket + " && exec " + quoted);
            expectedReason = "the Docker socket /var/run/docker.sock does not answer";
        } else {
            builder = new ProcessBuilder(child); // a machine without Docker: nothing to hide
            expectedReason = "no Docker socket at /var/run/docker.sock and DOCKER_HOST is not set";
        }
        builder.environment().remove("DOCKER_HOST");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        output.lines().filter(line -> line.startsWith("[provision]")).forEach(System.out::println);
        assertThat(output).contains("NO-DOCKER-OK");
        assertThat(output).containsPattern("Docker check took [0-9.]+ s: unavailable, " + expectedReason);
        assertThat(output).contains("Candidate provider: embedded - Docker not available (" + expectedReason
                + "), using embedded PostgreSQL 17");
        double seconds = Double.parseDouble(output.replaceAll("(?s).*Docker check took ([0-9.]+) s.*", "$1"));
        assertThat(seconds).as("the Docker check without Docker").isLessThan(15);
    }

    private static boolean canUnshare() throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return false;
        }
        Process probe = new ProcessBuilder("unshare", "--mount", "true").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }
}
