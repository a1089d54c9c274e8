package io.github.schemaparity.report;

import io.github.schemaparity.policy.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every environment of a several-reference check at a glance: one {@link EnvironmentRow} each, what the
 * environments have in common ({@link #relations()}), and the console table a person reads in seconds.
 *
 * @param rows   the environments, in the order configured
 * @param builds how the candidates were obtained, e.g. {@code 3 candidate builds (0 more from the cache), reused 0 times}
 */
public record EnvironmentMatrix(List<EnvironmentRow> rows, String builds) {
    private static final String[] HEADER = {"environment", "engine", "applied", "pending", "drift", "history", "verdict"};

    public EnvironmentMatrix {
        rows = List.copyOf(rows);
    }

    /** Whether every environment passed. */
    public boolean passed() {
        return rows.stream().allMatch(EnvironmentRow::passed);
    }

    /** The environments that failed, in order. */
    public List<EnvironmentRow> failed() {
        return rows.stream().filter(r -> !r.passed()).toList();
    }

    /**
     * The environments compared with each other: which differ in the same way (the same set of
     * differences, e.g. one hotfix applied to both by hand) and which one alone differs. Nothing when no
     * environment differs.
     */
    public List<String> relations() {
        Map<List<String>, List<String>> bySet = new LinkedHashMap<>();
        for (EnvironmentRow row : rows) {
            List<String> keys = row.driftKeys();
            if (!keys.isEmpty()) {
                bySet.computeIfAbsent(keys, k -> new ArrayList<>()).add(row.name());
            }
        }
        List<String> lines = new ArrayList<>();
        if (bySet.isEmpty() || rows.size() < 2) {
            return lines;
        }
        if (bySet.size() == 1 && bySet.values().iterator().next().size() == 1) {
            var only = bySet.entrySet().iterator().next();
            lines.add("only " + only.getValue().get(0) + " differs: " + summary(only.getKey()));
            return lines;
        }
        for (var entry : bySet.entrySet()) {
            List<String> names = entry.getValue();
            lines.add(names.size() > 1
                    ? and(names) + " differ in the same way: " + summary(entry.getKey())
                    : names.get(0) + " differs on its own: " + summary(entry.getKey()));
        }
        return lines;
    }

    /** The table, the relations, how the candidates were obtained, and the verdict line, each at its level. */
    public List<ConsoleLine> consoleLines() {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (EnvironmentRow row : rows) {
            cells.add(new String[] {row.name(), row.server(), orDash(row.appliedVersion()), pending(row), drift(row),
                    Integer.toString(row.historyProblems()), row.verdict().name()});
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        List<ConsoleLine> lines = new ArrayList<>();
        lines.add(ConsoleLine.info("environments: " + rows.size() + " (" + builds + ")"));
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder("  ");
            for (int i = 0; i < line.length; i++) {
                text.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i] + 2));
            }
            lines.add(ConsoleLine.info(text.toString()));
        }
        referenceLines().forEach(r -> lines.add(ConsoleLine.info(r)));
        relations().forEach(r -> lines.add(ConsoleLine.info(r)));
        for (EnvironmentRow row : failed()) {
            lines.add(new ConsoleLine(ConsoleLine.Level.ERROR, row.name() + " FAIL: " + row.failureReason() + " (see " + row.reportFolder()
                    + "/report.json)"));
        }
        return List.copyOf(lines);
    }

    /**
     * Which database each environment's reference was, as the user gave it: {@code references:}, then one
     * line per environment; empty when no report says.
     */
    public List<String> referenceLines() {
        if (rows.stream().allMatch(r -> r.reference() == null)) {
            return List.of();
        }
        int width = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("references:");
        for (EnvironmentRow row : rows) {
            lines.add("  " + pad(row.name(), width + 2) + (row.reference() == null ? "unknown" : row.reference()));
        }
        return lines;
    }

    /** The line a front end fails with: which environments failed and why. */
    public String failureMessage() {
        List<EnvironmentRow> failed = failed();
        if (failed.isEmpty()) {
            return null;
        }
        return "SchemaParity: " + failed.size() + " of " + rows.size() + " environments failed: " + failed.stream()
                .map(r -> r.name() + " (" + r.failureReason() + ")").collect(Collectors.joining(", "));
    }

    /** E.g. {@code 2 (4, 5)}, or {@code 0}. */
    static String pending(EnvironmentRow row) {
        int count = row.report().pending().size();
        return count == 0 ? "0" : count + " (" + row.firstPending() + ")" + (row.failOnPending() ? " fails" : "");
    }

    /** E.g. {@code 1 (MEDIUM 1)}, or {@code 0}. */
    static String drift(EnvironmentRow row) {
        Map<Severity, Integer> counts = row.driftBySeverity();
        if (counts.isEmpty()) {
            return "0";
        }
        List<String> parts = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Integer n = counts.get(Severity.values()[i]);
            if (n != null) {
                parts.add(Severity.values()[i] + " " + n);
            }
        }
        int failing = row.failing();
        return row.drift().size() + " (" + String.join(", ", parts) + (failing > 0 ? "; " + failing + " failing" : "") + ")";
    }

    static String summary(List<String> keys) {
        int shown = Math.min(keys.size(), 3);
        return String.join("; ", keys.subList(0, shown)) + (keys.size() > shown ? "; and " + (keys.size() - shown)
                + " more" : "");
    }

    private static String and(List<String> names) {
        return names.size() == 2 ? names.get(0) + " and " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
