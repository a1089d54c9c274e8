package io.github.schemaparity.policy;

/** The outcome of a comparison under a policy. */
public enum Verdict {
    /** Every difference is allowed (or there is none). */
    PASS,
    /** At least one difference is not allowed. */
    FAIL
}
