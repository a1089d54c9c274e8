package io.github.schemaparity.benchmark;

import io.github.schemaparity.data.DataLog;
import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.TableResult;
import io.github.schemaparity.jdbc.JdbcSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The data gate's speed: an orders-like table of {@code bench.data.rows} rows (a dozen column types) in two
 * databases on one embedded PostgreSQL, compared by {@code DataParity} against the server's own parallel
 * scan-and-hash of both copies (the floor: {@code count(*), sum(hashtextextended(t::text, 0))} on each side
 * at once, timed back to back with each case), identical and with 3 changed rows, and against pg_comparator; then MariaDB with
 * {@code bench.data.mariadbRows} rows against {@code COUNT(*), BIT_XOR(CRC32(CONCAT_WS(...)))}. Prints
 * figures and ratios; asserts only that the differences found are exactly the planted ones.
 */
public final class DataBenchmark {
    private static final String PG_TABLE = """
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id int NOT NULL, note text, total numeric(12,2),
                created_at timestamp, paid_at timestamptz, code varchar(20), paid boolean, doc jsonb, ratio float8,
                ref uuid, blob bytea);
            INSERT INTO orders SELECT g, g %% 50000, 'order note ' || g, g * 0.37, timestamp '2020-01-01' + g * interval '7 s',
                timestamptz '2020-01-01 00:00:00+00' + g * interval '11 s', 'C-' || (g %% 9973), g %% 3 = 0,
                jsonb_build_object('n', g, 'tag', 't' || (g %% 17)), g / 3.0, md5(g::text)::uuid,
                decode(substr(md5(g::text), 1, 16), 'hex')
            FROM generate_series(1, %d) g""";

