package io.github.schemaparity.provision;

import io.github.schemaparity.jdbc.JdbcUrls;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether Docker answers; loaded only when Testcontainers is present. */
final class DockerClientCheck {
    private DockerClientCheck() {
    }

    static DockerStatus check() {
        // Testcontainers would quietly fall back to /var/run/docker.sock: the Docker the user named is the one asked.
        String named = missingSocket(System.getenv("DOCKER_HOST"));
        if (named != null) {
            return new DockerStatus(false, "DOCKER_HOST=" + named + " names no socket");
        }
        DockerClientFactory factory = DockerClientFactory.instance();
        try {
            factory.client();
        } catch (RuntimeException e) {
            return new DockerStatus(false, why());
        }
        String version;
        try {
            version = "Docker " + factory.getInfo().getServerVersion();
        } catch (RuntimeException e) {
            version = "Docker";
        }
        return new DockerStatus(true, version + " at " + factory.getTransportConfig().getDockerHost());
    }

    /** The {@code unix://} DOCKER_HOST whose socket file does not exist, or {@code null}. */
    static String missingSocket(String dockerHost) {
        if (dockerHost == null || !dockerHost.startsWith("unix://")) {
            return null;
        }
        return Files.exists(Path.of(dockerHost.substring("unix://".length()))) ? null : dockerHost;
    }

    /** Testcontainers only says "no valid Docker environment"; name the place that was looked at. */
    private static String why() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return "DOCKER_HOST=" + JdbcUrls.mask(dockerHost) + " does not answer";
        }
        Path socket = Path.of("/var/run/docker.sock");
        return Files.exists(socket) ? "the Docker socket " + socket + " does not answer"
                : "no Docker socket at " + socket + " and DOCKER_HOST is not set";
    }
}
