package io.github.schemaparity.engine;

import io.github.schemaparity.model.Catalog;
import java.util.Objects;

/**
 * The outcome of a {@link LiveCandidate} comparison: the check's result and the two captured models,
 * for front ends that hand them to their users (a test asserting on a table of the candidate).
 *
 * @param result    the judged comparison and the report written
 * @param candidate the catalog built from the migrations (expected)
 * @param reference the reference's catalog (actual)
 */
public record CandidateComparison(CheckResult result, Catalog candidate, Catalog reference) {
    public CandidateComparison {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reference, "reference");
    }
}
