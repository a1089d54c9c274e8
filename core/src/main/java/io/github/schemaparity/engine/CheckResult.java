package io.github.schemaparity.engine;

import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.policy.Verdict;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The outcome of {@link ParityEngine#check}.
 *
 * @param parity    the comparison of the candidate (expected) with the reference (actual)
 * @param fromCache whether the candidate's catalog came from the cache (no database was started)
 * @param cacheKey  the first characters of the candidate's cache key, or empty when the cache was off
 * @param migration what the migration tool applied, or empty when the catalog came from the cache
 */
public record CheckResult(ParityResult parity, boolean fromCache, Optional<String> cacheKey,
        Optional<MigrationResult> migration) {

    /** PASS when every difference is allowed by the policy. */
    public Verdict verdict() {
        return parity.verdict();
    }

    /** Whether the check passed. */
    public boolean passed() {
        return parity.passed();
    }

    /** The {@code report.json} written. */
    public Path reportFile() {
        return parity.reportFile();
    }

    /** The one line a front end fails with; see {@link ParityResult#failureMessage(Path)}. */
    public String failureMessage(Path base) {
        return parity.failureMessage(base);
    }
}
