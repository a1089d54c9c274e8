package io.github.schemaparity.database.mysql;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.provision.EmbeddedLauncher;
import io.github.schemaparity.provision.ProductionVersion;
import io.github.schemaparity.provision.ServerDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

/**
 * MySQL and MariaDB candidates. Either is reached through either URL ({@code jdbc:mysql:} may point at
 * MariaDB), and the server's version string says which it is. MariaDB may stand in for MySQL, with a
 * warning; MySQL never for MariaDB. Migrations run as root in containers: creating routines, triggers or
 * users needs its privileges.
 */
public final class MySqlServerDialect implements ServerDialect {
    private final Engine engine;
    private final String imageRepository;
    private final String containerClass;
    private final DriverFacts mysqlDriver;
    private final DriverFacts mariaDbDriver;
    private final EmbeddedLauncher embedded;

    /**
     * @param engine          the engine production runs (MySQL or MariaDB)
     * @param imageRepository its official image, e.g. {@code mariadb}
     * @param containerClass  its Testcontainers container class
     * @param mysqlDriver     the driver of {@code jdbc:mysql:} URLs
     * @param mariaDbDriver   the driver of {@code jdbc:mariadb:} URLs
     * @param embedded        its embedded server, or {@code null} (there is no embedded MySQL)
     */
    public MySqlServerDialect(Engine engine, String imageRepository, String containerClass, DriverFacts mysqlDriver,
            DriverFacts mariaDbDriver, EmbeddedLauncher embedded) {
        this.engine = engine;
        this.imageRepository = imageRepository;
        this.containerClass = containerClass;
        this.mysqlDriver = mysqlDriver;
        this.mariaDbDriver = mariaDbDriver;
        this.embedded = embedded;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public String officialImage(String major) {
        return imageRepository + ":" + major;
    }

    @Override
    public String containerClass() {
        return containerClass;
    }

    @Override
    public String containerImageName() {
        return imageRepository;
    }

    @Override
    public String containerUser() {
        return "root";
    }

    @Override
    public boolean acceptsServerOf(Engine urlEngine) {
        return urlEngine.sharesProtocolWith(engine);
    }

    @Override
    public DriverFacts driver(Engine urlEngine) {
        return urlEngine == Engine.MARIADB ? mariaDbDriver : mysqlDriver;
    }

    @Override
    public Engine actualEngine(Engine declared, String serverVersion) {
        return serverVersion.toLowerCase(Locale.ROOT).contains("mariadb") ? Engine.MARIADB : Engine.MYSQL;
    }

    @Override
    public Optional<String> refusal(Engine actual, String serverVersion, String source, ProductionVersion production) {
        if (actual != engine && !standIn(actual)) {
            return Optional.of(source + " runs MySQL " + serverVersion + " but production is " + production.label()
                    + ": use a MariaDB candidate (e.g. image " + officialImage(production.major()) + ")");
        }
        return Optional.empty();
    }

    @Override
    public boolean standIn(Engine actual) {
        return engine == Engine.MYSQL && actual == Engine.MARIADB;
    }

    @Override
    public String createDatabase(String name) {
        return "CREATE DATABASE `" + name + "`";
    }

    @Override
    public void dropDatabase(Connection admin, String name) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    @Override
    public Optional<EmbeddedLauncher> embedded() {
        return Optional.ofNullable(embedded);
    }
}
