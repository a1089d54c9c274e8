package io.github.schemaparity.jdbc;

import io.github.schemaparity.SchemaParityException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * Turns driver errors into {@link SchemaParityException}s: one line naming the database and the fix,
 * with every password masked, even where the driver's own message echoes the URL.
 */
public final class JdbcErrors {

    /** Vendor codes of passing failures (a lock wait, a deadlock, DDL after the consistent snapshot). */
    private static final java.util.Set<Integer> TRANSIENT_CODES = java.util.Set.of(1205, 1213, 1412);
    private static final java.util.Set<String> PG_TRANSIENT = java.util.Set.of(
            "40001", // serialization failure: canceled or terminated due to conflict with recovery
            "40P01", // deadlock
            "55P03", // lock not available: lock_timeout behind DDL or WAL replay
            "57P04", // database dropped: the standby's "terminating connection due to conflict with recovery"
            "08006", "08003"); // the connection went away (a terminated session on a standby)

    private JdbcErrors() {
    }

    /**
     * Whether a catalog query failed for a passing reason, so that capturing again may succeed: a
     * recovery conflict on a hot standby, a lock or deadlock timeout, a lost connection, or DDL that
     * changed a table after the snapshot was taken.
     */
    public static boolean isTransient(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        int code = error.getErrorCode();
        return PG_TRANSIENT.contains(state) || recoveryConflict(error) || TRANSIENT_CODES.contains(code)
                || String.valueOf(error.getMessage()).contains("cache lookup failed");
    }

    /** The first line of a driver error and its SQLState, with any password masked. */
    public static String summary(SQLException error) {
        String message = error.getMessage() == null || error.getMessage().isBlank() ? "no details from the driver"
                : error.getMessage().strip().lines().findFirst().orElse("").strip();
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        return JdbcUrls.mask(message) + stateSuffix(state);
    }

