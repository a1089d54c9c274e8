package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.scenarios.MariaDbDriftScenarios;
import io.github.schemaparity.testing.MariaDbServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read-only sessions and one-line errors on real MariaDB, through both drivers: MariaDB Connector/J for
 * {@code jdbc:mariadb:} URLs and MySQL Connector/J for {@code jdbc:mysql:} URLs (the MySQL code path,
 * exercised against MariaDB since no MySQL server is available to the test suite).
 */
class MariaDbSessionTest {
    private static final String WRONG = "Wr0ng-Secret";
    private static MariaDbServer server;
    private static String database;

    @BeforeAll
    static void createDatabase() {
        server = MariaDbServer.shared();
        database = server.createDatabase("readonly", MariaDbDriftScenarios.baseSql(),
                "INSERT INTO cache VALUES ('a', 'b')",
                // issue 12's kinds: a sequence (read by a plain SELECT), a view's SQL SECURITY, trigger order
                "CREATE SEQUENCE readonly_ids", "CREATE SQL SECURITY INVOKER VIEW readonly_v AS SELECT k FROM cache",
                "CREATE TRIGGER cache_bi BEFORE INSERT ON cache FOR EACH ROW SET NEW.v = NEW.v",
                "CREATE TRIGGER cache_bi2 BEFORE INSERT ON cache FOR EACH ROW PRECEDES cache_bi SET NEW.v = NEW.v");
    }

    static Stream<String> urls() {
        return Stream.of("mariadb", "mysql");
    }

    private static String url(String driver, String db) {
        return driver.equals("mariadb") ? server.url(db) : server.mysqlUrl(db);
    }

