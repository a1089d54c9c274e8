package io.github.schemaparity.provision;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
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

    /** The engine a running server really is: MariaDB says so in its version string. */
    static Engine engineOf(Engine declared, String serverVersion) {
        if (declared != Engine.POSTGRESQL && serverVersion.toLowerCase(Locale.ROOT).contains("mariadb")) {
            return Engine.MARIADB;
        }
        return declared == Engine.MARIADB ? Engine.MYSQL : declared;
    }

    /**
     * Fails when the candidate runs MySQL for a MariaDB production; warns when MariaDB stands in for
     * MySQL or the major version differs from production's.
     *
     * @param source what runs the server, for messages: e.g. {@code image mysql:8.0}
     */
    static Engine check(ProvisionRequest request, Engine declared, String serverVersion, String source,
            ParityLog log) {
        Engine actual = engineOf(declared, serverVersion);
        ProductionVersion production = request.production();
        if (production.engine() == Engine.MARIADB && actual != Engine.MARIADB) {
            throw new SchemaParityException(source + " runs MySQL " + serverVersion + " but production is "
                    + production.label() + ": use a MariaDB candidate (e.g. image " + production.officialImage() + ")");
        }
        if (production.engine() == Engine.POSTGRESQL && actual != Engine.POSTGRESQL) {
            throw new SchemaParityException(source + " is not PostgreSQL but production is " + production.label());
        }
        if (production.engine() == Engine.MYSQL && actual == Engine.MARIADB) {
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
        String version = serverVersion.startsWith("5.5.5-") ? serverVersion.substring(6) : serverVersion;
        int cut = version.indexOf(' ');
        version = cut > 0 ? version.substring(0, cut) : version;
        int dash = version.indexOf('-');
        version = dash > 0 ? version.substring(0, dash) : version;
        return ProductionVersion.displayName(engine) + " " + version;
    }
}
