package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Kills a real build (a JVM of its own running {@link SlowMigrationMain}) during a slow migration:
 * SIGTERM leaves no postgres process, no data directory and no stack trace, and the error says the
 * build was interrupted; after SIGKILL the next run removes the orphan and says so in one line.
 */
class KillTest {

    @Test
    void sigtermDuringAMigrationLeavesNothingBehind() throws Exception {
        Build build = Build.start();
        Owned owned = build.awaitMigrating();
        assertThat(ProcessHandle.of(owned.serverPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
        assertThat(owned.dataDirectory).isDirectory();

        // SIGTERM through kill: Process.destroy() would close the pipe and lose the build's last lines
        new ProcessBuilder("kill", "-TERM", Long.toString(build.process.pid())).start().waitFor();
        assertThat(build.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = build.output();
        System.out.println("--- output after SIGTERM ---\n" + output);

        assertThat(ProcessHandle.of(owned.serverPid).map(ProcessHandle::isAlive).orElse(false)).as("postgres").isFalse();
        assertThat(owned.dataDirectory).doesNotExist();
        assertThat(owned.marker).doesNotExist();
        assertThat(output).doesNotContain("Exception in thread").doesNotContain("\tat ")
                .doesNotContain("NoClassDefFoundError").doesNotContain("failed at line")
                .contains("[ERROR] Build interrupted (Ctrl+C or SIGTERM) while migrating the candidate database");
    }

    @Test
    void afterSigkillTheNextRunRemovesTheOrphan() throws Exception {
        Build build = Build.start();
        Owned owned = build.awaitMigrating();
        build.process.destroyForcibly(); // SIGKILL: no hook runs
        assertThat(build.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(owned.serverPid).map(ProcessHandle::isAlive).orElse(false))
                .as("orphaned postgres").isTrue();
        assertThat(owned.dataDirectory).isDirectory();

        List<String> lines = new CopyOnWriteArrayList<>();
        OwnedServers.removeOrphans(new io.github.schemaparity.log.ParityLog() {
            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public void warn(String line) {
                lines.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                lines.add("ERROR " + line);
            }
        });
        System.out.println("next run: " + lines);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("removed ").contains("embedded database(s) left behind by a killed build")
                .contains("postgres pid " + owned.serverPid + " stopped", owned.dataDirectory.toString(),
                        "build pid " + build.process.pid());
        ProcessHandle.of(owned.serverPid).ifPresent(p -> p.onExit().join());
        assertThat(owned.dataDirectory).doesNotExist();
        assertThat(owned.marker).doesNotExist();
    }

    private record Owned(long serverPid, Path dataDirectory, Path marker) {
    }

    private static final class Build {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        final CompletableFuture<Void> reader;

        private Build(Process process) {
            this.process = process;
            this.reader = CompletableFuture.runAsync(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process went away
                }
            });
        }

        static Build start() throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                    "-Dschemaparity.pgBinaries=" + System.getProperty("schemaparity.pgBinaries"),
                    SlowMigrationMain.class.getName()));
            return new Build(new ProcessBuilder(command).redirectErrorStream(true).start());
        }

        Owned awaitMigrating() throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!lines.contains("MIGRATING")) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new AssertionError("the build never started migrating:\n" + output());
                }
                Thread.sleep(100);
            }
            Thread.sleep(1000); // into pg_sleep
            try (DirectoryStream<Path> markers = Files.newDirectoryStream(OwnedServers.REGISTRY, "*.owner")) {
                for (Path marker : markers) {
                    Properties properties = new Properties();
                    try (var in = Files.newInputStream(marker)) {
                        properties.load(in);
                    }
                    if (properties.getProperty("owner").equals(Long.toString(process.pid()))) {
                        return new Owned(Long.parseLong(properties.getProperty("server")),
                                Path.of(properties.getProperty("dataDirectory")), marker);
                    }
                }
            }
            throw new AssertionError("no marker for build pid " + process.pid() + " in " + OwnedServers.REGISTRY);
        }

        String output() throws Exception {
            if (!process.isAlive()) {
                reader.get(10, TimeUnit.SECONDS);
            }
            return String.join("\n", lines);
        }
    }
}
