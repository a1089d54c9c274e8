package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Logins stuck behind a lock on pg_index are not "no answer from the host". */
class LoginLockTest {

    @Test
    void aLoginWaitingForALockIsNamedAsSuch() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("locked");
        try (Connection holder = server.connect(database); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("LOCK TABLE pg_catalog.pg_index IN ACCESS EXCLUSIVE MODE");
            removeRelcacheInitFiles(server);
            assertThatThrownBy(() -> ReadOnlyConnector.withConnectTimeout(Duration.ofSeconds(2))
                    .connect(new JdbcSource(server.url(database), "postgres", "postgres"),
                            io.github.schemaparity.database.EngineRegistry.of(io.github.schemaparity.model.Engine.POSTGRESQL).session()))
                    .isInstanceOf(SchemaParityException.class)
                    .hasMessage("Cannot connect to " + server.url(database) + ": localhost:" + server.port()
                            + " accepted the connection but the login did not finish in time: the server may wait for"
                            + " a lock (DDL or VACUUM FULL on a catalog such as pg_index blocks new logins) or be"
                            + " overloaded; check pg_stat_activity and pg_locks there");
            holder.rollback();
        }
    }

    /** Without its relation-cache init file, a new session reads pg_index (and so waits for the lock). */
    private static void removeRelcacheInitFiles(PgServer server) throws Exception {
        try (var files = java.nio.file.Files.walk(server.dataDirectory().resolve("base"))) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                if (file.getFileName().toString().equals("pg_internal.init")) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            }
        }
    }
}
