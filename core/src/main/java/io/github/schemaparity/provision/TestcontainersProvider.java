package io.github.schemaparity.provision;

import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import java.util.Objects;

/**
 * Candidates in Docker containers through Testcontainers: the official image of production's engine
 * and major ({@code postgres:17}, {@code mariadb:10.11}, {@code mysql:8.0}) or the user's image.
 * Closing the candidate stops and removes the container.
 */
public final class TestcontainersProvider implements CandidateProvider {
    private final ParityLog log;

    /** @param log receives one line per step (container ready, version warnings) */
    public TestcontainersProvider(ParityLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String name() {
        return "testcontainers";
    }

    @Override
    public CandidateDatabase provision(ProvisionRequest request) {
        Libraries.require(Libraries.TESTCONTAINERS, "Testcontainers", module(request.engine()));
        Libraries.require(request.dialect().containerClass(), "Testcontainers' " + request.engine().id() + " module",
                module(request.engine()));
        Drivers.require(request.dialect().driver(request.engine()));
        return ContainerLauncher.launch(request, log);
    }

    static String module(Engine engine) {
        return "org.testcontainers:testcontainers-" + engine.id();
    }

}
