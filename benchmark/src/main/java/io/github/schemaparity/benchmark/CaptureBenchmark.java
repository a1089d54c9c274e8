package io.github.schemaparity.benchmark;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.capture.crawler.SchemaCrawlerCatalogReader;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Capture-speed benchmark on PostgreSQL: builds a synthetic schema of N tables on an embedded
 * PostgreSQL 15, then measures each catalog reader against {@code pg_dump --schema-only}, the heap a
 * capture needs, and the time to diff two captured models. It prints figures and asserts no timing;
 * it fails only when a reader captures the wrong number of objects, so that a broken reader cannot
 * produce a fast figure.
 */
public final class CaptureBenchmark {
    private final BenchmarkSettings settings;
    private final List<ReaderUnderTest> readers;

    CaptureBenchmark(BenchmarkSettings settings, List<ReaderUnderTest> readers) {
        this.settings = settings;
        this.readers = readers;
    }

    /** A reader to measure, and the largest schema it is measured on. */
    record ReaderUnderTest(String label, Supplier<CatalogReader> factory, int maxTables) {
    }

    /**
     * Runs the benchmark with the settings of the {@code bench.*} system properties and exits: 0 when
     * PgCatalogReader was measured at every size, 1 when it was not or the benchmark itself failed.
     */
    public static void main(String[] args) {
        int status;
        try {
            BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
            List<ReaderUnderTest> readers = List.of(
                    new ReaderUnderTest(ResultTable.PRIMARY, PgCatalogReader::new, Integer.MAX_VALUE),
                    new ReaderUnderTest(ResultTable.CRAWLER, SchemaCrawlerCatalogReader::new,
                            settings.crawlerMaxTables()),
                    new ReaderUnderTest(ResultTable.CRAWLER_DICTIONARY,
                            () -> new SchemaCrawlerCatalogReader(SchemaCrawlerCatalogReader.Retrieval.DATA_DICTIONARY),
                            settings.crawlerDictionaryMaxTables()));
            status = new CaptureBenchmark(settings, readers).run();
        } catch (Exception | Error e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            status = 1;
        }
        // Explicit exit: a reader's worker threads must not keep the JVM (and the build) alive.
        System.exit(status);
    }

    int run() throws Exception {
        List<SizeResult> results = new ArrayList<>();
        try (BenchmarkServer server = BenchmarkServer.start()) {
            String serverVersion = server.version();
            int serverMajor = Integer.parseInt(serverVersion.split("\\.")[0]);
            PgDump pgDump = PgDump.locate(settings.pgDump(), serverMajor);
            String environment = environment(serverVersion, pgDump);
            System.out.println(environment);
            for (int tables : settings.tableCounts()) {
                results.add(measure(server, pgDump, new SyntheticSchema(tables)));
            }
            String table = ResultTable.render(results);
            System.out.println();
            System.out.println("=== Capture benchmark results (medians; capture and diff in-process, pg_dump whole process)");
            System.out.println(table);
            String end = "load average at end " + loadAverage();
            System.out.println(end);
            writeReport(environment + "\n" + end + "\n\n" + table);
        }
        // Another reader running out of memory is a figure; the shipped reader failing leaves no figures.
        boolean primaryMeasured = results.stream().map(r -> r.captures().get(ResultTable.PRIMARY))
                .allMatch(figures -> figures != null && figures.succeeded());
        return primaryMeasured ? 0 : 1;
    }

