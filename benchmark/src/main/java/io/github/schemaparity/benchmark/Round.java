package io.github.schemaparity.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One round of the tenants benchmark: a {@code pg_dump}, a capture and a tenant comparison run back to back.
 *
 * @param load          the load averages (1, 5, 15 min) when the round started
 * @param dumpSeconds   {@code pg_dump --schema-only} of the whole database, the whole process
 * @param captureSeconds {@code PgCatalogReader} capture of the whole database, in process
 * @param capturePeakMiB sum of the heap pools' peaks over the capture
 * @param retainedMiB   heap the captured catalog retains
 * @param compareSeconds the tenant comparison through the engine, end to end
 * @param comparePeakMiB sum of the heap pools' peaks over the comparison
 * @param compareGcs    garbage collections during the comparison
 */
record Round(String load, double dumpSeconds, double captureSeconds, double capturePeakMiB, double retainedMiB,
        double compareSeconds, double comparePeakMiB, long compareGcs) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "load %s: pg_dump %.2f s, capture %.2f s (%.2fx pg_dump, peak %.0f MiB,"
                        + " retains %.0f MiB), tenant comparison %.2f s (%.2fx capture, peak %.0f MiB, %d GCs)",
                load, dumpSeconds, captureSeconds, captureSeconds / dumpSeconds, capturePeakMiB, retainedMiB,
                compareSeconds, compareSeconds / captureSeconds, comparePeakMiB, compareGcs);
    }

    /** The result table: per-round figures, then medians and the ratios the targets are judged by. */
    static String table(TenantsSchema schema, List<Round> rounds, double maxHeapMiB) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%,d tenants x %d tables = %,d tables, heap limit %.0f MiB%n%n", schema.tenants(), schema.tables(),
                schema.totalTables(), maxHeapMiB));
        out.append("| round | load (1, 5, 15 min) | pg_dump s | capture s | capture / pg_dump | capture peak heap MiB"
                + " | catalog retains MiB | tenant comparison s | comparison / capture | comparison peak heap MiB | GCs |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < rounds.size(); i++) {
            Round r = rounds.get(i);
            out.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2fx | %.0f | %.0f | %.2f | %.2fx | %.0f | %d |%n",
                    i + 1, r.load(), r.dumpSeconds(), r.captureSeconds(), r.captureSeconds() / r.dumpSeconds(),
                    r.capturePeakMiB(), r.retainedMiB(), r.compareSeconds(), r.compareSeconds() / r.captureSeconds(),
                    r.comparePeakMiB(), r.compareGcs()));
        }
        double dump = median(rounds, Round::dumpSeconds);
        double capture = median(rounds, Round::captureSeconds);
        double compare = median(rounds, Round::compareSeconds);
        out.append(String.format(Locale.ROOT, "| median | | %.2f | %.2f | %.2fx | %.0f (max) | %.0f | %.2f | %.2fx | %.0f (max) | |%n",
                dump, capture, median(rounds, r -> r.captureSeconds() / r.dumpSeconds()),
                rounds.stream().mapToDouble(Round::capturePeakMiB).max().orElse(0), median(rounds, Round::retainedMiB),
                compare, median(rounds, r -> r.compareSeconds() / r.captureSeconds()),
                rounds.stream().mapToDouble(Round::comparePeakMiB).max().orElse(0)));
        out.append(String.format(Locale.ROOT, "%nRatios (medians of the per-round ratios): capture / pg_dump %.2fx"
                        + " (target <= 1.0x); tenant comparison / capture %.2fx (target <= 2x); heap limit %.0f MiB"
                        + " (target 512)%n",
                median(rounds, r -> r.captureSeconds() / r.dumpSeconds()),
                median(rounds, r -> r.compareSeconds() / r.captureSeconds()), maxHeapMiB));
        return out.toString();
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        List<Double> values = new ArrayList<>();
        rounds.forEach(r -> values.add(figure.applyAsDouble(r)));
        Collections.sort(values);
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }
}
