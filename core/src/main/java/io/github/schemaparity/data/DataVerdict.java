package io.github.schemaparity.data;

/** The gate's answer. */
public enum DataVerdict {
    /** Nothing differs, or everything that differs is allowed. */
    PASS,
    /** Something differs that the policy does not allow. */
    FAIL
}
