package io.github.schemaparity.benchmark;

import java.util.Map;

/**
 * Every figure measured at one schema size.
 *
 * @param tables          number of tables
 * @param buildSeconds    time to build the synthetic schema (not a benchmark figure, for the log)
 * @param pgDumpSeconds   median wall time of the whole pg_dump process, from the primary reader's series
 * @param captures        figures per reader label; a reader not measured at this size is absent
 * @param diffSeconds     median time to diff two captured models, or NaN if not measured
 * @param differences     differences that diff found between the two models
 * @param compare         the in-process compare of both databases through the engine, or null if not measured
 */
record SizeResult(int tables, double buildSeconds, double pgDumpSeconds, Map<String, CaptureFigures> captures,
        double diffSeconds, int differences, EngineCompare.Figures compare) {
}