    private SizeResult measure(BenchmarkServer server, PgDump pgDump, SyntheticSchema schema) throws Exception {
        int n = schema.tables();
        String database = "bench_" + n;
        String drifted = "bench_" + n + "_drifted";
        System.out.printf(Locale.ROOT, "%n=== %,d tables, %,d views, %,d functions%n", n, schema.views(),
                schema.functions());

        double buildSeconds = build(server, schema, database, drifted);
        checkDump(server, pgDump, database, schema);
        List<ReaderUnderTest> measured = new ArrayList<>();
        for (ReaderUnderTest reader : readers) {
            if (n <= reader.maxTables()) {
                measured.add(reader);
            } else {
                System.out.printf(Locale.ROOT, "%s: not run above %,d tables (bench.crawler*MaxTables)%n",
                        reader.label(), reader.maxTables());
            }
        }
        CatalogCensus expected = CatalogCensus.expected(schema);
        Map<String, CaptureFigures> captures = new LinkedHashMap<>();
        long before = HeapProbe.settledBytes();
        for (ReaderUnderTest reader : measured) {
            CaptureFigures figures = series(server, pgDump, database, reader, expected, before);
            captures.put(reader.label(), figures);
            if (figures.succeeded()) {
                System.out.printf(Locale.ROOT, "%s: median %.3f s, runs %s; pg_dump --schema-only median %.3f s, runs %s:"
                        + " %.2fx pg_dump; peak heap %.0f MiB of %.0f, %d GCs; catalog retains %.1f MiB,"
                        + " reader leaves %.1f MiB reachable after it%n",
                        reader.label(), figures.medianSeconds(), format(figures.samples()), figures.pgDumpSeconds(),
                        format(figures.pgDumpSamples()), figures.medianSeconds() / figures.pgDumpSeconds(),
                        figures.peakHeapMiB(), HeapProbe.maxHeapMiB(), figures.collections(), figures.retainedMiB(),
                        figures.leftBehindMiB());
            } else {
                System.out.println(reader.label() + ": " + figures.failure());
            }
        }
        CaptureFigures primary = captures.get(ResultTable.PRIMARY);
        double pgDumpSeconds = primary != null && primary.succeeded() ? primary.pgDumpSeconds() : Double.NaN;

        double diffSeconds = Double.NaN;
        int differences = -1;
        EngineCompare.Figures compare = null;
        if (primary != null && primary.succeeded()) {
            DiffFigures diff = timeDiff(server, database, drifted);
            diffSeconds = diff.medianSeconds();
            differences = diff.differences();
            compare = EngineCompare.measure(server, pgDump, database, drifted, differences, settings.warmups(),
                    settings.runs());
        }

        server.execute("postgres", "DROP DATABASE " + drifted);
        server.execute("postgres", "DROP DATABASE " + database);
        return new SizeResult(n, buildSeconds, pgDumpSeconds, captures, diffSeconds, differences, compare);
    }

    /** Builds the schema in {@code database} and a copy with {@link SyntheticSchema#drift()} applied; returns the build time. */
    private static double build(BenchmarkServer server, SyntheticSchema schema, String database, String drifted)
            throws SQLException {
        long start = System.nanoTime();
        server.execute("postgres", "CREATE DATABASE " + database);
        try (Connection connection = server.connect(database)) {
            schema.create(connection);
        }
        server.execute(database, "VACUUM ANALYZE");
        double buildSeconds = (System.nanoTime() - start) / 1e9;
        server.execute("postgres", "CREATE DATABASE " + drifted + " TEMPLATE " + database);
        server.execute(drifted, SyntheticSchema.drift());
        server.execute(drifted, "VACUUM ANALYZE");
        System.out.printf(Locale.ROOT, "schema built in %.1f s (plus a drifted copy for the diff)%n", buildSeconds);
        return buildSeconds;
    }

    private static void checkDump(BenchmarkServer server, PgDump pgDump, String database, SyntheticSchema schema)
            throws IOException, InterruptedException {
        PgDump.DumpCensus census = pgDump.census(server.port(), database);
        if (census.tables() != schema.tables() || census.views() != schema.views()
                || census.functions() != schema.functions()) {
            throw new IllegalStateException("pg_dump of " + database + " holds " + census + ", expected "
                    + schema + ": the benchmark database is not what was built");
        }
        System.out.printf(Locale.ROOT, "pg_dump census: %s%n", census);
    }

    /**
     * One reader's series at one size: warm-up and timed rounds, each a whole {@code pg_dump} process
     * then one capture. Interleaving them makes the ratio compare runs made under the same load, which
     * drifts on a shared machine. {@code before} is the heap in use before the first capture at this size.
     */
    private CaptureFigures series(BenchmarkServer server, PgDump pgDump, String database, ReaderUnderTest under,
            CatalogCensus expected, long before) throws SQLException, IOException, InterruptedException {
        CaptureSeries series = new CaptureSeries();
        for (int round = -settings.warmups(); round < settings.runs() && !series.failed(); round++) {
            boolean timed = round >= 0;
            long dumpNanos = pgDump.dump(server.port(), database, Path.of("/dev/null"));
            if (timed) {
                series.addDump(dumpNanos);
            }
            capture(server, database, under, expected, series, timed, before);
        }
        return series.figures();
    }

