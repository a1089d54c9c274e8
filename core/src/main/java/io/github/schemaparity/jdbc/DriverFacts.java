package io.github.schemaparity.jdbc;

import java.util.Locale;

/**
 * The JDBC facts of one engine, declared by its support and used wherever a driver is loaded or a URL
 * is shown.
 *
 * @param engineName     the engine's name for people, e.g. {@code PostgreSQL}
 * @param driverClass    the driver's class, e.g. {@code org.postgresql.Driver}
 * @param driverArtifact the Maven coordinates that bring it, e.g. {@code org.postgresql:postgresql}
 * @param subprotocol    the URL's subprotocol, {@code jdbc:<subprotocol>:}
 * @param defaultPort    the port a server listens on unless told otherwise
 * @param exampleUrl     a URL to show in messages
 */
public record DriverFacts(String engineName, String driverClass, String driverArtifact, String subprotocol,
        int defaultPort, String exampleUrl) {

    /** Whether a JDBC URL is of this driver's subprotocol (also {@code jdbc:mysql+srv:} for {@code mysql}). */
    public boolean accepts(String url) {
        String lower = url == null ? "" : url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:" + subprotocol + ":") || lower.startsWith("jdbc:" + subprotocol + "+srv:");
    }
}
