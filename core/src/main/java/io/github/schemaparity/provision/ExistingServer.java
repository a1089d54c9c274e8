package io.github.schemaparity.provision;

import io.github.schemaparity.jdbc.JdbcUrls;
import java.util.Objects;

/**
 * An existing database server that SchemaParity may create (and drop) a scratch database on.
 *
 * @param jdbcUrl a JDBC URL of any database on the server that the user can connect to, e.g.
 *     {@code jdbc:postgresql://ci-db:5432/postgres}; credentials may also be in its query string
 * @param user the user, with the right to create databases; {@code null} when given in the URL
 * @param password the password; {@code null} when given in the URL or not needed. Never printed.
 */
public record ExistingServer(String jdbcUrl, String user, String password) {
    public ExistingServer {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** Masks the password, in the URL too. */
    @Override
    public String toString() {
        return "ExistingServer[" + JdbcUrls.mask(jdbcUrl) + ", user=" + user + ", password="
                + (password == null ? "none" : "****") + "]";
    }
}
