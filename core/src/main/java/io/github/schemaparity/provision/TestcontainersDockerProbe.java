package io.github.schemaparity.provision;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks Testcontainers whether Docker answers, in a daemon thread bounded by a timeout, so a hung
 * Docker socket can never hang the build. Without Testcontainers on the classpath Docker is reported
 * unavailable, with the artifact to add.
 */
public final class TestcontainersDockerProbe implements DockerProbe {
    private final Duration timeout;

    /** @param timeout how long to wait for Docker to answer before calling it unavailable */
    public TestcontainersDockerProbe(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public DockerStatus check() {
        if (!Libraries.present(Libraries.TESTCONTAINERS)) {
            return new DockerStatus(false,
                    "Testcontainers is not on the classpath: add org.testcontainers:testcontainers-postgresql");
        }
        FutureTask<DockerStatus> task = new FutureTask<>(DockerClientCheck::check);
        Thread thread = new Thread(task, "schemaparity-docker-probe");
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            return new DockerStatus(false, "Docker did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return new DockerStatus(false, ContainerLauncher.firstLine(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DockerStatus(false, "interrupted while asking Docker");
        }
    }
}
