package io.github.schemaparity.provision;

import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether Docker answers; loaded only when Testcontainers is present. */
final class DockerClientCheck {
    private DockerClientCheck() {
    }

    static DockerStatus check() {
        DockerClientFactory factory = DockerClientFactory.instance();
        try {
            factory.client();
        } catch (RuntimeException e) {
            return new DockerStatus(false, ContainerLauncher.firstLine(e));
        }
        String version;
        try {
            version = "Docker " + factory.getInfo().getServerVersion();
        } catch (RuntimeException e) {
            version = "Docker";
        }
        return new DockerStatus(true, version + " at " + factory.getTransportConfig().getDockerHost());
    }
}
