package io.github.schemaparity.capture;

import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Whether a captured database is a replica of another server, and how far behind it it is: a
 * PostgreSQL hot standby ({@code pg_is_in_recovery()}, replay lag from the last replayed
 * transaction's timestamp) or a MySQL/MariaDB replica ({@code Seconds_Behind_Source} or
 * {@code Seconds_Behind_Master}).
 *
 * @param replica    whether the server replicates from another one
 * @param standby    whether it is a PostgreSQL standby (named "standby" and its upstream "primary";
 *                   else "replica" and "source")
 * @param lagSeconds how far behind its upstream it is, or {@code null} when the server does not say
 */
public record ReplicaState(boolean replica, boolean standby, Double lagSeconds) {
    /** A server that is not a replica, or that does not tell (no privilege to ask). */
    public static final ReplicaState NONE = new ReplicaState(false, false, null);

    // Caught up when everything received is replayed; else the age of the last replayed commit.
    private static final String PG_SQL = """
            SELECT pg_catalog.pg_is_in_recovery(),
                   CASE WHEN NOT pg_catalog.pg_is_in_recovery() THEN NULL
                        WHEN pg_catalog.pg_last_wal_receive_lsn() = pg_catalog.pg_last_wal_replay_lsn() THEN 0
                        ELSE EXTRACT(EPOCH FROM pg_catalog.clock_timestamp() - pg_catalog.pg_last_xact_replay_timestamp())
                   END""";

    /**
     * Asks the server. Reading replica status on MySQL/MariaDB needs a privilege a read-only user may
     * lack; then the answer is {@link #NONE}.
     */
    public static ReplicaState probe(Connection connection, Engine engine) throws SQLException {
        if (engine == Engine.POSTGRESQL) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(PG_SQL)) {
                row.next();
                if (!row.getBoolean(1)) {
                    return NONE;
                }
                double lag = row.getDouble(2);
                return new ReplicaState(true, true, row.wasNull() ? null : Math.max(0, lag));
            }
        }
        for (String sql : new String[] {"SHOW REPLICA STATUS", "SHOW SLAVE STATUS"}) {
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
                if (!row.next()) {
                    return NONE;
                }
                return new ReplicaState(true, false, secondsBehind(row));
            } catch (SQLException e) {
                if (e.getErrorCode() != 1064) {
                    return NONE; // no privilege (1227) or another refusal: the capture goes on without it
                }
                // syntax error: a server that knows only the other spelling
            }
        }
        return NONE;
    }

    private static Double secondsBehind(ResultSet row) throws SQLException {
        java.sql.ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i);
            if (column.equalsIgnoreCase("Seconds_Behind_Source") || column.equalsIgnoreCase("Seconds_Behind_Master")) {
                String value = row.getString(i);
                return value == null ? null : Double.valueOf(value);
            }
        }
        return null;
    }

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
