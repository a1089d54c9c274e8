package io.github.schemaparity.provision;

/** Asks whether Docker answers; never hangs (implementations bound the wait). */
@FunctionalInterface
public interface DockerProbe {
    /** The current status. */
    DockerStatus check();
}
