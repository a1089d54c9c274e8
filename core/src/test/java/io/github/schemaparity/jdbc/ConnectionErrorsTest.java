package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.model.Engine;
import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.testing.HidingClassLoader;
import io.github.schemaparity.testing.PgServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each way a connection fails gives one line naming the thing and the fix, without the password. */
class ConnectionErrorsTest {
    private static final String WRONG = "Wr0ng-Secret";
    private static PgServer server;
    private static String database;

    @BeforeAll
    static void start() {
        server = GuardedServer.get();
        database = server.createDatabase("guarded");
    }

    @Test
    void rightPasswordConnects() throws Exception {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(
                new JdbcSource(server.url(database), GuardedServer.USER, GuardedServer.PASSWORD))) {
            assertThat(session.connection().isValid(5)).isTrue();
        }
    }

    @Test
    void wrongPasswordNamesUserAndUrl() {
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(server.url(database), GuardedServer.USER, WRONG)))
                .hasMessage("Authentication failed for user 'app' at " + server.url(database)
                        + ": check the user and password");
    }

    @Test
    void wrongPasswordInTheUrlIsMasked() {
        String url = server.url(database) + "?user=app&password=" + WRONG;
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of(url)))
                .hasMessage("Authentication failed for user 'app' at " + server.url(database)
                        + "?user=app&password=****: check the user and password");
    }

    @Test
    void missingPasswordIsAnAuthenticationFailure() {
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of(server.url(database) + "?user=app")))
                .hasMessageStartingWith("Authentication failed for user 'app' at " + server.url(database) + "?user=app")
                .hasMessageEndingWith("check the user and password");
    }

    @Test
    void unknownDatabaseNamesIt() {
        String url = server.url("no_such_db");
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(url, GuardedServer.USER, GuardedServer.PASSWORD)))
                .hasMessage("Database 'no_such_db' does not exist on localhost:" + server.port() + " (" + url
                        + "): check the database name in the URL");
    }

    @Test
    void closedPortIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + port + "/shop";
        assertOneLine(() -> EngineRegistry.openReadOnly(new JdbcSource(url, "app", WRONG)))
                .hasMessage("Cannot connect to " + url + ": connection refused by localhost:" + port
                        + "; check the host and port, and that the database accepts TCP connections from here");
    }

    @Test
    void unknownHostNamesIt() {
        String url = "jdbc:postgresql://no-such-host.invalid:5432/shop?password=" + WRONG;
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of(url)))
                .hasMessage("Cannot connect to jdbc:postgresql://no-such-host.invalid:5432/shop?password=****:"
                        + " unknown host 'no-such-host.invalid'; check the host name in the URL");
    }

    @Test
    void silentServerTimesOut() throws Exception {
        // Accepts TCP connections (the kernel completes the handshake) but never answers.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String url = "jdbc:postgresql://localhost:" + silent.getLocalPort() + "/shop";
            long start = System.nanoTime();
            assertOneLine(() -> ReadOnlyConnector.withConnectTimeout(Duration.ofSeconds(1))
                    .connect(new JdbcSource(url, "app", WRONG), EngineRegistry.of(Engine.POSTGRESQL).session()))
                    .hasMessage("Cannot connect to " + url + ": no answer from localhost:" + silent.getLocalPort()
                            + " in time; check the host and port, and any firewall or VPN in between");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void urlTheDriverCannotParse() {
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of("jdbc:postgresql://localhost:notaport/shop?password="
                + WRONG)))
                .hasMessage("Not a valid PostgreSQL JDBC URL: 'jdbc:postgresql://localhost:notaport/shop?password=****';"
                        + " expected e.g. jdbc:postgresql://host:5432/db");
    }

    @Test
    void textThatIsNoUrl() {
        assertOneLine(() -> EngineRegistry.openReadOnly(JdbcSource.of("postgresql://app:" + WRONG + "@localhost/shop")))
                .hasMessage("Not a JDBC URL: 'postgresql://app:****@localhost/shop'; expected e.g."
                        + " jdbc:postgresql://host:5432/db");
    }

    @Test
    void missingDriverNamesTheArtifact() throws Exception {
        // both drivers are on the test classpath: SchemaParity (the jdbc package and the engine supports that
        // hand it the driver facts) is loaded again where MySQL's is hidden
        ClassLoader hiding = new HidingClassLoader("com.mysql.", "io.github.schemaparity.",
                getClass().getClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(hiding);
        try {
            Object message = hiding.loadClass(MissingDriver.class.getName()).getMethod("open", String.class)
                    .invoke(null, "jdbc:mysql://localhost:3306/shop");
            assertThat(message).isEqualTo("No MySQL JDBC driver on the classpath: add com.mysql:mysql-connector-j"
                    + " (class com.mysql.cj.jdbc.Driver)");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs inside {@link HidingClassLoader}: what a user without the driver sees. */
    public static final class MissingDriver {
        private MissingDriver() {
        }

        public static String open(String url) {
            try {
                EngineRegistry.openReadOnly(JdbcSource.of(url)).close();
                return "connected";
            } catch (SchemaParityException e) {
                return e.getMessage();
            }
        }
    }

    @Test
    void cancelledCatalogQueryIsExplained() throws Exception {
        JdbcSource source = new JdbcSource(server.url(database) + "?password=" + WRONG.toLowerCase(),
                GuardedServer.USER, GuardedServer.PASSWORD);
        try (ReadOnlySession session = EngineRegistry.openReadOnly(
                new JdbcSource(server.url(database), GuardedServer.USER, GuardedServer.PASSWORD));
                java.sql.Statement statement = session.connection().createStatement()) {
            statement.execute("SET statement_timeout = '50ms'");
            java.sql.SQLException cancelled = org.assertj.core.api.Assertions.catchThrowableOfType(
                    java.sql.SQLException.class, () -> statement.execute("SELECT pg_sleep(2)"));
            assertThat(JdbcErrors.readFailed(source, "capturing the actual catalog", cancelled,
                    EngineRegistry.of(source).session().errorCodes()))
                    .hasMessage("Timed out while capturing the actual catalog at " + server.url(database)
                            + "?password=****: the server cancelled a catalog query after the statement timeout;"
                            + " retry when the server is less busy");
        }
    }

    /** The message is one line, and neither it nor the -e stack trace holds the password. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertOneLine(Runnable action) {
        Throwable error = org.assertj.core.api.Assertions.catchThrowable(action::run);
        assertThat(error).isInstanceOf(SchemaParityException.class);
        assertThat(error.getMessage()).doesNotContain("\n").doesNotContain(WRONG);
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(WRONG);
        return assertThat(error);
    }
}
