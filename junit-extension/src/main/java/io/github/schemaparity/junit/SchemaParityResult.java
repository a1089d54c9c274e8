package io.github.schemaparity.junit;

import io.github.schemaparity.engine.CandidateComparison;
import io.github.schemaparity.engine.ParityResult;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Verdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The comparison of the migrated candidate with production, as a test sees it: the verdict, every
 * difference the policy judged, the report written, and the two captured models. Injected into test
 * methods of a {@link SchemaParity} class, and returned by {@link SchemaParityCheck}.
 */
public final class SchemaParityResult {
    private final ParityResult parity;
    private final CapturedCatalog candidate;
    private final CapturedCatalog reference;
    private final String message;

    SchemaParityResult(CandidateComparison comparison, Path projectDir) {
        Objects.requireNonNull(comparison, "comparison");
        this.parity = comparison.result().parity();
        this.candidate = CapturedCatalog.of(comparison.candidate());
        this.reference = CapturedCatalog.of(comparison.reference());
        this.message = FailureMessage.of(parity, projectDir);
    }

    /** PASS when the policy allows every difference. */
    public Verdict verdict() {
        return parity.verdict();
    }

    /** Whether the policy allows every difference. */
    public boolean passed() {
        return parity.passed();
    }

    /** Every difference found, allowed or not, as the policy judged it. */
    public List<AssessedDifference> differences() {
        return parity.report().assessment().differences();
    }

    /** The differences the policy does not allow. */
    public List<AssessedDifference> failing() {
        return differences().stream().filter(d -> !d.allowed()).toList();
    }

    /** The {@code report.json} written. */
    public Path reportFile() {
        return parity.reportFile();
    }

    /** Things to look at that did not fail the comparison, e.g. different major versions. */
    public List<String> warnings() {
        return parity.warnings();
    }

    /** The catalog built from the migrations (the expected side), as captured right after migrating. */
    public CapturedCatalog candidate() {
        return candidate;
    }

    /** Production's catalog (the actual side). */
    public CapturedCatalog reference() {
        return reference;
    }

    /** How production was read: {@code snapshot} (a snapshot file) or {@code jdbc} (a live replica). */
    public String referenceSource() {
        return parity.report().actual().source();
    }

    /**
     * What a failing class says: a first line with the count and the report, then one line per
     * difference not allowed, object path first. On PASS, the one-line summary.
     */
    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return "SchemaParityResult[" + verdict() + ", " + differences().size() + " differences, " + failing().size()
                + " failing]";
    }
}
