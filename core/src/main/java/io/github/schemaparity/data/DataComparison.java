package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.SessionDialect;
import io.github.schemaparity.model.Engine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The data comparison itself: compares the rows of two databases of the same engine family and returns a
 * {@link DataResult}. Read-only: every statement is a read inside a read-only snapshot. Front ends call
 * it through {@code engine.DataParity}, which looks up the engine's {@link DataDialect} and sessions and
 * hands them in here (this package never looks an engine up).
 */
public final class DataComparison {
    private final DataDialect dialect;
    private final SessionDialect expectedSession;
    private final SessionDialect actualSession;
    private final DataLog log;

    /**
     * A comparison with the SQL of one engine family.
     *
     * @param dialect         the engine family's data SQL (the expected side's engine)
     * @param expectedSession how read-only sessions are opened on the expected side
     * @param actualSession   how read-only sessions are opened on the actual side (MariaDB beside MySQL
     *                        differs here only)
     * @param log             where progress and notes go
     */
    public DataComparison(DataDialect dialect, SessionDialect expectedSession, SessionDialect actualSession,
            DataLog log) {
        this.dialect = dialect;
        this.expectedSession = expectedSession;
        this.actualSession = actualSession;
        this.log = log;
    }

    /**
     * Compares the two databases.
     *
     * @throws SchemaParityException with a one-line, password-free message when a side cannot be read
     *                               or the configuration does not fit the databases
     */
    public DataResult run(DataParityConfig config) {
        long start = System.nanoTime();
        Engine engine = config.expected().engine();
        // the actual side's halves: as many at once as asked for, each waits for one of the side's sessions
        ExecutorService io = Executors.newCachedThreadPool(daemon("schemaparity-data-io"));
        ExecutorService tables = Executors.newFixedThreadPool(config.tablesAtOnce(), daemon("schemaparity-data"));
        ExecutorService narrowing = null;
        try (Opened opened = open(config, io)) {
            narrowing = Executors.newFixedThreadPool(Math.min(opened.expected.sessions(), opened.actual.sessions()),
                    daemon("schemaparity-data-narrow"));
            SidePair sides = new SidePair(opened.expected, opened.actual, io, narrowing);
            DataDialect dialect = this.dialect.forServers(opened.expected.version(), opened.actual.version());
            SidePair.Both<List<TableShape>> all = sides.both(side -> side.withConnection(
                    "reading the tables", null, c -> dialect.tables(c, config.schemas())));
            java.util.function.Function<TableShape, String> actualName =
                    SchemaMatch.nameOnExpectedSide(all.expected(), all.actual());
            SidePair.Both<List<TableShape>> shapes = new SidePair.Both<>(
                    all.expected().stream().filter(t -> config.selects(t.qualifiedName())).toList(),
                    all.actual().stream().filter(t -> config.selects(actualName.apply(t))).toList());
            checkSelection(config, shapes);
            SchemaMatch match = new SchemaMatch(shapes.expected(), shapes.actual(), config);
            if (!match.notes().isEmpty()) {
                log.info("Schema differs in " + match.notes().size() + " column(s) (compared: the common columns);"
                        + " run schemaparity:compare for the full schema diff");
            }
            List<CompletableFuture<TableResult>> futures = new ArrayList<>();
            for (SchemaMatch.Pair pair : match.pairs()) {
                futures.add(CompletableFuture.supplyAsync(() -> new TableComparer(sides, dialect, pair.expected(),
                        pair.actual(), config, log).compare(), tables));
            }
            List<TableResult> results = new ArrayList<>(match.oneSided());
            for (CompletableFuture<TableResult> future : futures) {
                results.add(join(future));
            }
            results.sort(Comparator.comparing(TableResult::table));
            List<IntegrityFinding> integrity = new ArrayList<>();
            SidePair.Both<List<IntegrityFinding>> found = sides.both(side -> side.withConnection(
                    "running the integrity checks", null, c -> dialect.integrity(c,
                            side == opened.expected ? shapes.expected() : shapes.actual(), side.name())));
            integrity.addAll(found.expected());
            integrity.addAll(found.actual());
            DataResult unjudged = new DataResult(info(engine, opened.expected), info(config.actual().engine(),
                    opened.actual), results, integrity, match.notes(), DataVerdict.PASS,
                    (System.nanoTime() - start) / 1e9);
            return DataPolicy.judge(unjudged, config.rules());
        } finally {
            tables.shutdownNow();
            if (narrowing != null) {
                narrowing.shutdownNow();
            }
            io.shutdownNow();
        }
    }

    private static void checkSelection(DataParityConfig config, SidePair.Both<List<TableShape>> shapes) {
        if (shapes.expected().isEmpty() && shapes.actual().isEmpty()) {
            String schemas = config.schemas().isEmpty() ? "the URL's schema" : "schemas " + config.schemas();
            String filters = config.include().isEmpty() && config.exclude().isEmpty() ? ""
                    : " with include " + config.include() + " and exclude " + config.exclude();
            throw new SchemaParityException("No table to compare in " + schemas + filters
                    + " on either side: check schemaparity.data.include/exclude and the schemas");
        }
        for (String filtered : config.rowFilters().keySet()) {
            boolean known = shapes.expected().stream().anyMatch(t -> t.qualifiedName().equals(filtered));
            if (!known) {
                throw new SchemaParityException("Row filter names " + filtered + ", which is not among the compared"
                        + " tables of the expected side: write it as schema.table: condition");
            }
        }
    }

    private Opened open(DataParityConfig config, ExecutorService io) {
        CompletableFuture<DataSide> actual = CompletableFuture.supplyAsync(
                () -> DataSide.open("actual", config.actual(), dialect, actualSession, config), io);
        DataSide expected;
        try {
            expected = DataSide.open("expected", config.expected(), dialect, expectedSession, config);
        } catch (RuntimeException e) {
            try {
                join(actual).close();
            } catch (RuntimeException ignored) {
                // the expected side's error is the one reported
            }
            throw e;
        }
        try {
            return new Opened(expected, join(actual));
        } catch (RuntimeException e) {
            expected.close();
            throw e;
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static SideInfo info(Engine engine, DataSide side) {
        return new SideInfo("jdbc", engine.name().toLowerCase(java.util.Locale.ROOT), side.version());
    }

    /** Threads that never keep the JVM alive, named for thread dumps. */
    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Both sides, closed together. */
    private record Opened(DataSide expected, DataSide actual) implements AutoCloseable {
        @Override
        public void close() {
            expected.close();
            actual.close();
        }
    }

}
