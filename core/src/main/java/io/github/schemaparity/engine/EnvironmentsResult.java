package io.github.schemaparity.engine;

import io.github.schemaparity.report.EnvironmentMatrix;
import java.nio.file.Path;
import java.util.Map;

/**
 * The outcome of a several-environment {@link ParityEngine#check(CandidateConfig, JudgingConfig, java.util.List) check}.
 *
 * @param matrix          every environment's row, their comparisons with each other
 * @param checks          each environment's check, by name, in the order configured
 * @param candidateBuilds how many candidates were built in a database (the others came from the cache or
 *                        were reused within the run)
 * @param reportFile      the matrix's {@code report.json}
 */
public record EnvironmentsResult(EnvironmentMatrix matrix, Map<String, CheckResult> checks, int candidateBuilds,
        Path reportFile) {
    public EnvironmentsResult {
        checks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(checks));
    }

    /** Whether every environment passed. */
    public boolean passed() {
        return matrix.passed();
    }

    /** The line a front end fails with, naming each failed environment; {@code null} when all passed. */
    public String failureMessage() {
        String message = matrix.failureMessage();
        return message == null ? null : message + " (see " + reportFile + ")";
    }
}