    private static JdbcSource source(String driver) {
        return new JdbcSource(url(driver, database), server.user(), server.password());
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void theSessionIsReadOnlyWithTimeouts(String driver) throws Exception {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source(driver))) {
            Connection connection = session.connection();
            assertThat(session.engine()).isEqualTo(driver.equals("mariadb") ? Engine.MARIADB : Engine.MYSQL);
            assertThat(connection.isReadOnly()).isTrue();
            assertThat(connection.getAutoCommit()).isFalse();
            assertThat(query(connection, "SELECT @@session.transaction_read_only")).isEqualTo("1");
            // MariaDB: the statement timeout is max_statement_time (seconds), whichever driver
            assertThat(query(connection, "SELECT @@session.max_statement_time")).startsWith("120");
            assertThat(query(connection, "SELECT @@session.lock_wait_timeout")).isEqualTo("5");
            assertThat(query(connection, "SELECT @@session.innodb_lock_wait_timeout")).isEqualTo("5");
            assertThat(query(connection, "SELECT count(*) FROM cache")).isEqualTo("1");
        }
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void writesFailEvenWhenTheCallerCommits(String driver) throws Exception {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source(driver))) {
            Connection connection = session.connection();
            SQLException insert = catchThrowableOfType(SQLException.class,
                    () -> execute(connection, "INSERT INTO cache VALUES ('x', 'y')"));
            if (driver.equals("mariadb")) {
                assertThat(insert.getErrorCode()).isEqualTo(1792); // ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION
            } else {
                // Connector/J refuses before the server does: the connection is read-only
                assertThat(insert.getMessage()).contains("read-only");
            }
            connection.rollback();
            assertThatThrownBy(() -> execute(connection, "UPDATE cache SET v = 'changed'"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            connection.setAutoCommit(true);
            assertThatThrownBy(() -> execute(connection, "DELETE FROM cache")).isInstanceOf(SQLException.class);
        }
        try (Connection admin = server.connect(database)) {
            assertThat(query(admin, "SELECT count(*) FROM cache")).isEqualTo("1");
            assertThat(query(admin, "SELECT v FROM cache")).isEqualTo("b");
        }
    }

    @Test
    void bothDriversCaptureTheSameCatalog() throws Exception {
        Catalog viaMariaDb;
        Catalog viaMySql;
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source("mariadb"))) {
            viaMariaDb = new MySqlCatalogReader().read(session.connection(), CaptureOptions.defaults());
        }
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source("mysql"))) {
            viaMySql = new MySqlCatalogReader().read(session.connection(), CaptureOptions.defaults());
        }
        assertThat(viaMySql.engine()).isEqualTo(Engine.MARIADB); // the server says so, not the URL
        assertThat(viaMySql.schemas().get(0).tables()).hasSize(5);
        assertThat(viaMySql.schemas().get(0).sequences()).singleElement()
                .satisfies(s -> assertThat(s.name()).isEqualTo("readonly_ids"));
        assertThat(viaMySql.settings()).isNotEmpty();
        assertThat(viaMySql).isEqualTo(viaMariaDb);
    }

    /** The server's general log proves what a capture sends: reads only, whichever driver. */
    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void aCaptureOnlyReads(String driver) throws Exception {
        long connectionId;
        server.execute(database, "SET GLOBAL log_output = 'TABLE'", "SET GLOBAL general_log = 'ON'");
        try {
            try (ReadOnlySession session = EngineRegistry.openReadOnly(source(driver))) {
                connectionId = Long.parseLong(query(session.connection(), "SELECT CONNECTION_ID()"));
                new MySqlCatalogReader().read(session.connection(), CaptureOptions.defaults());
            }
        } finally {
            server.execute(database, "SET GLOBAL general_log = 'OFF'");
        }
        java.util.List<String> statements = new java.util.ArrayList<>();
        try (Connection admin = server.connect(database); Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                        + " WHERE thread_id = " + connectionId + " AND command_type = 'Query' ORDER BY event_time")) {
            while (rows.next()) {
                statements.add(rows.getString(1).replaceAll("(?s)^/\\*.*?\\*/\\s*", "").strip());
            }
        }
        assertThat(statements).as("statements of connection %s", connectionId).hasSizeGreaterThan(10)
                .allSatisfy(sql -> assertThat(sql.toUpperCase(java.util.Locale.ROOT))
                        .matches("(?s)^(SELECT|SHOW|SET|START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY|ROLLBACK)\\b.*"))
                .anySatisfy(sql -> assertThat(sql).isEqualTo("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"))
                .anySatisfy(sql -> assertThat(sql).contains("start_value").contains("`readonly_ids`"))
                .noneSatisfy(sql -> assertThat(sql.toUpperCase(java.util.Locale.ROOT)).startsWith("COMMIT"));
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void wrongPasswordIsOneLineWithoutThePassword(String driver) {
        String url = url(driver, database);
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(url, server.user(), WRONG)))
                .hasMessage("Authentication failed for user '" + server.user() + "' at " + url
                        + ": check the user and password");
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of(url + "?user=" + server.user() + "&password="
                + WRONG))).hasMessageStartingWith("Authentication failed for user '" + server.user() + "' at " + url
                        + "?user=" + server.user() + "&password=****");
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void unknownDatabaseNamesIt(String driver) {
        String url = url(driver, "no_such_db");
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(url, server.user(), server.password())))
                .hasMessage("Database 'no_such_db' does not exist on " + JdbcUrls.hostAndPort(url) + " (" + url
                        + "): check the database name in the URL");
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void closedPortIsConnectionRefused(String driver) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:" + driver + "://127.0.0.1:" + port + "/shop";
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(url, "app", WRONG)))
                .hasMessage("Cannot connect to " + url + ": connection refused by 127.0.0.1:" + port
                        + "; check the host and port, and that the database accepts TCP connections from here");
    }

    @ParameterizedTest(name = "jdbc:{0}:")
    @MethodSource("urls")
    void statementTimeoutIsExplained(String driver) throws Exception {
        JdbcSource source = source(driver);
        try (ReadOnlySession session = EngineRegistry.openReadOnly(source);
                Statement statement = session.connection().createStatement()) {
            statement.execute("SET SESSION max_statement_time = 0.05");
            SQLException cancelled = catchThrowableOfType(SQLException.class,
                    () -> statement.executeQuery("SELECT count(*) FROM information_schema.COLUMNS a,"
                            + " information_schema.COLUMNS b, information_schema.COLUMNS c").close());
            assertThat((Object) cancelled).as("the query must be cut off by max_statement_time").isNotNull();
            assertThat(JdbcErrors.readFailed(source, "capturing the actual catalog", cancelled,
                    EngineRegistry.of(source).session().errorCodes()))
                    .hasMessage("Timed out while capturing the actual catalog at " + source.maskedUrl()
                            + ": the server cancelled a catalog query after the statement timeout;"
                            + " retry when the server is less busy");
        }
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertOneLine(Runnable action) {
        Throwable error = catchThrowable(action::run);
        assertThat(error).isInstanceOf(SchemaParityException.class);
        assertThat(error.getMessage()).doesNotContain("\n").doesNotContain(WRONG);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(WRONG);
        return assertThat(error);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