    private DataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.getLong("bench.data.rows", 5_000_000);
        long mariaRows = Long.getLong("bench.data.mariadbRows", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 3);
        List<String> report = new ArrayList<>();
        report.add("# Data gate benchmark");
        report.add("");
        report.add(String.format(Locale.ROOT, "%d cores, heap limit %.0f MiB", Runtime.getRuntime().availableProcessors(),
                HeapProbe.maxHeapMiB()));
        report.add("Load average (1, 5, 15 min) at the start: " + load());
        String file = System.getProperty("bench.data.report");
        if (rows > 0) {
            postgres(rows, runs, report);
            publish(report, file); // a section is kept even if the next one fails
        }
        if (mariaRows > 0) {
            try {
                MariaDbDataBenchmark.run(mariaRows, runs, report);
            } catch (Exception e) {
                report.add("");
                report.add("MariaDB: not run: " + e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst()
                        .orElse(""));
            }
        }
        report.add("");
        report.add("Load average at the end: " + load());
        report.forEach(System.out::println);
        publish(report, file);
        System.exit(0);
    }

    private static void publish(List<String> report, String file) throws java.io.IOException {
        if (file != null) {
            Files.write(Path.of(file), report);
        }
    }

    private static void postgres(long rows, int runs, List<String> report) throws Exception {
        try (BenchmarkServer server = BenchmarkServer.start()) {
            long load = System.nanoTime();
            server.execute("postgres", "CREATE DATABASE bench_a");
            server.execute("bench_a", String.format(Locale.ROOT, PG_TABLE, rows));
            server.execute("bench_a", "VACUUM (FREEZE, ANALYZE) orders");
            server.execute("postgres", "CREATE DATABASE bench_b TEMPLATE bench_a");
            report.add("");
            report.add(String.format(Locale.ROOT, "## PostgreSQL %s, %,d rows per copy (loaded in %.0f s, %s per table)",
                    server.version(), rows, seconds(load), size(server)));
            JdbcSource a = new JdbcSource("jdbc:postgresql://localhost:" + server.port() + "/bench_a", "postgres", "postgres");
            JdbcSource b = new JdbcSource("jdbc:postgresql://localhost:" + server.port() + "/bench_b", "postgres", "postgres");
            String floor = "SELECT count(*), sum(hashtextextended(t::text, 0)) FROM orders t";
            ThrowingRunnable serverScan = () -> bothAtOnce(server, floor);
            timed(serverScan, 1);
            HeapProbe heap = new HeapProbe();
            heap.start();
            Paired identical = paired(serverScan, () -> expect(compare(a, b), 0), runs);
            double identicalHeap = heap.peakMiB();
            Paired oneStatement = paired(serverScan, () -> expect(compare(a, b, Long.MAX_VALUE), 0), runs);
            // scattered: near the start, the middle and the end
            server.execute("bench_b", "UPDATE orders SET total = total + 1 WHERE id IN (1234, " + (rows / 2 + 1) + ", "
                    + (rows - 1) + ")");
            server.execute("bench_b", "VACUUM orders");
            heap.start();
            Paired changed = paired(serverScan, () -> expect(compare(a, b), 3), runs);
            double changedHeap = heap.peakMiB();
            Paired comparator = pgComparator(server, serverScan);
            report.add("");
            report.add("Floor: the server's own `count(*) + sum(hashtextextended(t::text, 0))` over both copies at once,");
            report.add("run back to back with each case; the ratio is the median of the per-run ratios.");
            report.add("");
            report.add(HEADER);
            report.add(HEADER_RULE);
            report.add(identical.row("SchemaParity data, identical copies (progress lines: sliced first scan)"));
            report.add(oneStatement.row("SchemaParity data, identical copies, one statement per side (progress off)"));
            report.add(changed.row("SchemaParity data, 3 changed rows (named with their column)"));
            report.add(comparator == null ? "| pg_comparator | not run (needs Debian postgresql-comparator and a PostgreSQL 15 server) | | |"
                    : comparator.row("pg_comparator 2.3 (pgcmp checksums, same 3 changed rows)"));
            if (comparator != null) {
                report.add("");
                report.add(String.format(Locale.ROOT, "SchemaParity (3 changed rows) vs pg_comparator: %.2fx faster.",
                        comparator.seconds() / changed.seconds()));
            }
            report.add("");
            report.add(String.format(Locale.ROOT, "Heap peak: %.0f MiB identical, %.0f MiB with changes (limit %.0f MiB).",
                    identicalHeap, changedHeap, HeapProbe.maxHeapMiB()));
        }
    }

    private static String size(BenchmarkServer server) throws Exception {
        try (Connection connection = server.connect("bench_a"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_size_pretty(pg_table_size('orders'))")) {
            row.next();
            return row.getString(1);
        }
    }

    static DataResult compare(JdbcSource a, JdbcSource b) {
        return compare(a, b, DataParityConfig.DEFAULT_PROGRESS_ROWS);
    }

    /** With another progress threshold ({@code Long.MAX_VALUE}: one statement per side for the first scan). */
    static DataResult compare(JdbcSource a, JdbcSource b, long progressRows) {
        return DataParity.create(DataLog.silent()).run(DataParityConfig.builder(a, b).progressRows(progressRows).build());
    }

    static final String HEADER = "| case | seconds (best) | floor seconds, same runs (best) | ratio to the floor (median of runs) |";
    static final String HEADER_RULE = "|---|---:|---:|---:|";

    /** A case timed back to back with the floor, run by run, so that both see the same load. */
    record Paired(double seconds, double floor, double ratio) {
        String row(String label) {
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2fx |", label, seconds, floor, ratio);
        }
    }

    /** Runs the floor then the case, {@code runs} times: best of each, median of the per-run ratios. */
    static Paired paired(ThrowingRunnable floor, ThrowingRunnable work, int runs) throws Exception {
        double bestFloor = Double.MAX_VALUE;
        double bestWork = Double.MAX_VALUE;
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double f = timed(floor, 1);
            double w = timed(work, 1);
            bestFloor = Math.min(bestFloor, f);
            bestWork = Math.min(bestWork, w);
            ratios.add(w / f);
        }
        ratios.sort(null);
        return new Paired(bestWork, bestFloor, ratios.get(ratios.size() / 2));
    }

    /** The load average as {@code uptime} prints it. */
    static String load() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** Checks the result names exactly the planted rows (a wrong answer fast is no result). */
    static void expect(DataResult result, int changed) {
        TableResult orders = result.tables().stream().filter(t -> t.table().endsWith(".orders")).findFirst().orElseThrow();
        if (orders.changed() != changed || orders.missing() + orders.unexpected() != 0
                || orders.rows().stream().anyMatch(r -> !r.columns().equals(List.of("total")))) {
            throw new IllegalStateException("expected " + changed + " changed rows in total, got " + orders);
        }
    }

    private static void bothAtOnce(BenchmarkServer server, String sql) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> scan(server, "bench_b", sql));
        scan(server, "bench_a", sql);
        other.join();
    }

    static void scan(BenchmarkServer server, String database, String sql) {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * pg_comparator with its own checksum functions (the {@code pgcmp} extension Debian ships for
     * PostgreSQL 15, copied into the embedded server and created in both databases, as pg_comparator
     * requires), or -1 when it is not installed or the server is not a 15.
     */
    private static Paired pgComparator(BenchmarkServer server, ThrowingRunnable floor) throws Exception {
        int port = server.port();
        Path binary = Path.of("/usr/bin/pg_comparator");
        Path library = Path.of("/usr/lib/postgresql/15/lib/pgcmp.so");
        if (!Files.isExecutable(binary) || !Files.exists(library) || !server.version().startsWith("15.")) {
            return null;
        }
        Path libDir;
        Path shareDir;
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT (SELECT setting FROM pg_config WHERE name = 'PKGLIBDIR'),"
                        + " (SELECT setting FROM pg_config WHERE name = 'SHAREDIR')")) {
            row.next();
            libDir = Path.of(row.getString(1));
            shareDir = Path.of(row.getString(2)).resolve("extension");
        }
        Files.copy(library, libDir.resolve("pgcmp.so"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (String file : new String[] {"pgcmp.control", "pgcmp--3.1.sql"}) {
            Files.copy(Path.of("/usr/share/postgresql/15/extension").resolve(file), shareDir.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        server.execute("bench_a", "CREATE EXTENSION IF NOT EXISTS pgcmp");
        server.execute("bench_b", "CREATE EXTENSION IF NOT EXISTS pgcmp");
        String base = "pgsql://postgres:postgres@localhost:" + port + "/";
        String columns = "?id:customer_id,note,total,created_at,paid_at,code,paid,doc,ratio,ref,blob";
        double floorSeconds = timed(floor, 1);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(binary.toString(), "--no-lock",
                base + "bench_a/public.orders" + columns, base + "bench_b/public.orders" + columns)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        double seconds = seconds(start);
        long updates = output.lines().filter(l -> l.startsWith("UPDATE")).count();
        System.out.println("pg_comparator exit " + process.exitValue() + ", " + updates + " UPDATE lines"
                + (process.exitValue() > 1 ? ": " + output : ""));
        return new Paired(seconds, floorSeconds, seconds / floorSeconds);
    }

    static double timed(ThrowingRunnable work, int runs) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            best = Math.min(best, seconds(start));
        }
        return best;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Work that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
