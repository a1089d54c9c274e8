package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.MajorVersion;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Production's engine and major version, the two facts a candidate must match.
 *
 * <p>Built from the live reference's server version ({@code DatabaseMetaData.getDatabaseProductVersion()}
 * or {@code SELECT version()}) or from a snapshot's metadata. A version string that says MariaDB makes
 * the engine MariaDB even when the reference was reached through a MySQL URL or driver, so a MariaDB
 * production never gets a MySQL candidate.
 *
 * @param engine the engine production runs
 * @param major the major version as the engine counts it: {@code 17} or {@code 9.6} for PostgreSQL,
 *     {@code 10.11} for MariaDB, {@code 8.0} for MySQL
 */
public record ProductionVersion(Engine engine, String major) {
    private static final Pattern NUMBERS = Pattern.compile("\\d+");

    public ProductionVersion {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(major, "major");
        if (!major.matches("\\d+(\\.\\d+)?")) {
            throw new SchemaParityException("Invalid " + engine.id() + " major version '" + major
                    + "': expected e.g. 17, 9.6, 10.11 or 8.0");
        }
    }

    /**
     * Reads engine and major version from a server version string.
     *
     * @param declared the engine the connection or snapshot claims (a MariaDB version string wins over MySQL)
     * @param serverVersion e.g. {@code 17.6 (Debian 17.6-1)}, {@code PostgreSQL 16.4 on x86_64...},
     *     {@code 10.11.6-MariaDB-log}, {@code 5.5.5-10.11.6-MariaDB}, {@code 8.0.36}
     */
    public static ProductionVersion of(Engine declared, String serverVersion) {
        Objects.requireNonNull(declared, "declared");
        if (serverVersion == null || serverVersion.isBlank()) {
            throw new SchemaParityException("Production's " + declared.id()
                    + " server version is unknown: set the candidate's version explicitly");
        }
        String version = serverVersion.trim();
        Engine engine = Engine.namedIn(version, declared);
        if (engine != declared) {
            if (!engine.sharesProtocolWith(declared)) {
                throw new SchemaParityException("Server version '" + version + "' is " + engine.displayName()
                        + ", not " + declared.displayName());
            }
            version = MajorVersion.withoutProtocolPrefix(version);
        }
        Matcher m = NUMBERS.matcher(version);
        if (!m.find()) {
            throw new SchemaParityException("Cannot read a version number from " + engine.id()
                    + " server version '" + version + "': set the candidate's version explicitly");
        }
        Optional<String> parsed = MajorVersion.of(engine, version);
        if (parsed.isEmpty()) {
            throw new SchemaParityException("Server version '" + version + "' has no minor number; "
                    + engine.id() + " majors look like " + (engine.singleNumberMajorsFrom() == MajorVersion.ALWAYS_TWO_NUMBERS
                    ? "10.11" : "9.6"));
        }
        String major = parsed.get();
        return new ProductionVersion(engine, major);
    }

    /** Whether a running server's version string is of this engine and major. */
    public boolean matches(Engine otherEngine, String serverVersion) {
        try {
            return equals(of(otherEngine, serverVersion));
        } catch (SchemaParityException e) {
            return false;
        }
    }

    /** E.g. {@code PostgreSQL 17}, {@code MariaDB 10.11}. */
    public String label() {
        return displayName(engine) + " " + major;
    }

    static String displayName(Engine engine) {
        return engine.displayName();
    }
}
