package io.github.schemaparity.jdbc;

import io.github.schemaparity.model.Engine;

/**
 * Where to connect: a JDBC URL and optional credentials.
 *
 * <p>{@code user} and {@code password} may be {@code null}: the drivers also accept them in the URL's
 * query string ({@code ?user=app&password=secret}), and a password may be absent altogether
 * ({@code .pgpass}, trust or certificate authentication). {@link #toString()} never shows the password.
 *
 * @param url      the JDBC URL, e.g. {@code jdbc:postgresql://replica:5432/shop}
 * @param user     the user, or {@code null} to take it from the URL or the driver's default
 * @param password the password, or {@code null} to take it from the URL or the driver's default
 */
public record JdbcSource(String url, String user, String password) {

    /**
     * Validates the URL.
     *
     * @throws io.github.schemaparity.SchemaParityException if the URL is malformed or names an
     *                                                      unsupported engine
     */
    public JdbcSource {
        JdbcUrls.engineOf(url);
        UrlCredentials.of(url); // a user:password@ part that cannot be read fails here, in one line
    }

    /** A source whose credentials, if any, are in the URL. */
    public static JdbcSource of(String url) {
        return new JdbcSource(url, null, null);
    }

    /** The engine the URL names. */
    public Engine engine() {
        return JdbcUrls.engineOf(url);
    }

    /** The URL with every password masked, fit for logs and messages. */
    public String maskedUrl() {
        return JdbcUrls.mask(url);
    }

    /**
     * The user to name in messages: the explicit one, else the one in the URL, else {@code null}
     * (the driver then falls back to its own default).
     */
    public String effectiveUser() {
        if (user != null) {
            return user;
        }
        String inUrl = UrlCredentials.of(url).user();
        return inUrl != null ? inUrl : JdbcUrls.queryParameter(url, "user");
    }

    /**
     * The URL and credentials the driver gets: a {@code user:password@} part moved out of the URL into
     * the credentials (percent-decoded), explicit credentials winning over it.
     */
    JdbcSource forDriver() {
        UrlCredentials inUrl = UrlCredentials.of(url);
        if (!inUrl.present()) {
            return this;
        }
        return new JdbcSource(inUrl.url(), user != null ? user : inUrl.user(),
                password != null ? password : inUrl.password());
    }

    /** Removes the password, wherever it is written, from a text about this source. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = JdbcUrls.mask(text);
        for (String secret : new String[] {password, JdbcUrls.queryParameter(url, "password"),
                JdbcUrls.queryParameter(url, "password1"), JdbcUrls.queryParameter(url, "password2"),
                JdbcUrls.queryParameter(url, "password3"), JdbcUrls.userInfoPassword(url), decodedUserInfoPassword()}) {
            if (secret != null && !secret.isEmpty()) {
                scrubbed = Secrets.scrub(scrubbed, secret);
            }
        }
        return scrubbed;
    }

    private String decodedUserInfoPassword() {
        try {
            return UrlCredentials.of(url).password();
        } catch (io.github.schemaparity.SchemaParityException unreadable) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "JdbcSource[url=" + maskedUrl() + ", user=" + user + ", password="
                + (password == null ? null : JdbcUrls.MASK) + "]";
    }
}
