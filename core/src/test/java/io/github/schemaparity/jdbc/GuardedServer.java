package io.github.schemaparity.jdbc;

import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * A dedicated PostgreSQL server set up like a production one, shared by the tests of this package:
 * role {@value #USER} must log in with a SCRAM password over TCP (embedded servers trust everybody
 * by default), and every statement is logged with its application name to {@link #log()}.
 */
final class GuardedServer {
    static final String USER = "app";
    static final String PASSWORD = "S3cret-Pw!";
    /** Log entries start with this marker, then the application name, the database, the session and the message. */
    static final String LOG_MARK = "@@";

    private static PgServer server;

    private GuardedServer() {
    }

    static synchronized PgServer get() {
        if (server == null) {
            server = PgServer.startDedicated(PgServer.NEW, Map.of(), GuardedServer::prepare);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "guarded-pg-shutdown"));
            server.execute("postgres", "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        }
        return server;
    }

    /** The statement log the server writes. */
    static Path log() {
        return get().dataDirectory().resolve("log").resolve("statements.log");
    }

    private static void prepare(Path dataDirectory) {
        try {
            Files.write(dataDirectory.resolve("pg_hba.conf"), List.of(
                    "local all all trust",
                    "host all " + USER + " 127.0.0.1/32 scram-sha-256",
                    "host all " + USER + " ::1/128 scram-sha-256",
                    "host all all 127.0.0.1/32 trust",
                    "host all all ::1/128 trust"), StandardCharsets.UTF_8);
            Files.write(dataDirectory.resolve("postgresql.conf"), List.of(
                    "password_encryption = 'scram-sha-256'",
                    "log_statement = 'all'",
                    "logging_collector = on",
                    "log_directory = 'log'",
                    "log_filename = 'statements.log'",
                    "log_line_prefix = '" + LOG_MARK + "%a|%d|%c|'"), StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
