package io.github.schemaparity.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded PostgreSQL server the benchmark runs on (zonky binaries of the benchmark's major, found
 * on the classpath). Durability is switched off: it only speeds up building the synthetic schema, and
 * capture and pg_dump only read the catalog.
 */
final class BenchmarkServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;

    private BenchmarkServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchmarkServer start() throws IOException {
        return new BenchmarkServer(EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_locks_per_transaction", "256")
                .start());
    }

    int port() {
        return postgres.getPort();
    }

    /** A superuser connection to {@code database} (the caller closes it). */
    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, "postgres",
                "postgres");
    }

    /** A read-only connection, as SchemaParity opens one to a production replica. */
    Connection connectReadOnly(String database) throws SQLException {
        Connection connection = connect(database);
        connection.setReadOnly(true);
        return connection;
    }

    /** Runs SQL in {@code database} (autocommit). */
    void execute(String database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The server's version string, e.g. {@code 15.19}. */
    String version() throws SQLException {
        try (Connection connection = connect("postgres")) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
