package io.github.schemaparity.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code pg_dump --schema-only} as a whole process, the yardstick the capture is held to.
 *
 * @param executable the pg_dump binary
 * @param major      its major version
 */
record PgDump(Path executable, int major) {
    private static final List<String> CANDIDATES = List.of(
            "/usr/lib/postgresql/15/bin/pg_dump", "/usr/lib/postgresql/16/bin/pg_dump",
            "/usr/lib/postgresql/17/bin/pg_dump", "/usr/bin/pg_dump");
    private static final Pattern VERSION = Pattern.compile("pg_dump \\(PostgreSQL\\) (\\d+)");

    /**
     * Finds pg_dump: the given path, or for {@code auto} the first of PostgreSQL 15's, a newer one's and
     * {@code /usr/bin/pg_dump} (Debian's wrapper; the real binary is preferred so that the wrapper's
     * start-up does not flatter the ratio).
     */
    static PgDump locate(String setting, int serverMajor) throws IOException, InterruptedException {
        Path executable = null;
        if (!"auto".equals(setting)) {
            executable = Path.of(setting);
        } else {
            for (String candidate : CANDIDATES) {
                if (Files.isExecutable(Path.of(candidate))) {
                    executable = Path.of(candidate);
                    break;
                }
            }
        }
        if (executable == null || !Files.isExecutable(executable)) {
            throw new IllegalStateException("No pg_dump found (bench.pgDump=" + setting
                    + "): install it with 'apt-get install -y postgresql-client-15' or set -Dbench.pgDump=/path/to/pg_dump");
        }
        String version = DumpProcess.run(List.of(executable.toString(), "--version")).trim();
        Matcher matcher = VERSION.matcher(version);
        if (!matcher.find()) {
            throw new IllegalStateException(executable + " --version printed '" + version + "', not a pg_dump version");
        }
        int major = Integer.parseInt(matcher.group(1));
        if (major < serverMajor) {
            throw new IllegalStateException(executable + " is pg_dump " + major + ", older than the server ("
                    + serverMajor + "): install 'postgresql-client-" + serverMajor + "' or set -Dbench.pgDump");
        }
        return new PgDump(executable, major);
    }

    /** Runs a schema-only dump of {@code database} into {@code output} and returns the wall time in nanoseconds. */
    long dump(int port, String database, Path output) throws IOException, InterruptedException {
        List<String> command = List.of(executable.toString(), "--schema-only", "--no-password",
                "--host=localhost", "--port=" + port, "--username=postgres", "--dbname=" + database,
                "--file=" + output);
        long start = System.nanoTime();
        DumpProcess.run(command);
        return System.nanoTime() - start;
    }

    /**
     * Dumps once into a temporary file and counts the objects in it, so that a dump of the wrong or an
     * empty database cannot pass as a fast one.
     */
    DumpCensus census(int port, String database) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bench-pg_dump-", ".sql");
        try {
            dump(port, database, file);
            int tables = 0;
            int views = 0;
            int functions = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("CREATE TABLE ")) {
                    tables++;
                } else if (line.startsWith("CREATE VIEW ")) {
                    views++;
                } else if (line.startsWith("CREATE FUNCTION ")) {
                    functions++;
                }
            }
            return new DumpCensus(tables, views, functions, Files.size(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Objects counted in one schema-only dump. */
    record DumpCensus(int tables, int views, int functions, long bytes) {
    }
}
