package io.github.schemaparity.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real streaming hot standby of a {@link PgServer} primary, on loopback, for tests. The zonky
 * binaries have no {@code pg_basebackup}, so the standby is built the way it does: a physical
 * replication slot, the low-level backup API ({@code pg_backup_start}/{@code pg_backup_stop}), a
 * copy of the data directory with the backup label, {@code standby.signal} and
 * {@code primary_conninfo}; then zonky starts it on that directory with the primary's binaries.
 */
public final class PgStandby implements AutoCloseable {
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "log");

    private final Path directory;
    private final PgServer server;

    private PgStandby(Path directory, PgServer server) {
        this.directory = directory;
        this.server = server;
    }

    /**
     * Builds and starts a standby of {@code primary}, waiting until it accepts connections.
     *
     * @param settings extra {@code postgresql.conf} lines for the standby, e.g. {@code max_standby_streaming_delay = 0}
     */
    public static PgStandby of(PgServer primary, List<String> settings) throws Exception {
        Path directory = Files.createTempDirectory("pg-standby-");
        String slot = "standby_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        try (Connection connection = primary.connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            statement.execute("SELECT pg_backup_start('schemaparity-standby', true)");
            copy(primary.dataDirectory(), directory);
            try (ResultSet row = statement.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                row.next();
                Files.writeString(directory.resolve("backup_label"), row.getString(1));
                String map = row.getString(2);
                if (map != null && !map.isEmpty()) {
                    Files.writeString(directory.resolve("tablespace_map"), map);
                }
            }
        }
        Files.writeString(directory.resolve("standby.signal"), "");
        StringBuilder conf = new StringBuilder("\nprimary_conninfo = 'host=localhost port=" + primary.port()
                + " user=postgres application_name=schemaparity_standby'\nprimary_slot_name = '" + slot
                + "'\nhot_standby = on\n");
        settings.forEach(line -> conf.append(line).append('\n'));
        Files.writeString(directory.resolve("postgresql.auto.conf"), conf.toString(), StandardOpenOption.APPEND);
        Files.setPosixFilePermissions(directory, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        PgServer server = PgServer.startOn(primary.major(), directory, Map.of("hot_standby", "on"));
        PgStandby standby = new PgStandby(directory, server);
        return standby;
    }

    /** The port the standby listens on. */
    public int port() {
        return server.port();
    }

    /** JDBC URL of a database on the standby, without credentials. */
    public String url(String database) {
        return server.url(database);
    }

    /** Opens a superuser connection to a database on the standby. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), "postgres", "postgres");
    }

    /** Adds settings to the standby's configuration and reloads it. */
    public void reconfigure(String... lines) throws Exception {
        Files.writeString(directory.resolve("postgresql.auto.conf"), "\n" + String.join("\n", lines) + "\n",
                StandardOpenOption.APPEND);
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    /** Waits until the standby has replayed everything the primary had written when this was called. */
    public void awaitCaughtUp(PgServer primary) throws Exception {
        String lsn;
        try (Connection connection = primary.connect("postgres"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            row.next();
            lsn = row.getString(1);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet row = statement.executeQuery(
                        "SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn")) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("standby did not catch up with " + lsn);
                }
                Thread.sleep(100);
            }
        }
    }

    /** The standby's data directory. */
    public Path directory() {
        return directory;
    }

    /** Stops the standby and removes its data directory. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            delete(directory);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() == 1 && SKIPPED.contains(relative.toString())) {
                    continue;
                }
                if (relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // a temporary file the running primary removed meanwhile: the backup does not need it
                }
            }
        }
        Files.createDirectories(to.resolve("pg_wal").resolve("archive_status"));
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