    /**
     * One capture, checked for its object counts; if {@code timed}, measured and added to
     * {@code series}. {@code before} is the heap in use before the first capture at this size.
     */
    private static void capture(BenchmarkServer server, String database, ReaderUnderTest under,
            CatalogCensus expected, CaptureSeries series, boolean timed, long before) throws SQLException {
        CatalogReader reader = under.factory().get();
        try {
            if (!timed) {
                try (Connection connection = server.connectReadOnly(database)) {
                    CatalogCensus.check(under.label(), expected,
                            CatalogCensus.of(reader.read(connection, CaptureOptions.defaults())));
                }
                return;
            }
            MeasuredCapture.of(() -> server.connectReadOnly(database),
                    connection -> reader.read(connection, CaptureOptions.defaults()),
                    catalog -> CatalogCensus.check(under.label(), expected, CatalogCensus.of(catalog)))
                    .addTo(series, before);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (!outOfMemory(e)) {
                throw e;
            }
            series.fail("OutOfMemoryError at -Xmx" + Math.round(HeapProbe.maxHeapMiB()) + "m");
        }
    }

    /** Whether {@code e} is, or was caused by, running out of heap (libraries wrap it in their own exceptions). */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Median diff time and difference count. */
    private record DiffFigures(double medianSeconds, int differences) {
    }

    private DiffFigures timeDiff(BenchmarkServer server, String database, String drifted) throws SQLException {
        PgCatalogReader reader = new PgCatalogReader();
        Catalog expected;
        Catalog again;
        Catalog actual;
        try (Connection connection = server.connectReadOnly(database)) {
            expected = reader.read(connection, CaptureOptions.defaults());
            again = reader.read(connection, CaptureOptions.defaults());
        }
        try (Connection connection = server.connectReadOnly(drifted)) {
            actual = reader.read(connection, CaptureOptions.defaults());
        }
        CatalogDiffer differ = new CatalogDiffer(DiffOptions.defaults());

        List<Difference> self = differ.diff(expected, again);
        if (!self.isEmpty()) {
            System.out.println("WARNING: two captures of the same database differ in " + self.size()
                    + " places (reader or differ not deterministic), e.g. " + self.subList(0, Math.min(3, self.size())));
        }
        List<Difference> differences = differ.diff(expected, actual);
        if (differences.size() < SyntheticSchema.driftCount()) {
            throw new IllegalStateException("diff found " + differences.size() + " differences between " + database
                    + " and " + drifted + ", expected at least " + SyntheticSchema.driftCount() + ": " + differences);
        }
        for (int i = 0; i < settings.warmups(); i++) {
            differ.diff(expected, actual);
        }
        Samples samples = new Samples();
        for (int i = 0; i < settings.diffRuns(); i++) {
            long start = System.nanoTime();
            List<Difference> result = differ.diff(expected, actual);
            samples.add(System.nanoTime() - start);
            if (result.size() != differences.size()) {
                throw new IllegalStateException("diff is not deterministic: " + result.size() + " vs "
                        + differences.size() + " differences");
            }
        }
        System.out.printf(Locale.ROOT, "CatalogDiffer: median %.3f s, runs %s, %d differences from the drift: %s%n",
                samples.median(), format(samples.all()), differences.size(), differences.subList(0, Math.min(20, differences.size())));
        return new DiffFigures(samples.median(), differences.size());
    }

    private String environment(String serverVersion, PgDump pgDump) throws IOException {
        return String.format(Locale.ROOT, """
                Capture benchmark, %s
                machine: %d cores, %s %s, load average at start %s
                JVM: %s %s, max heap %.0f MiB
                PostgreSQL server %s (embedded, loopback); %s = pg_dump %d
                settings: %s""",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), loadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HeapProbe.maxHeapMiB(), serverVersion, pgDump.executable(),
                pgDump.major(), settings);
    }

    /** The 1, 5 and 15 minute load averages: on a shared machine they say how noisy the figures are. */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return "unknown";
        }
        String[] fields = Files.readString(loadavg).trim().split("\\s+");
        return fields[0] + " " + fields[1] + " " + fields[2];
    }

    private void writeReport(String text) throws IOException {
        if (settings.report() != null) {
            Files.createDirectories(settings.report().toAbsolutePath().getParent());
            Files.writeString(settings.report(), text);
            System.out.println("Written to " + settings.report());
        }
    }

    private static String format(List<Double> seconds) {
        return "[" + ResultTable.list(seconds) + "]";
    }
}
