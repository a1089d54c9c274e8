package io.github.schemaparity.report;

import io.github.schemaparity.model.ReplicaState;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;

/**
 * Where one side of a comparison came from.
 *
 * @param source  {@value #MIGRATIONS}, {@value #JDBC} or {@value #SNAPSHOT}
 * @param engine  the database engine
 * @param version the server version, e.g. {@code 16.4}
 * @param replica whether a live database was a replica (a hot standby) and how far behind; {@code null}
 *                when not captured live, or not a replica
 * @param origin  where the side came from as the user gave it (URL, settings.xml server, snapshot file,
 *                migrations and provider); {@code null} when not known (reports made outside the engine)
 */
public record Side(String source, Engine engine, String version, ReplicaState replica, Origin origin) {
    /** A database built from the project's migrations. */
    public static final String MIGRATIONS = "migrations";
    /** A live database read over JDBC. */
    public static final String JDBC = "jdbc";
    /** A snapshot file. */
    public static final String SNAPSHOT = "snapshot";

    public Side {
        replica = replica == null || !replica.replica() ? null : replica;
    }

    /** A side that is not a replica, of unknown origin. */
    public Side(String source, Engine engine, String version) {
        this(source, engine, version, null, null);
    }

    /** A side of unknown origin. */
    public Side(String source, Engine engine, String version, ReplicaState replica) {
        this(source, engine, version, replica, null);
    }

    /** This side, captured from a server in the given replication state. */
    public Side withReplica(ReplicaState state) {
        return new Side(source, engine, version, state, origin);
    }

    /** This side, come from {@code where}. */
    public Side withOrigin(Origin where) {
        return new Side(source, engine, version, replica, where);
    }

    /**
     * The side for people with its origin, as the report field {@code field} ({@code expected} or
     * {@code actual}) shows it, e.g. {@code reference (actual): jdbc:postgresql://replica:5432/shop
     * (settings.xml server prod), postgresql 17.11}; {@code null} when the origin is unknown.
     */
    public String describeOrigin(String field) {
        if (origin == null) {
            return null;
        }
        String role = origin.role() == null ? field : origin.role();
        StringBuilder text = new StringBuilder(role);
        if (field != null && !field.equals(role)) {
            text.append(" (").append(field).append(')');
        }
        text.append(": ").append(origin.describe());
        if (engine != null) {
            text.append(", ").append(engine.id());
            if (version != null) {
                text.append(' ').append(version);
            }
        }
        return text.toString();
    }

    /** The side a catalog from the given source describes (engine and version taken from the catalog). */
    public static Side of(String source, Catalog catalog) {
        return new Side(source, catalog.engine(), catalog.serverVersion());
    }

    /** {@code source engine version}, e.g. {@code jdbc postgresql 17.2}, leaving out unknown parts. */
    public String describe() {
        StringBuilder text = new StringBuilder(source == null ? "unknown" : source);
        if (engine != null) {
            text.append(' ').append(engine.id());
        }
        if (version != null) {
            text.append(' ').append(version);
        }
        return text.toString();
    }
}
