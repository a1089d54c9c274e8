package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scratch databases on a real PostgreSQL server (the test harness's embedded servers stand in for it). */
class ExistingServerProviderTest {
    private final CandidateChecks.Log log = new CandidateChecks.Log();
    private final Provisioner provisioner = new Provisioner(log, () -> new DockerStatus(true, "not asked"),
            major -> java.util.Optional.empty());

    private static ProvisionRequest request(PgServer server) {
        return ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), server.major())
                .withServer(new ExistingServer(server.url("postgres"), "postgres", "postgres"));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void createsUsesAndDropsAScratchDatabase(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String name;
        try (CandidateDatabase candidate = provisioner.provision(request(server))) {
            name = candidate.jdbcUrl().substring(candidate.jdbcUrl().lastIndexOf('/') + 1);
            assertThat(name).matches("sp_candidate_[0-9a-f]{10}");
            assertThat(databaseExists(server, name)).isTrue();
            CandidateChecks.createTableAndSelect(candidate);
            assertThat(candidate.description()).startsWith("server " + name + " on localhost:" + server.port()
                    + " (PostgreSQL " + major + ".");
        }
        assertThat(databaseExists(server, name)).as("scratch database dropped").isFalse();
        assertThat(log.lines).contains("Scratch database " + name + " dropped");
    }

    @Test
    void dropsTheScratchDatabaseEvenWithSessionsOpenAndAfterAFailure() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        AtomicReference<String> name = new AtomicReference<>();
        AtomicReference<Connection> leftOpen = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try (CandidateDatabase candidate = provisioner.provision(request(server).withDatabaseName("billing"))) {
                name.set(candidate.jdbcUrl().substring(candidate.jdbcUrl().lastIndexOf('/') + 1));
                leftOpen.set(candidate.open()); // a migration tool that forgot to close its connection
                throw new IllegalStateException("migration V2 failed");
            }
        }).hasMessage("migration V2 failed");
        assertThat(name.get()).startsWith("sp_billing_");
        assertThat(databaseExists(server, name.get())).isFalse();
        assertThat(leftOpen.get().isValid(2)).isFalse();
    }

    @Test
    void twoCandidatesOnOneServerNeverShareADatabase() {
        PgServer server = PgServer.of(PgServer.NEW);
        try (CandidateDatabase a = provisioner.provision(request(server));
                CandidateDatabase b = provisioner.provision(request(server))) {
            assertThat(a.jdbcUrl()).isNotEqualTo(b.jdbcUrl());
        }
    }

    @Test
    void refusesAServerOfAnotherEngine() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.MARIADB).server(), "10.11")
                .withServer(new ExistingServer(PgServer.of(PgServer.NEW).url("postgres"), "postgres", "postgres"));
        assertThatThrownBy(() -> provisioner.provision(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageContaining("is postgresql but production is MariaDB 10.11");
    }

    @Test
    void aUserWithoutCreateDbGetsOneActionableLine() {
        PgServer server = PgServer.of(PgServer.NEW);
        server.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') "
                + "THEN CREATE ROLE reader LOGIN PASSWORD 'secret-pw' NOCREATEDB; END IF; END $$");
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), PgServer.NEW)
                .withServer(new ExistingServer(server.url("postgres"), "reader", "secret-pw"));
        assertThatThrownBy(() -> provisioner.provision(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Could not create scratch database sp_candidate_")
                .hasMessageContaining("permission denied to create database")
                .hasMessageEndingWith("(the user needs the right to create databases)")
                .hasMessageNotContaining("secret-pw");
    }

    @Test
    void aUrlOfAnEngineSchemaParityDoesNotReadIsRefusedByName() {
        ProvisionRequest request = ProvisionRequest.of(EngineRegistry.of(Engine.POSTGRESQL).server(), PgServer.NEW)
                .withServer(new ExistingServer("jdbc:h2:mem:x;PASSWORD=s3cret", "sa", null));
        assertThatThrownBy(() -> provisioner.provision(request))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Unsupported database 'h2' in jdbc:h2:mem:x;PASSWORD=****");
    }

    @Test
    void existingServerToStringNeverShowsThePassword() {
        ExistingServer server = new ExistingServer("jdbc:postgresql://h/db?password=inurl", "admin", "s3cret");
        assertThat(server.toString()).doesNotContain("s3cret").doesNotContain("inurl").contains("admin");
    }

    private static boolean databaseExists(PgServer server, String name) throws SQLException {
        try (Connection c = server.connect("postgres");
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
