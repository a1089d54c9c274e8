package io.github.schemaparity.database.postgres;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.EmbeddedLauncher;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.provision.ServerDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** PostgreSQL candidates: {@code postgres:<major>} images, zonky binaries, scratch databases dropped by force. */
final class PgServerDialect implements ServerDialect {

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String officialImage(String major) {
        return "postgres:" + major;
    }

    @Override
    public String containerClass() {
        return "org.testcontainers.postgresql.PostgreSQLContainer";
    }

    @Override
    public String containerImageName() {
        return "postgres";
    }

    @Override
    public String containerUser() {
        return null;
    }

    @Override
    public boolean acceptsServerOf(Engine urlEngine) {
        return urlEngine == Engine.POSTGRESQL;
    }

    @Override
    public DriverFacts driver(Engine urlEngine) {
        return PgSession.DRIVER;
    }

    @Override
    public Engine actualEngine(Engine declared, String serverVersion) {
        return declared;
    }

    @Override
    public Optional<String> refusal(Engine actual, String serverVersion, String source, ProductionVersion production) {
        return actual == Engine.POSTGRESQL ? Optional.empty()
                : Optional.of(source + " is not PostgreSQL but production is " + production.label());
    }

    @Override
    public boolean standIn(Engine actual) {
        return false;
    }

    @Override
    public String createDatabase(String name) {
        return "CREATE DATABASE " + name;
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            if (admin.getMetaData().getDatabaseMajorVersion() >= 13) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            }
            try (PreparedStatement terminate = admin.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ?")) {
                terminate.setString(1, name);
                terminate.execute();
            }
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public Optional<EmbeddedLauncher> embedded() {
        return Optional.of(EmbeddedLauncher.ZONKY_POSTGRES);
    }
}
