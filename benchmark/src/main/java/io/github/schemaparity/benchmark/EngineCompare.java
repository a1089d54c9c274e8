package io.github.schemaparity.benchmark;

import io.github.schemaparity.engine.ParityConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.engine.ParityResult;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.log.ParityLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as the goals run it, in process: {@link ParityEngine#compare} of the built database
 * against its drifted copy by URL (both captures at once on their own read-only sessions, the diff, the
 * policy, every report written), each run after one {@code pg_dump --schema-only} of one side, so the
 * ratio compares runs made under the same load. It runs in a warm JVM (the captures before it and a warm-up
 * round), while each {@code pg_dump} is a fresh process; the cold scripts measure the compare's own JVM start.
 */
final class EngineCompare {
    private EngineCompare() {
    }

    /**
     * Medians of the timed runs.
     *
     * @param medianSeconds  the compare, end to end
     * @param pgDumpSeconds  {@code pg_dump} of one side, interleaved
     * @param samples        every timed compare
     * @param differences    differences the compare reported (exactly those the differ found, checked)
     */
    record Figures(double medianSeconds, double pgDumpSeconds, List<Double> samples, int differences) {
        double ratio() {
            return medianSeconds / pgDumpSeconds;
        }
    }

    /**
     * Times the compare; {@code expectedDifferences} is what the differ found between the two captured models
     * (the planted drift), which the compare must report exactly.
     */
    static Figures measure(BenchmarkServer server, PgDump pgDump, String database, String drifted,
            int expectedDifferences, int warmups, int runs) throws IOException, InterruptedException {
        Path reports = Files.createTempDirectory("bench-compare");
        ParityConfig config = ParityConfig.builder()
                .expected(side(server, database)).actual(side(server, drifted))
                .judging(j -> j.reportDir(reports)).build();
        Samples compares = new Samples();
        Samples dumps = new Samples();
        for (int round = -warmups; round < runs; round++) {
            long dumpNanos = pgDump.dump(server.port(), database, Path.of("/dev/null"));
            long start = System.nanoTime();
            ParityResult result = new ParityEngine(ParityLog.silent()).compare(config);
            long nanos = System.nanoTime() - start;
            if (result.passed() || result.differenceCount() != expectedDifferences) {
                throw new IllegalStateException("compare of " + database + " and " + drifted + " reported "
                        + result.differenceCount() + " differences (" + result.verdict() + "), expected "
                        + expectedDifferences + " and a failure: the benchmark measured the wrong thing");
            }
            if (round >= 0) {
                compares.add(nanos);
                dumps.add(dumpNanos);
            }
        }
        deleteTree(reports);
        Figures figures = new Figures(compares.median(), dumps.median(), compares.all(), expectedDifferences);
        System.out.printf(Locale.ROOT, "ParityEngine.compare (both sides at once, reports written): median %.3f s,"
                + " runs [%s]; pg_dump of one side median %.3f s: %.2fx; %d differences%n", figures.medianSeconds(),
                ResultTable.list(figures.samples()), figures.pgDumpSeconds(), figures.ratio(), figures.differences());
        return figures;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Source side(BenchmarkServer server, String database) {
        return new Source.Jdbc(new JdbcSource("jdbc:postgresql://localhost:" + server.port() + "/" + database,
                "postgres", "postgres"));
    }
}
