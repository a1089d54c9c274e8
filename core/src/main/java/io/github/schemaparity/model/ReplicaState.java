package io.github.schemaparity.model;

import java.util.Locale;

/**
 * Whether a captured database is a replica of another server, and how far behind it it is: a
 * PostgreSQL hot standby ({@code pg_is_in_recovery()}, replay lag from the last replayed
 * transaction's timestamp) or a MySQL/MariaDB replica ({@code Seconds_Behind_Source} or
 * {@code Seconds_Behind_Master}). Each engine's session dialect asks the server
 * ({@code io.github.schemaparity.jdbc.SessionDialect#replicaState}).
 *
 * @param replica    whether the server replicates from another one
 * @param standby    whether it is a PostgreSQL standby (named "standby" and its upstream "primary";
 *                   else "replica" and "source")
 * @param lagSeconds how far behind its upstream it is, or {@code null} when the server does not say
 */
public record ReplicaState(boolean replica, boolean standby, Double lagSeconds) {
    /** A server that is not a replica, or that does not tell (no privilege to ask). */
    public static final ReplicaState NONE = new ReplicaState(false, false, null);

    /**
     * One line for the log: {@code reference is a standby, 2.4 s behind its primary}.
     *
     * @param role how the run calls the captured side, e.g. {@code reference}
     */
    public String describe(String role) {
        String kind = standby ? "a standby" : "a replica";
        String upstream = standby ? "its primary" : "its source";
        if (lagSeconds == null) {
            return role + " is " + kind + ", lag behind " + upstream + " unknown"
                    + (standby ? "" : " (replication stopped, or Seconds_Behind_Source not reported)");
        }
        return role + " is " + kind + ", " + String.format(Locale.ROOT, "%.1f", lagSeconds) + " s behind " + upstream;
    }
}
