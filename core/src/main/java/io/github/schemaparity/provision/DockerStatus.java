package io.github.schemaparity.provision;

/**
 * Whether a Docker engine answers, with a short detail for the log (engine version, or why not).
 *
 * @param available whether containers can be started
 * @param detail e.g. {@code Docker 20.10.24 at unix:///var/run/docker.sock} or the reason it is absent
 */
public record DockerStatus(boolean available, String detail) {
}
