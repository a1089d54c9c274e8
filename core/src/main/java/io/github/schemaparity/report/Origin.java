package io.github.schemaparity.report;

import java.time.Instant;

/**
 * Where one side of a comparison came from, as the user gave it: the reference's (or a compared side's)
 * masked JDBC URL and the {@code settings.xml} server its credentials came from, or its snapshot file and
 * when that was captured; a candidate's migrations, the tool that applied them and the server they ran on.
 * The engine builds it once from the configuration; every report format prints it, so a reader of any
 * report knows which database was which.
 *
 * <p>Never holds a password: the engine hands in URLs already masked (the report package cannot see
 * the JDBC layer), and nothing here is read from the database.
 *
 * @param role       what the side was to the run: {@code reference}, {@code candidate}, {@code expected}
 *                   or {@code actual}
 * @param kind       {@link Side#JDBC}, {@link Side#SNAPSHOT} or {@link Side#MIGRATIONS}
 * @param location   the masked JDBC URL, the snapshot file path, or the migration location(s); {@code null}
 *                   when unknown (a database someone else migrated)
 * @param serverId   the {@code settings.xml} server that gave a live side its credentials, or {@code null}
 * @param capturedAt when a snapshot was captured, or {@code null}
 * @param tool       the migration tool of a candidate ({@code Flyway}, {@code Liquibase}, {@code SQL folder}),
 *                   or {@code null}
 * @param provider   what a candidate ran on, e.g. {@code embedded PostgreSQL 17.12}, or {@code null}
 */
public record Origin(String role, String kind, String location, String serverId, Instant capturedAt, String tool,
        String provider) {

    /** A live database read over JDBC; {@code maskedUrl} must already be masked. */
    public static Origin jdbc(String role, String maskedUrl, String serverId) {
        return new Origin(role, Side.JDBC, maskedUrl, blankToNull(serverId), null, null, null);
    }

    /** A snapshot file and when it was captured ({@code null} when the file does not say). */
    public static Origin snapshot(String role, String file, Instant capturedAt) {
        return new Origin(role, Side.SNAPSHOT, file, null, capturedAt, null, null);
    }

    /** A candidate built from migrations at {@code location} by {@code tool}, on {@code provider}. */
    public static Origin migrations(String tool, String location, String provider) {
        return new Origin("candidate", Side.MIGRATIONS, location, null, null, tool, provider);
    }

    /** This origin with another role, e.g. a compared side that is the reference. */
    public Origin as(String otherRole) {
        return new Origin(otherRole, kind, location, serverId, capturedAt, tool, provider);
    }

    /** This candidate origin with another provider, e.g. the candidate cache. */
    public Origin on(String otherProvider) {
        return new Origin(role, kind, location, serverId, capturedAt, tool, otherProvider);
    }

    /**
     * One line for people, without the role:
     * {@code jdbc:postgresql://replica:5432/shop (settings.xml server prod-replica)},
     * {@code snapshot src/test/resources/schemaparity/production.json captured 2026-12-01T10:00:00Z} or
     * {@code Flyway filesystem:/p/db/migration on embedded PostgreSQL 17.12}.
     */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (Side.MIGRATIONS.equals(kind)) {
            append(text, tool);
            append(text, location);
            if (provider != null) {
                append(text, text.length() == 0 ? provider : "on " + provider);
            }
        } else if (Side.SNAPSHOT.equals(kind)) {
            append(text, "snapshot " + (location == null ? "(unknown file)" : location));
            append(text, capturedAt == null ? "(capture time unknown)" : "captured " + capturedAt);
        } else {
            append(text, location);
            if (serverId != null) {
                append(text, "(settings.xml server " + serverId + ")");
            }
        }
        return text.length() == 0 ? "unknown" : text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (part != null && !part.isBlank()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