    private static boolean recoveryConflict(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("conflict with recovery")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Explains why a connection to {@code source} could not be opened.
     *
     * @param codes the engine's vendor error codes (from its {@link SessionDialect})
     */
    public static SchemaParityException connectFailed(JdbcSource source, SQLException error, ErrorCodes codes) {
        String url = source.maskedUrl();
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        String where = JdbcUrls.hostAndPort(source.url());
        where = where == null ? url : where;
        if (state.startsWith("28")) {
            return new SchemaParityException("Authentication failed for user '" + userName(source) + "' at " + url
                    + ": check the user and password" + (JdbcUrls.passwordCutByAmpersand(source.url())
                    ? "; the password in the URL is cut at a raw '&': write it as %26, or give the password"
                    + " through settings.xml or the environment instead" : ""), sanitized(source, error));
        }
        if (state.equals("08004") && String.valueOf(error.getMessage()).contains("password")) {
            // The server asked for a password and none was given.
            return new SchemaParityException("Authentication failed for user '" + userName(source) + "' at " + url
                    + ": " + oneLine(source, error.getMessage()) + "; check the user and password",
                    sanitized(source, error));
        }
        if (state.equals("3D000") || codes.unknownDatabase().contains(error.getErrorCode())) {
            return new SchemaParityException("Database '" + JdbcUrls.database(source.url()) + "' does not exist on "
                    + where + " (" + url + "): check the database name in the URL", sanitized(source, error));
        }
        Throwable network = networkCause(error);
        if (network instanceof UnknownHostException) {
            return new SchemaParityException("Cannot connect to " + url + ": unknown host '" + host(where)
                    + "'; check the host name in the URL", sanitized(source, error));
        }
        if (network instanceof ConnectException || network instanceof NoRouteToHostException) {
            return new SchemaParityException("Cannot connect to " + url + ": connection refused by " + where
                    + "; check the host and port, and that the database accepts TCP connections from here",
                    sanitized(source, error));
        }
        if (String.valueOf(error.getMessage()).contains("Connection attempt timed out") && where != url
                && answersAsPostgres(where)) {
            // pgjdbc's login timeout on a server that does speak PostgreSQL: the login itself is stuck
            return new SchemaParityException("Cannot connect to " + url + ": " + where + " accepted the connection but"
                    + " the login did not finish in time: the server may wait for a lock (DDL or VACUUM FULL on a"
                    + " catalog such as pg_index blocks new logins) or be overloaded; check pg_stat_activity and"
                    + " pg_locks there", sanitized(source, error));
        }
        if (network instanceof SocketTimeoutException || error instanceof SQLTimeoutException
                || String.valueOf(error.getMessage()).contains("timed out")) {
            return new SchemaParityException("Cannot connect to " + url + ": no answer from " + where
                    + " in time; check the host and port, and any firewall or VPN in between",
                    sanitized(source, error));
        }
        if (state.startsWith("08")) {
            return new SchemaParityException("Cannot connect to " + url + ": " + oneLine(source, error.getMessage())
                    + "; check the host, port and network", sanitized(source, error));
        }
        return new SchemaParityException("Cannot connect to " + url + ": " + oneLine(source, error.getMessage())
                + stateSuffix(state), sanitized(source, error));
    }

    /**
     * Explains why reading the catalog of {@code source} failed, {@code what} naming the step.
     *
     * @param codes the engine's vendor error codes (from its {@link SessionDialect})
     */
    public static SchemaParityException readFailed(JdbcSource source, String what, SQLException error,
            ErrorCodes codes) {
        String url = source.maskedUrl();
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        int code = error.getErrorCode();
        if (recoveryConflict(error)) {
            return new SchemaParityException("The standby cancelled the capture while " + what + " at " + url
                    + " (conflict with recovery, SQLState " + state + "): " + oneLine(source, error.getMessage())
                    + "; on the standby set hot_standby_feedback = on, or raise max_standby_streaming_delay,"
                    + " or raise schemaparity.capture.retries", sanitized(source, error));
        }
        if (state.equals("57014") || codes.statementTimeout().contains(code)) {
            return new SchemaParityException("Timed out while " + what + " at " + url
                    + ": the server cancelled a catalog query after the statement timeout; retry when the server is"
                    + " less busy", sanitized(source, error));
        }
        if (state.equals("55P03") || codes.lockTimeout().contains(code)) {
            return new SchemaParityException("Timed out waiting for a lock while " + what + " at " + url
                    + ": a DDL statement (on a standby: WAL replay) holds a lock; retry when it has finished,"
                    + " or raise schemaparity.capture.retries; on a standby also set hot_standby_feedback = on or"
                    + " raise max_standby_streaming_delay", sanitized(source, error));
        }
        if (state.equals("42501") || codes.accessDenied().contains(code)) {
            return new SchemaParityException("Permission denied while " + what + " at " + url + ": "
                    + oneLine(source, error.getMessage()) + "; grant the user read access to the catalog",
                    sanitized(source, error));
        }
        return new SchemaParityException("Failed while " + what + " at " + url + ": "
                + oneLine(source, error.getMessage()) + stateSuffix(state), sanitized(source, error));
    }

    private static String userName(JdbcSource source) {
        String user = source.effectiveUser();
        // Without a user anywhere, the PostgreSQL driver logs in as the operating-system user.
        return user != null ? user : System.getProperty("user.name");
    }

    /**
     * Whether {@code host:port} answers a PostgreSQL SSLRequest ({@code S} or {@code N}) within two
     * seconds: a server that speaks the protocol, as opposed to a silent port. Nothing else is sent.
     */
    private static boolean answersAsPostgres(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0 || hostAndPort.contains(",")) {
            return false;
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(host(hostAndPort),
                    Integer.parseInt(hostAndPort.substring(colon + 1))), 2000);
            socket.setSoTimeout(2000);
            // length 8, then the SSLRequest code 1234.5679
            socket.getOutputStream().write(new byte[] {0, 0, 0, 8, 0x04, (byte) 0xd2, 0x16, 0x2f});
            int answer = socket.getInputStream().read();
            return answer == 'S' || answer == 'N';
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static String host(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon > 0 && hostAndPort.indexOf(']') < colon ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static Throwable networkCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof ConnectException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String stateSuffix(String state) {
        return state.isEmpty() ? "" : " (SQLState " + state + ")";
    }

    /** The first line of a driver message, password-free. */
    static String oneLine(JdbcSource source, String message) {
        if (message == null || message.isBlank()) {
            return "no details from the driver";
        }
        String first = message.strip().lines().findFirst().orElse("").strip();
        return source.scrub(first);
    }

    /**
     * The driver's exception for {@code -e} output, rebuilt without passwords: drivers put the URL
     * in their messages, and a stack trace is printed as readily as a message.
     */
    static SQLException sanitized(JdbcSource source, SQLException error) {
        SQLException copy = new SQLException(error.getClass().getName() + ": " + source.scrub(error.getMessage()),
                error.getSQLState(), error.getErrorCode());
        copy.setStackTrace(error.getStackTrace());
        Throwable last = copy;
        int depth = 0;
        for (Throwable cause = error.getCause(); cause != null && cause != error && depth < 10;
                cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            Exception scrubbed = new Exception(cause.getClass().getName() + ": " + source.scrub(cause.getMessage()));
            scrubbed.setStackTrace(cause.getStackTrace());
            last.initCause(scrubbed);
            last = scrubbed;
        }
        return copy;
    }
}
