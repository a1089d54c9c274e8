package io.github.schemaparity.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, read from {@code bench.*} system properties (the module's POM
 * passes its Maven properties of the same names).
 *
 * @param tableCounts      schema sizes to measure, e.g. 1,000 and 5,000 tables
 * @param warmups          untimed runs before each timed series
 * @param runs             timed capture and pg_dump runs per size (the median is reported)
 * @param diffRuns         timed diff runs per size (the median is reported)
 * @param crawlerMaxTables largest size at which the SchemaCrawler reader is measured (it is slow)
 * @param crawlerDictionaryMaxTables largest size at which the SchemaCrawler reader with data-dictionary
 *                         retrieval is measured
 * @param pgDump           the pg_dump executable, or {@code auto} to look for PostgreSQL 15's
 * @param report           file the Markdown result table is also written to, or {@code null}
 */
public record BenchmarkSettings(List<Integer> tableCounts, int warmups, int runs, int diffRuns, int crawlerMaxTables,
        int crawlerDictionaryMaxTables, String pgDump, Path report) {

    /** Settings from the system properties, with the defaults of the module's POM. */
    public static BenchmarkSettings fromSystemProperties() {
        List<Integer> tables = Arrays.stream(System.getProperty("bench.tables", "1000,5000").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(s -> positive("bench.tables", s)).toList();
        String report = System.getProperty("bench.report");
        return new BenchmarkSettings(tables,
                nonNegative("bench.warmups", System.getProperty("bench.warmups", "1")),
                positive("bench.runs", System.getProperty("bench.runs", "3")),
                positive("bench.diffRuns", System.getProperty("bench.diffRuns", "5")),
                nonNegative("bench.crawlerMaxTables", System.getProperty("bench.crawlerMaxTables", "1000")),
                nonNegative("bench.crawlerDictionaryMaxTables",
                        System.getProperty("bench.crawlerDictionaryMaxTables", "5000")),
                System.getProperty("bench.pgDump", "auto"),
                report == null || report.isBlank() ? null : Path.of(report));
    }

    private static int positive(String property, String value) {
        int n = nonNegative(property, value);
        if (n == 0) {
            throw new IllegalArgumentException(property + " must be positive, got 0");
        }
        return n;
    }

    private static int nonNegative(String property, String value) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " must be a whole number >= 0, got '" + value + "'");
        }
    }
}
