package io.github.schemaparity.provision;

import io.github.schemaparity.jdbc.DriverFacts;
import io.github.schemaparity.model.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What provisioning needs to know about production's engine: its images and Testcontainers module, its
 * drivers, how a running server says what it is, how scratch databases are created and dropped, and its
 * embedded launcher if it has one. Implemented in each engine's package and carried by the
 * {@link ProvisionRequest}, so no provider branches on the engine.
 */
public interface ServerDialect {

    /** The engine production runs. */
    Engine engine();

    /** The official Docker image of a major, e.g. {@code postgres:17}. */
    String officialImage(String major);

    /** The Testcontainers container class for this engine (in module {@code testcontainers-<engine id>}). */
    String containerClass();

    /** The official image name any user image must be a substitute for, e.g. {@code postgres}. */
    String containerImageName();

    /** The user migrations run as in a container ({@code null}: the image's default user). */
    String containerUser();

    /** Whether an existing server reached through a URL of {@code urlEngine} can hold this engine's candidate. */
    boolean acceptsServerOf(Engine urlEngine);

    /** The driver for a URL of {@code urlEngine} (a MariaDB candidate may be reached through {@code jdbc:mysql:}). */
    DriverFacts driver(Engine urlEngine);

    /** The engine a running server really is, from its version string (MariaDB says so in it). */
    Engine actualEngine(Engine declared, String serverVersion);

    /**
     * Why a server of {@code actual} cannot stand in for production, as one line, or empty when it can
     * (the caller then warns about version or dialect differences).
     *
     * @param source what runs the server, for the message: e.g. {@code image mysql:8.0}
     */
    Optional<String> refusal(Engine actual, String serverVersion, String source, ProductionVersion production);

    /** Whether {@code actual} is a stand-in for this engine that may show dialect differences (MariaDB for MySQL). */
    boolean standIn(Engine actual);

    /** The statement creating a scratch database. */
    String createDatabase(String name);

    /** Drops a scratch database, ending its sessions first where the server needs that. */
    void dropDatabase(Connection admin, String name) throws SQLException;

    /** The embedded server for this engine, if there is one. */
    Optional<EmbeddedLauncher> embedded();
}
