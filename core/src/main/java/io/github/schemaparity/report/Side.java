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
 */
public record Side(String source, Engine engine, String version, ReplicaState replica) {
    /** A database built from the project's migrations. */
    public static final String MIGRATIONS = "migrations";
    /** A live database read over JDBC. */
    public static final String JDBC = "jdbc";
    /** A snapshot file. */
    public static final String SNAPSHOT = "snapshot";

    public Side {
        replica = replica == null || !replica.replica() ? null : replica;
    }

    /** A side that is not a replica. */
    public Side(String source, Engine engine, String version) {
        this(source, engine, version, null);
    }

    /** This side, captured from a server in the given replication state. */
    public Side withReplica(ReplicaState state) {
        return new Side(source, engine, version, state);
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
