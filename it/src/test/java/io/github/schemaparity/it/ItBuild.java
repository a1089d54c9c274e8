package io.github.schemaparity.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an integration build left behind, for its {@code verify.groovy}: the build log and the JSON
 * report, with assertions that fail with a message saying what was looked for and what was there.
 */
public final class ItBuild {
    private final File basedir;
    private final String log;

    private ItBuild(File basedir, String log) {
        this.basedir = basedir;
        this.log = log;
    }

    /** Reads {@code build.log} of the project in {@code basedir}. */
    public static ItBuild of(File basedir) throws IOException {
        return new ItBuild(basedir, Files.readString(basedir.toPath().resolve("build.log"), StandardCharsets.UTF_8));
    }

    /**
     * The part of the log written by the n-th Maven invocation (1-based) of an integration build that
     * runs several ({@code invoker.goals.1}, {@code invoker.goals.2}, ...): the invoker appends them all
     * to one {@code build.log}, each starting with Maven's "Scanning for projects..." line.
     */
    public ItBuild invocation(int n) {
        String[] parts = log.split("(?=\\[INFO\\] Scanning for projects\\.\\.\\.)");
        List<String> invocations = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("[INFO] Scanning for projects...")) {
                invocations.add(part);
            }
        }
        if (n < 1 || n > invocations.size()) {
            throw new AssertionError("build.log holds " + invocations.size() + " invocations, not " + n + ":\n" + tail());
        }
        return new ItBuild(basedir, invocations.get(n - 1));
    }

    /** How often the log contains a text. */
    public int count(String text) {
        int count = 0;
        for (int i = log.indexOf(text); i >= 0; i = log.indexOf(text, i + text.length())) {
            count++;
        }
        return count;
    }

    /** The whole build log. */
    public String log() {
        return log;
    }

    /** Asserts that the log contains every given text. */
    public ItBuild logContains(String... texts) {
        for (String text : texts) {
            if (!log.contains(text)) {
                throw new AssertionError("build.log does not contain '" + text + "':\n" + tail());
            }
        }
        return this;
    }

    /** Asserts that the log contains none of the given texts. */
    public ItBuild logLacks(String... texts) {
        for (String text : texts) {
            if (log.contains(text)) {
                throw new AssertionError("build.log contains '" + text + "' but must not:\n" + tail());
            }
        }
        return this;
    }

    /**
     * Asserts the hygiene every build must keep: no password from the test URLs, and no stack trace
     * (a line starting with a tab and "at ") since builds run without -e.
     */
    public ItBuild clean() {
        logLacks(ItDatabases.SECRET);
        for (String line : log.split("\n")) {
            if (line.startsWith("\tat ") || line.contains("Caused by:")) {
                throw new AssertionError("build.log shows a stack trace line: " + line + "\n" + tail());
            }
        }
        return this;
    }

    /**
     * Asserts that the build printed no {@code [ERROR]} and no {@code [WARNING]} line: what a passing
     * build must look like, so that a real warning is never lost among harmless ones.
     */
    public ItBuild noErrorsOrWarnings() {
        List<String> alarms = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.startsWith("[ERROR]") || line.startsWith("[WARNING]") || line.startsWith("WARNING:")
                    || line.startsWith("SLF4J:")) {
                alarms.add(line);
            }
        }
        if (!alarms.isEmpty()) {
            throw new AssertionError("build.log has " + alarms.size() + " ERROR/WARNING lines:\n"
                    + String.join("\n", alarms) + "\n" + tail());
        }
        return this;
    }

    /**
     * Asserts that {@code check} built its candidate itself: the provider line naming the given
     * provider, and the migration line naming the tool and how many migrations it applied.
     *
     * @param provider {@code embedded} or {@code testcontainers}
     * @param tool {@code Flyway}, {@code Liquibase} or {@code SQL folder}
     */
    public ItBuild candidateBuilt(String provider, String tool, int migrations) {
        return logContains("Candidate provider: " + provider + " - ",
                "migrated candidate with " + tool + ": " + migrations + " migrations applied in ");
    }

    /** Asserts that no candidate database was started: no provider chosen, nothing migrated. */
    public ItBuild noCandidateStarted() {
        return logLacks("Candidate provider:", "migrated candidate with", "Embedded PostgreSQL from");
    }

    /** The line Maven prints for the failed goal ({@code [ERROR] Failed to execute goal ...}). */
    public String failureLine() {
        for (String line : log.split("\n")) {
            if (line.startsWith("[ERROR] Failed to execute goal")) {
                return line;
            }
        }
        throw new AssertionError("build.log has no '[ERROR] Failed to execute goal' line:\n" + tail());
    }

    /** Asserts that no report was written at {@code target/schemaparity/report.json}. */
    public ItBuild noReport() {
        if (Files.exists(basedir.toPath().resolve("target/schemaparity/report.json"))) {
            throw new AssertionError("target/schemaparity/report.json exists but must not");
        }
        return this;
    }

    /** Parses {@code target/schemaparity/report.json} (or another report path relative to the project). */
    public JsonNode report(String relativePath) throws IOException {
        Path file = basedir.toPath().resolve(relativePath);
        if (!Files.exists(file)) {
            throw new AssertionError("No report at " + file + "\n" + tail());
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        if (json.contains(ItDatabases.SECRET)) {
            throw new AssertionError(relativePath + " contains the password");
        }
        return new ObjectMapper().readTree(json);
    }

    /** The default report, {@code target/schemaparity/report.json}. */
    public JsonNode report() throws IOException {
        return report("target/schemaparity/report.json");
    }

    /** The differences of a report as {@code OBJECTTYPE object CHANGE attribute} lines, for exact comparisons. */
    public static List<String> differenceKeys(JsonNode report) {
        return keys(report, null);
    }

    /** The keys (as {@link #differenceKeys}) of the differences that fail the build, sorted. */
    public static List<String> failingKeys(JsonNode report) {
        return keys(report, false);
    }

    /** The keys (as {@link #differenceKeys}) of the differences the policy allows, with their reason, sorted. */
    public static List<String> allowedKeys(JsonNode report) {
        return keys(report, true);
    }

    private static List<String> keys(JsonNode report, Boolean allowed) {
        List<String> keys = new ArrayList<>();
        for (JsonNode d : report.get("differences")) {
            if (allowed != null && d.get("allowed").asBoolean() != allowed) {
                continue;
            }
            String reason = Boolean.TRUE.equals(allowed) ? " (" + d.get("reason").asText() + ")" : "";
            keys.add(d.get("objectType").asText() + " " + d.get("object").asText() + " " + d.get("change").asText()
                    + (d.get("attribute").isNull() ? "" : " " + d.get("attribute").asText()) + reason);
        }
        if (allowed != null) {
            keys.sort(null);
        }
        return keys;
    }

    private String tail() {
        String[] lines = log.split("\n");
        StringBuilder out = new StringBuilder("--- last lines of build.log ---\n");
        for (int i = Math.max(0, lines.length - 40); i < lines.length; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }
}
