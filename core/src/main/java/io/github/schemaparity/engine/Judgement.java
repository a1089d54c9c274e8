package io.github.schemaparity.engine;

import io.github.schemaparity.fix.FixFiles;
import io.github.schemaparity.report.ParityReport;
import java.util.List;
import java.util.Optional;

/**
 * What {@link Judge} made of two sides, handed to every {@link ReportWriter}.
 *
 * @param report      the assessed comparison (with the pending migrations, if any)
 * @param fixes       the planned fix SQL, or empty when planning it failed
 * @param warnings    things to look at that did not fail the run (e.g. different major versions)
 * @param startNanos  when judging started ({@link System#nanoTime()}), for the JUnit XML report's time
 */
record Judgement(ParityReport report, Optional<FixFiles> fixes, List<String> warnings, long startNanos) {
    Judgement {
        warnings = List.copyOf(warnings);
    }
}
