package io.github.schemaparity.benchmark;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.engine.ParityConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.engine.Tenants;
import io.github.schemaparity.engine.TenantsResult;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.model.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multi-tenant scale (issue 16): one PostgreSQL database of {@code bench.tenants} schemas x
 * {@code bench.tenantTables} tables ({@link TenantsSchema}, 50,000 tables by default), three tenants drifted.
 * Each round runs, interleaved so that all three see the same load: {@code pg_dump --schema-only} of the whole
 * database (a whole process), a {@link PgCatalogReader} capture of it in this JVM (timed, peak heap), and the
 * tenant comparison of every tenant against the reference tenant through {@link ParityEngine#compareTenants}
 * (timed end to end: both captures, the copies of the reference, diff, policy, reports). Prints medians and
 * the ratios capture / pg_dump and comparison / capture.
 *
 * <p>Runs against a PostgreSQL server given by {@code bench.tenants.server} ({@code host:port}, superuser
 * {@code postgres}, trust login), not the embedded one: 50,000 tables take a server with
 * {@code max_locks_per_transaction} raised for {@code pg_dump}, which locks every table in one transaction.
 * It fails when the capture or the comparison is wrong (object counts, drifted tenants), never on a timing.
 */
public final class TenantsBenchmark {
    private final String server;
    private final String database;
    private final TenantsSchema schema;
    private final int runs;
    private final int warmups;
    private final boolean keep;
    private final Path reportDir;

    private TenantsBenchmark(String server, String database, TenantsSchema schema, int runs, int warmups,
            boolean keep, Path reportDir) {
        this.server = server;
        this.database = database;
        this.schema = schema;
        this.runs = runs;
        this.warmups = warmups;
        this.keep = keep;
        this.reportDir = reportDir;
    }

    /** Runs with the {@code bench.*} system properties and exits 0, or 1 when the benchmark itself failed. */
    public static void main(String[] args) {
        int status = 0;
        try {
            String database = System.getProperty("bench.tenants.database", "scale_tenants");
            if (!database.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("bench.tenants.database must be a plain lower-case name, got " + database);
            }
            new TenantsBenchmark(System.getProperty("bench.tenants.server", "localhost:55416"), database,
                    new TenantsSchema(Integer.getInteger("bench.tenants", 1000), Integer.getInteger("bench.tenantTables", 50)),
                    Integer.getInteger("bench.runs", 3), Integer.getInteger("bench.warmups", 1),
                    Boolean.getBoolean("bench.tenants.keep"),
                    Path.of(System.getProperty("bench.tenants.reportDir", "target/tenants-benchmark"))).run();
        } catch (Exception | Error e) {
            System.out.println();
            System.out.println("BENCHMARK FAILED: " + e);
            e.printStackTrace(System.out);
            status = 1;
        }
        System.exit(status);
    }

    private void run() throws Exception {
        PgDump pgDump = PgDump.locate(System.getProperty("bench.pgDump", "auto"), 15);
        System.out.printf(Locale.ROOT, "Tenants benchmark, %s%nmachine: %d cores, load average at start %s%n"
                        + "JVM: %s %s, max heap %.0f MiB%nserver %s (%s), database %s; %s = pg_dump %d%n"
                        + "%d tenants x %d tables, runs %d (+%d warm-up)%n",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                Load.now(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                HeapProbe.maxHeapMiB(), server, serverFacts(), database, pgDump.executable(), pgDump.major(),
                schema.tenants(), schema.tables(), runs, warmups);
        boolean built = prepare();
        try {
            PgDump.DumpCensus census = pgDump.census(port(), database);
            if (census.tables() != schema.totalTables()) {
                throw new IllegalStateException("pg_dump of " + database + " holds " + census.tables()
                        + " tables, expected " + schema.totalTables() + ": not the database that was built");
            }
            System.out.printf(Locale.ROOT, "pg_dump census: %s%n", census);
            List<Round> rounds = new ArrayList<>();
            for (int round = -warmups; round < runs; round++) {
                Round measured = round(pgDump, round < 0);
                System.out.println((round < 0 ? "warm-up " : "round ") + measured);
                if (round >= 0) {
                    rounds.add(measured);
                }
            }
            System.out.println();
            System.out.println(Round.table(schema, rounds, HeapProbe.maxHeapMiB()));
            System.out.println("load average at end " + Load.now());
        } finally {
            if (built && !keep) {
                execute("postgres", "DROP DATABASE " + database);
            }
        }
    }

    /** Builds the database unless {@code bench.tenants.keep} reuses one already there; returns whether it built it. */
    private boolean prepare() throws SQLException {
        boolean exists;
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            exists = rs.next();
        }
        if (exists && keep) {
            System.out.println("reusing database " + database + " (bench.tenants.keep)");
            return false;
        }
        if (exists) {
            execute("postgres", "DROP DATABASE " + database);
        }
        long start = System.nanoTime();
        execute("postgres", "CREATE DATABASE " + database);
        try (Connection connection = connect(database)) {
            schema.create(connection);
        }
        execute(database, schema.drift());
        // The catalog queries of both pg_dump and the capture are planned on the catalogs' statistics.
        execute(database, "VACUUM ANALYZE pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_index,"
                + " pg_catalog.pg_constraint, pg_catalog.pg_depend, pg_catalog.pg_type, pg_catalog.pg_attrdef,"
                + " pg_catalog.pg_namespace, pg_catalog.pg_description");
        System.out.printf(Locale.ROOT, "built %s in %.0f s%n", database, (System.nanoTime() - start) / 1e9);
        return true;
    }

    /** One round: pg_dump, then a capture, then the tenant comparison, each under the same load. */
    private Round round(PgDump pgDump, boolean warmUp) throws Exception {
        String load = Load.now();
        long dumpNanos = pgDump.dump(port(), database, Path.of("/dev/null"));

        MeasuredCapture capture = MeasuredCapture.of(() -> {
            Connection connection = connect(database);
            connection.setReadOnly(true);
            return connection;
        }, connection -> new PgCatalogReader().read(connection, CaptureOptions.defaults()), this::check);

        TimedLog log = new TimedLog();
        String url = "jdbc:postgresql://" + server + "/" + database + "?user=postgres";
        HeapProbe probe = new HeapProbe();
        probe.start();
        long start = System.nanoTime();
        TenantsResult result = new ParityEngine(log).compareTenants(ParityConfig.builder().expected(url).actual(url)
                        .judging(j -> j.reportDir(reportDir)).build(),
                Tenants.matching("tenant_*").against(schema.reference()));
        long compareNanos = System.nanoTime() - start;
        double comparePeak = probe.peakMiB();
        long collections = probe.collectionsSinceStart();
        if (warmUp) {
            log.lines().forEach(line -> System.out.println("  " + line));
            result.parity().consoleLines().stream().limit(5).forEach(line -> System.out.println("  console: " + line));
        }
        check(result);
        return new Round(load, dumpNanos / 1e9, capture.nanos() / 1e9, capture.peakMiB(), capture.retainedMiB(),
                compareNanos / 1e9, comparePeak, collections);
    }

    /** The capture must hold what was built: its object counts, the tenants' schemas and public. */
    private void check(Catalog catalog) {
        CatalogCensus.check("PgCatalogReader", schema.census(), CatalogCensus.of(catalog));
        int schemas = catalog.schemas().size();
        if (schemas != schema.tenants() + 1) {
            throw new IllegalStateException("capture holds " + schemas + " schemas, expected " + (schema.tenants() + 1)
                    + " (the tenants and public)");
        }
    }

    /** The comparison must see every tenant but the reference, and name exactly the three drifted ones. */
    private void check(TenantsResult result) {
        if (result.tenants().size() != schema.tenants() - 1 || !result.driftedTenants().equals(schema.drifted())
                || !result.failingTenants().equals(schema.drifted())) {
            throw new IllegalStateException("tenant comparison compared " + result.tenants().size() + " tenants,"
                    + " drifted " + result.driftedTenants() + ", failing " + result.failingTenants() + "; expected "
                    + (schema.tenants() - 1) + " tenants, drifted and failing " + schema.drifted());
        }
    }

    private String serverFacts() throws SQLException {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT current_setting('server_version'),"
                        + " current_setting('max_locks_per_transaction'), current_setting('shared_buffers')")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + ", max_locks_per_transaction " + rs.getString(2)
                    + ", shared_buffers " + rs.getString(3);
        }
    }

    private int port() {
        int colon = server.lastIndexOf(':');
        return colon < 0 ? 5432 : Integer.parseInt(server.substring(colon + 1));
    }

    private Connection connect(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + server + "/" + db, "postgres", "");
    }

    private void execute(String db, String sql) throws SQLException {
        try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The engine's log lines, each with the milliseconds since the comparison started: where its time goes. */
    private static final class TimedLog implements ParityLog {
        private final long start = System.nanoTime();
        private final List<String> lines = new ArrayList<>();

        @Override
        public void info(String line) {
            add("INFO", line);
        }

        @Override
        public void warn(String line) {
            add("WARN", line);
        }

        @Override
        public void error(String line) {
            add("ERROR", line);
        }

        private synchronized void add(String level, String line) {
            lines.add(String.format(Locale.ROOT, "+%6d ms %s %s", (System.nanoTime() - start) / 1_000_000, level,
                    line.length() > 300 ? line.substring(0, 300) + "..." : line));
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }
    }

    /** The load averages from {@code /proc/loadavg}: on a shared machine they say how noisy a figure is. */
    static final class Load {
        private Load() {
        }

        static String now() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
