package io.github.schemaparity.policy;

import io.github.schemaparity.baseline.BaselineEntry;
import java.util.Objects;

/**
 * The baseline entry that names a difference, and what became of it.
 *
 * @param entry  the entry, with its reason, owner and expiry
 * @param status whether it accepted the difference
 */
public record Acknowledgement(BaselineEntry entry, Status status) {

    /** What a matching baseline entry did. */
    public enum Status {
        /** The entry accepts the difference: it does not fail. */
        ACKNOWLEDGED,
        /** The entry ran out: the difference is judged as if it were not there, and the message says so. */
        EXPIRED,
        /** A deny rule selects the difference; deny rules beat the baseline. */
        DENIED
    }

    public Acknowledgement {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(status, "status");
    }
}
