package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A provisioned, empty candidate database that migrations are applied to and that is then captured.
 * It owns what was started for it: {@link #close()} stops the container or embedded server, or drops
 * the scratch database on an existing server. Use it in try-with-resources so this also happens when
 * migrations or the build fail.
 */
public final class CandidateDatabase implements AutoCloseable {
    /** What {@link #close()} undoes. */
    @FunctionalInterface
    public interface Teardown {
        /** Stops or drops what was provisioned. */
        void run() throws Exception;
    }

    private final Engine engine;
    private final String serverVersion;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final Teardown teardown;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param engine the engine the candidate runs (MariaDB standing in for MySQL says {@link Engine#MARIADB})
     * @param serverVersion the server's own version string, e.g. {@code 17.12 (Debian 17.12-1)}
     * @param jdbcUrl the candidate database's URL (credentials only if the user put them in an existing
     *     server's URL; {@link #toString()} masks them)
     * @param user the user migrations run as (owner or superuser of the candidate)
     * @param password that user's password, or {@code null}; never printed
     * @param description for logs, e.g. {@code testcontainers postgres:17 (PostgreSQL 17.12)}
     * @param teardown what {@link #close()} runs, once
     */
    public CandidateDatabase(Engine engine, String serverVersion, String jdbcUrl, String user, String password,
            String description, Teardown teardown) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
        this.description = Objects.requireNonNull(description, "description");
        this.teardown = Objects.requireNonNull(teardown, "teardown");
    }

    /** The engine the candidate runs. */
    public Engine engine() {
        return engine;
    }

    /** The candidate server's version string, as the server reports it. */
    public String serverVersion() {
        return serverVersion;
    }

    /** JDBC URL of the candidate database; holds credentials only if the user's server URL did. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user to connect as. */
    public String user() {
        return user;
    }

    /** The password to connect with, or {@code null}. */
    public String password() {
        return password;
    }

    /** One line for logs: provider, image or binaries, and server version. */
    public String description() {
        return description;
    }

    /** Whether {@link #close()} has run. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Opens a new connection to the candidate database; the caller closes it. */
    public Connection open() throws SQLException {
        if (closed.get()) {
            throw new IllegalStateException("Candidate database is closed: " + description);
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /**
     * Stops the container or embedded server, or drops the scratch database. Runs once; later calls
     * do nothing.
     *
     * @throws SchemaParityException when the first teardown fails (something may be left running)
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            teardown.run();
        } catch (Exception e) {
            throw new SchemaParityException("Could not remove the candidate " + description + ": "
                    + JdbcUrls.mask(String.valueOf(e.getMessage())), e);
        }
    }

    /** The description; never the password. */
    @Override
    public String toString() {
        return "CandidateDatabase[" + description + ", " + JdbcUrls.mask(jdbcUrl) + ", user=" + user + "]";
    }
}
