package io.github.schemaparity.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Sends SIGTERM to an integration build's own Maven JVM while its candidate migrates (started from the
 * build's {@code prebuild.groovy}, it watches from the invoker's JVM): the proof that the plugin's shutdown
 * hook, running after Maven closed the plugin's class realm, still stops and removes the embedded candidate.
 *
 * <p>The build is recognised by the marker file {@code OwnedServers} writes for every embedded server (its
 * owning JVM's command line names the project folder), and the moment by the candidate itself (see
 * {@link #sleeping}): the migrations are {@code V1} creating table {@code t}, then a sleeping {@code V2}. What was killed goes to {@code kill.properties} for
 * {@code verify.groovy} ({@link #verify}); a build that was never killed leaves {@code killed=false} there.
 */
public final class ItKiller {
    private static final Path REGISTRY = Path.of(System.getProperty("java.io.tmpdir"), "schemaparity-servers");
    private static final long PATIENCE_SECONDS = 240;

    private ItKiller() {
    }

    /** Starts the watcher for the build in {@code basedir}; returns at once. */
    public static void whenMigrating(File basedir) throws IOException {
        Path result = basedir.toPath().resolve("kill.properties");
        write(result, new Properties());
        Thread watcher = new Thread(() -> watch(basedir.toPath().toAbsolutePath(), result), "it-killer-" + basedir.getName());
        watcher.setDaemon(true);
        watcher.start();
    }

    /**
     * The checks of a killed build's {@code verify.groovy} (one for each engine's kill build): it was killed
     * while migrating and says so in one line, with no library's alarm and no stack trace, and left nothing
     * behind: the candidate's server process, its data directory and its {@code OwnedServers} marker are gone.
     *
     * @param process the candidate's server process as the messages name it ({@code postgres}, {@code mariadbd})
     */
    public static void verify(File basedir, String process) throws IOException {
        Properties outcome = new Properties();
        try (InputStream in = Files.newInputStream(basedir.toPath().resolve("kill.properties"))) {
            outcome.load(in);
        }
        check("true".equals(outcome.getProperty("killed")), "the build was never interrupted: " + outcome.getProperty("why"));
        ItBuild build = ItBuild.of(basedir);
        build.logContains("Build interrupted (Ctrl+C or SIGTERM) while migrating the candidate database");
        // no library's alarm about the cut-off migration ("Please restore backups" is about production's)
        for (String text : List.of("Exception in thread", "NoClassDefFoundError", "failed at line", "restore backups",
                "Unable to")) {
            check(!build.log().contains(text), "build.log shows '" + text + "':\n" + build.log());
        }
        // no stack trace line, as Maven prints one (indented by spaces) or as the JVM does (a tab)
        Optional<String> frame = build.log().lines().filter(line -> line.matches("\\s+at \\S+ ?\\(.*\\)")).findFirst();
        check(frame.isEmpty(), "build.log shows a stack trace: " + frame.orElse(""));
        String pid = outcome.getProperty("server");
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(pid));
        check(!(server.isPresent() && server.get().isAlive()), process + " pid " + pid + " still runs");
        String dataDirectory = outcome.getProperty("dataDirectory");
        check(!Files.exists(Path.of(dataDirectory)), "data directory " + dataDirectory + " left behind");
        String marker = outcome.getProperty("marker");
        check(!Files.exists(Path.of(marker)), "marker " + marker + " left behind");
    }

    private static void check(boolean holds, String failure) {
        if (!holds) {
            throw new AssertionError(failure);
        }
    }

    private static void watch(Path project, Path result) {
        Properties outcome = new Properties();
        outcome.setProperty("killed", "false");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
            Optional<Properties> marker = Optional.empty();
            while (marker.isEmpty() && System.nanoTime() < deadline) {
                marker = markerOf(project);
                Thread.sleep(200);
            }
            if (marker.isEmpty()) {
                outcome.setProperty("why", "no embedded server marker owned by a build of " + project);
                return;
            }
            Properties owned = marker.get();
            Path dataDirectory = Path.of(owned.getProperty("dataDirectory"));
            while (!sleeping(dataDirectory) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            if (System.nanoTime() >= deadline) {
                outcome.setProperty("why", "the candidate never ran the slow migration");
                return;
            }
            long owner = Long.parseLong(owned.getProperty("owner"));
            Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(owner)).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
            outcome.setProperty("killed", "true");
            outcome.setProperty("owner", Long.toString(owner));
            outcome.setProperty("server", owned.getProperty("server"));
            outcome.setProperty("dataDirectory", dataDirectory.toString());
            outcome.setProperty("marker", owned.getProperty("marker"));
        } catch (IOException | RuntimeException e) {
            outcome.setProperty("why", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                write(result, outcome);
            } catch (IOException ignored) {
                // verify.groovy then finds killed=false from the start and fails
            }
        }
    }

    /** The marker of a server whose owning JVM is a Maven build of this project. */
    private static Optional<Properties> markerOf(Path project) throws IOException {
        if (!Files.isDirectory(REGISTRY)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(REGISTRY, "*.owner")) {
            for (Path marker : markers) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(marker)) {
                    properties.load(in);
                } catch (IOException half) {
                    continue; // being written
                }
                String owner = properties.getProperty("owner");
                if (owner == null || properties.getProperty("dataDirectory") == null) {
                    continue;
                }
                String command = ProcessHandle.of(Long.parseLong(owner)).flatMap(p -> p.info().arguments())
                        .map(List::of).map(String::valueOf).orElse("");
                if (command.contains(project.toString())) {
                    properties.setProperty("marker", marker.toString());
                    return Optional.of(properties);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the embedded candidate in {@code dataDirectory} runs the slow migration: a PostgreSQL backend
     * running {@code pg_sleep}; on MariaDB (whose candidate password is random) the table of the migration
     * before it on disk, and a moment for the next one to start.
     */
    private static boolean sleeping(Path dataDirectory) throws InterruptedException {
        if (Files.isDirectory(dataDirectory.resolve("data"))) {
            try (var files = Files.find(dataDirectory.resolve("data"), 2,
                    (path, attributes) -> path.getFileName().toString().equals("t.frm"))) {
                if (files.findAny().isPresent()) {
                    Thread.sleep(3000);
                    return true;
                }
            } catch (IOException | java.io.UncheckedIOException notYet) {
                return false;
            }
            return false;
        }
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4) {
                return false;
            }
            String url = "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres";
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%'"
                            + " AND pid <> pg_backend_pid()")) {
                return r.next() && r.getInt(1) > 0;
            }
        } catch (IOException | SQLException notYet) {
            return false;
        }
    }

    private static void write(Path file, Properties properties) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by ItKiller");
        }
    }
}
