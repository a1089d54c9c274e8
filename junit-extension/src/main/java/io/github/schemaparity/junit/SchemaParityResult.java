package io.github.schemaparity.junit;

import io.github.schemaparity.engine.CandidateComparison;
import io.github.schemaparity.engine.CheckResult;
import io.github.schemaparity.model.Catalog;
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
    private final CheckResult check;
    private final Catalog candidate;
    private final Catalog reference;
    private final String message;

    SchemaParityResult(CandidateComparison comparison, Path projectDir) {
        Objects.requireNonNull(comparison, "comparison");
        this.check = comparison.result();
        this.candidate = comparison.candidate();
        this.reference = comparison.reference();
        this.message = FailureMessage.of(check.parity(), projectDir);
    }

    /** PASS when the policy allows every difference. */
    public Verdict verdict() {
        return check.verdict();
    }

    /** Whether the policy allows every difference. */
    public boolean passed() {
        return check.passed();
    }

    /** Every difference found, allowed or not, as the policy judged it. */
    public List<AssessedDifference> differences() {
        return check.parity().report().assessment().differences();
    }

    /** The differences the policy does not allow. */
    public List<AssessedDifference> failing() {
        return differences().stream().filter(d -> !d.allowed()).toList();
    }

    /** The {@code report.json} written. */
    public Path reportFile() {
        return check.reportFile();
    }

    /** Things to look at that did not fail the comparison, e.g. different major versions. */
    public List<String> warnings() {
        return check.parity().warnings();
    }

    /** The catalog built from the migrations (the expected side), as captured right after migrating. */
    public Catalog candidate() {
        return candidate;
    }

    /** Production's catalog (the actual side). */
    public Catalog reference() {
        return reference;
    }

    /** The engine's full result, for what this class does not surface. */
    public CheckResult checkResult() {
        return check;
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
