package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReadOnlySessionTest {
    private static PgServer server;
    private static String database;

    @BeforeAll
    static void createDatabase() {
        server = PgServer.of(PgServer.NEW);
        database = server.createDatabase("readonly", "CREATE TABLE orders (id int primary key, status text)",
                "INSERT INTO orders VALUES (1, 'new')");
    }

    @Test
    void readsThroughTheSession() throws Exception {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(JdbcSource.of(server.urlWithCredentials(database)))) {
            assertThat(session.engine()).isEqualTo(Engine.POSTGRESQL);
            assertThat(session.serverVersion()).startsWith(PgServer.NEW + ".");
            assertThat(query(session.connection(), "SELECT count(*) FROM orders")).isEqualTo("1");
        }
    }

    @Test
    void refusesToWriteEvenWhenTheCallerCommits() throws Exception {
        JdbcSource source = new JdbcSource(server.url(database), "postgres", "postgres");
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source)) {
            Connection connection = session.connection();
            assertThatThrownBy(() -> execute(connection, "INSERT INTO orders VALUES (2, 'paid')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
            connection.rollback();
            assertThatThrownBy(() -> execute(connection, "CREATE TABLE intruder (id int)"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
            connection.rollback();
            // Even a transaction the caller starts afresh, with auto-commit back on, stays read-only.
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> execute(connection, "UPDATE orders SET status = 'x'"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("25006"));
        }
        try (Connection admin = server.connect(database)) {
            assertThat(query(admin, "SELECT count(*) FROM orders")).isEqualTo("1");
            assertThat(query(admin, "SELECT count(*) FROM pg_class WHERE relname = 'intruder'")).isEqualTo("0");
        }
    }

    @Test
    void setsTimeoutsApplicationNameAndNoJit() throws Exception {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(JdbcSource.of(server.urlWithCredentials(database)))) {
            Connection connection = session.connection();
            assertThat(connection.isReadOnly()).isTrue();
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(query(connection, "SHOW transaction_read_only")).isEqualTo("on");
            assertThat(query(connection, "SHOW default_transaction_read_only")).isEqualTo("on");
            assertThat(query(connection, "SHOW statement_timeout")).isEqualTo("2min");
            assertThat(query(connection, "SHOW lock_timeout")).isEqualTo("5s");
            assertThat(query(connection, "SHOW idle_in_transaction_session_timeout")).isEqualTo("5min");
            assertThat(query(connection, "SHOW application_name")).isEqualTo("schemaparity");
            assertThat(query(connection, "SHOW jit")).isEqualTo("off");
        }
    }

    @Test
    void closingRollsBackAndClosesTheConnection() throws Exception {
        Connection connection;
        try (ReadOnlySession session = EngineRegistry.openReadOnly(JdbcSource.of(server.urlWithCredentials(database)))) {
            connection = session.connection();
            query(connection, "SELECT 1");
        }
        assertThat(connection.isClosed()).isTrue();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
