package io.github.schemaparity.benchmark;

import java.util.List;
import java.util.Locale;

/** The benchmark's result as a Markdown table, one row per schema size. */
final class ResultTable {
    static final String PRIMARY = "PgCatalogReader";
    static final String CRAWLER = "SchemaCrawler";

    private ResultTable() {
    }

    static String render(List<SizeResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| tables | PgCatalogReader s | pg_dump s | ratio | peak heap MiB | retained MiB | kept MiB | GCs"
                + " | diff s | differences | SchemaCrawler s | SC ratio | SC peak heap MiB | SC retained MiB"
                + " | SC kept MiB |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            CaptureFigures primary = result.captures().get(PRIMARY);
            CaptureFigures crawler = result.captures().get(CRAWLER);
            out.append("| ").append(String.format(Locale.ROOT, "%,d", result.tables()))
                    .append(" | ").append(seconds(primary))
                    .append(" | ").append(number(result.pgDumpSeconds(), 3))
                    .append(" | ").append(ratio(primary))
                    .append(" | ").append(primary == null ? "-" : number(primary.peakHeapMiB(), 0))
                    .append(" | ").append(primary == null ? "-" : number(primary.retainedMiB(), 1))
                    .append(" | ").append(primary == null ? "-" : number(primary.leftBehindMiB(), 1))
                    .append(" | ").append(primary == null || !primary.succeeded() ? "-" : primary.collections())
                    .append(" | ").append(number(result.diffSeconds(), 3))
                    .append(" | ").append(result.differences() < 0 ? "-" : result.differences())
                    .append(" | ").append(seconds(crawler))
                    .append(" | ").append(ratio(crawler))
                    .append(" | ").append(crawler == null ? "-" : number(crawler.peakHeapMiB(), 0))
                    .append(" | ").append(crawler == null ? "-" : number(crawler.retainedMiB(), 1))
                    .append(" | ").append(crawler == null ? "-" : number(crawler.leftBehindMiB(), 1))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String seconds(CaptureFigures figures) {
        if (figures == null) {
            return "not run";
        }
        return figures.succeeded() ? number(figures.medianSeconds(), 3) : "FAILED: " + figures.failure();
    }

    /** Against the pg_dump runs interleaved with this reader's captures. */
    private static String ratio(CaptureFigures figures) {
        if (figures == null || !figures.succeeded()) {
            return "-";
        }
        return number(figures.medianSeconds() / figures.pgDumpSeconds(), 2) + "x";
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
