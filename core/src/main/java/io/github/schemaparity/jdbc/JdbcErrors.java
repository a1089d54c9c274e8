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

    private JdbcErrors() {
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
                    + ": check the user and password", sanitized(source, error));
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
        if (state.equals("57014") || codes.statementTimeout().contains(code)) {
            return new SchemaParityException("Timed out while " + what + " at " + url
                    + ": the server cancelled a catalog query after the statement timeout; retry when the server is"
                    + " less busy", sanitized(source, error));
        }
        if (state.equals("55P03") || codes.lockTimeout().contains(code)) {
            return new SchemaParityException("Timed out waiting for a lock while " + what + " at " + url
                    + ": a DDL statement holds a catalog lock; retry when it has finished", sanitized(source, error));
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
        Throwable cause = error.getCause();
        if (cause != null) {
            copy.initCause(new Exception(cause.getClass().getName() + ": " + source.scrub(cause.getMessage())));
        }
        return copy;
    }
}
