package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.MajorVersion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Reads a started candidate's server version and checks it against production's engine and major. */
final class ServerFacts {
    private ServerFacts() {
    }

    /** Connects once and returns the server's version string. */
    static String serverVersion(String url, String user, String password) throws SQLException {
        try (Connection connection = connect(url, user, password)) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    /**
     * Fails when the candidate's server cannot stand in for production (MySQL for a MariaDB production,
     * anything else for PostgreSQL); warns when a stand-in (MariaDB for MySQL) may show dialect differences
     * or the major version differs from production's.
     *
     * @param source what runs the server, for messages: e.g. {@code image mysql:8.0}
     */
    static Engine check(ProvisionRequest request, Engine declared, String serverVersion, String source,
            ParityLog log) {
        ServerDialect dialect = request.dialect();
        Engine actual = dialect.actualEngine(declared, serverVersion);
        ProductionVersion production = request.production();
        Optional<String> refusal = dialect.refusal(actual, serverVersion, source, production);
        if (refusal.isPresent()) {
            throw new SchemaParityException(refusal.get());
        }
        if (actual != production.engine() && dialect.standIn(actual)) {
            log.warn("the candidate is " + label(actual, serverVersion) + " standing in for " + production.label()
                    + " (" + source + "); dialect differences between them may show as differences");
        } else if (!production.matches(actual, serverVersion)) {
            log.warn("the candidate runs " + label(actual, serverVersion)
                    + " but production runs " + production.label() + " (" + source
                    + "); version-specific defaults may show as differences");
        }
        return actual;
    }

    /** A short label for descriptions, e.g. {@code PostgreSQL 17.12}. */
    static String label(Engine engine, String serverVersion) {
        String version = MajorVersion.withoutProtocolPrefix(serverVersion);
        int cut = version.indexOf(' ');
        version = cut > 0 ? version.substring(0, cut) : version;
        int dash = version.indexOf('-');
        version = dash > 0 ? version.substring(0, dash) : version;
        return ProductionVersion.displayName(engine) + " " + version;
    }
}
