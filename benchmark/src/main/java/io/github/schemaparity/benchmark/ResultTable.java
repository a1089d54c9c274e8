package io.github.schemaparity.benchmark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's result as Markdown: a summary row per schema size, then a row per reader and size. */
final class ResultTable {
    static final String PRIMARY = "PgCatalogReader";
    static final String CRAWLER = "SchemaCrawler";
    static final String CRAWLER_DICTIONARY = "SchemaCrawler data dictionary";

    private ResultTable() {
    }

    static String render(List<SizeResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| tables | PgCatalogReader s | pg_dump s | ratio | peak heap MiB | retained MiB | diff s"
                + " | SchemaCrawler s | SchemaCrawler data dictionary s |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            CaptureFigures primary = result.captures().get(PRIMARY);
            out.append("| ").append(String.format(Locale.ROOT, "%,d", result.tables()))
                    .append(" | ").append(seconds(primary))
                    .append(" | ").append(primary == null ? "-" : number(primary.pgDumpSeconds(), 3))
                    .append(" | ").append(ratio(primary))
                    .append(" | ").append(primary == null ? "-" : number(primary.peakHeapMiB(), 0))
                    .append(" | ").append(primary == null ? "-" : number(primary.retainedMiB(), 1))
                    .append(" | ").append(number(result.diffSeconds(), 3))
                    .append(" | ").append(seconds(result.captures().get(CRAWLER)))
                    .append(" | ").append(seconds(result.captures().get(CRAWLER_DICTIONARY)))
                    .append(" |\n");
        }
        out.append("\n| tables | reader | capture s | runs s | pg_dump s (interleaved) | ratio | peak heap MiB"
                + " | GCs | retained MiB | kept MiB |\n");
        out.append("|---:|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (SizeResult result : results) {
            for (Map.Entry<String, CaptureFigures> entry : result.captures().entrySet()) {
                CaptureFigures figures = entry.getValue();
                out.append("| ").append(String.format(Locale.ROOT, "%,d", result.tables()))
                        .append(" | ").append(entry.getKey())
                        .append(" | ").append(seconds(figures))
                        .append(" | ").append(list(figures.samples()))
                        .append(" | ").append(number(figures.pgDumpSeconds(), 3))
                        .append(" | ").append(ratio(figures))
                        .append(" | ").append(number(figures.peakHeapMiB(), 0))
                        .append(" | ").append(figures.succeeded() ? String.valueOf(figures.collections()) : "-")
                        .append(" | ").append(number(figures.retainedMiB(), 1))
                        .append(" | ").append(number(figures.leftBehindMiB(), 1))
                        .append(" |\n");
            }
        }
        out.append("\n| tables | compare through the engine s (both sides at once, reports) | runs s"
                + " | pg_dump of one side s (interleaved) | ratio |\n|---:|---:|---|---:|---:|\n");
        for (SizeResult result : results) {
            EngineCompare.Figures compare = result.compare();
            out.append("| ").append(String.format(Locale.ROOT, "%,d", result.tables())).append(" | ");
            if (compare == null) {
                out.append("not run | - | - | - |\n");
            } else {
                out.append(number(compare.medianSeconds(), 3)).append(" | ").append(list(compare.samples()))
                        .append(" | ").append(number(compare.pgDumpSeconds(), 3))
                        .append(" | ").append(number(compare.ratio(), 2)).append("x |\n");
            }
        }
        out.append("\n| tables | diff s | differences found (8 planted) |\n|---:|---:|---:|\n");
        for (SizeResult result : results) {
            out.append("| ").append(String.format(Locale.ROOT, "%,d", result.tables()))
                    .append(" | ").append(number(result.diffSeconds(), 3))
                    .append(" | ").append(result.differences() < 0 ? "-" : result.differences())
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

    static String list(List<Double> seconds) {
        StringBuilder out = new StringBuilder();
        for (double s : seconds) {
            out.append(out.length() > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.3f", s));
        }
        return out.toString();
    }

    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
