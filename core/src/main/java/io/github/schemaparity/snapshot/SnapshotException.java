package io.github.schemaparity.snapshot;

/** A snapshot file cannot be read or written; the message names the file and what to do. */
public final class SnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a one-line message. */
    public SnapshotException(String message) {
        super(message);
    }

    /** An error with a one-line message and its cause. */
    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
