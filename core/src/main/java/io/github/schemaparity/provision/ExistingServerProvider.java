package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.jdbc.JdbcUrls;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Candidates as scratch databases on an existing server: {@code CREATE DATABASE sp_<name>_<random>}
 * through the given URL's connection, and {@code DROP DATABASE} when the candidate closes (on
 * PostgreSQL 13+ {@code WITH (FORCE)}, before that after terminating its sessions). The user needs
 * the right to create databases; the URL's own database is never touched.
 */
public final class ExistingServerProvider implements CandidateProvider {
    private final ParityLog log;

    /** @param log receives one line per step */
    public ExistingServerProvider(ParityLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public String name() {
        return "server";
    }

    @Override
    public CandidateDatabase provision(ProvisionRequest request) {
        ExistingServer server = request.server();
        if (server == null) {
            throw new SchemaParityException("Candidate provider 'server' needs the JDBC URL of an existing server");
        }
        String url = server.jdbcUrl();
        Engine urlEngine = JdbcUrls.engineOf(url);
        checkUrlEngine(request, url, urlEngine);
        Drivers.require(request.dialect().driver(urlEngine));
        String database = "sp_" + request.databaseNameOr("candidate") + "_" + RandomTokens.hex(5);
        String candidateUrl = JdbcUrls.withDatabase(url, database);
        String masked = JdbcUrls.mask(url);
        long started = System.nanoTime();
        String version;
        try (Connection admin = ServerFacts.connect(url, server.user(), server.password());
                Statement statement = admin.createStatement()) {
            version = admin.getMetaData().getDatabaseProductVersion();
            ServerFacts.check(request, urlEngine, version, "server " + masked, log);
            statement.execute(request.dialect().createDatabase(database));
        } catch (SQLException e) {
            String detail = JdbcUrls.mask(ContainerLauncher.firstLine(e));
            if (server.password() != null && !server.password().isEmpty()) {
                detail = detail.replace(server.password(), JdbcUrls.MASK);
            }
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("28") || e.getErrorCode() == MYSQL_ACCESS_DENIED) {
                // a login that failed: no database was asked for yet, so the rights are not the question
                throw new SchemaParityException("Could not log in to the existing server " + masked + " as '"
                        + (server.user() == null ? "the URL's user" : server.user()) + "': " + detail
                        + "; check the user and password (settings.xml server named by schemaparity.serverId)", e);
            }
            throw new SchemaParityException("Could not create scratch database " + database + " on " + masked
                    + ": " + detail + " (the user needs the right to create databases)", e);
        }
        Engine actual = request.dialect().actualEngine(urlEngine, version);
        CandidateDatabase.Teardown drop = () -> drop(server, request.dialect(), database);
        log.info(String.format("Scratch database %s created on %s in %.1f s", database, masked,
                (System.nanoTime() - started) / 1e9));
        String description = "server " + database + " on " + hostOf(masked) + " (" + ServerFacts.label(actual, version) + ")";
        return new CandidateDatabase(actual, version, candidateUrl, server.user(), server.password(), description, drop);
    }

    /** MySQL/MariaDB: access denied for the user (wrong password), whose SQLState 28000 the drivers may not set. */
    private static final int MYSQL_ACCESS_DENIED = 1045;

    private static void checkUrlEngine(ProvisionRequest request, String url, Engine urlEngine) {
        if (!request.dialect().acceptsServerOf(urlEngine)) {
            throw new SchemaParityException("Existing server " + JdbcUrls.mask(url) + " is " + urlEngine.id()
                    + " but production is " + request.production().label());
        }
    }

    private void drop(ExistingServer server, ServerDialect dialect, String database) throws SQLException {
        try (Connection admin = ServerFacts.connect(server.jdbcUrl(), server.user(), server.password())) {
            dialect.dropDatabase(admin, database);
        }
        log.info("Scratch database " + database + " dropped");
    }

    /** {@code host:port} of a (masked) URL, for the description. */
    private static String hostOf(String maskedUrl) {
        int start = maskedUrl.indexOf("//");
        if (start < 0) {
            return maskedUrl;
        }
        String rest = maskedUrl.substring(start + 2);
        int end = rest.indexOf('/');
        String host = end < 0 ? rest : rest.substring(0, end);
        int at = host.lastIndexOf('@');
        return at < 0 ? host : host.substring(at + 1);
    }
}
