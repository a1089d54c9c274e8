package io.github.schemaparity;

/**
 * A problem the user can act on: a bad JDBC URL, an unreachable host, failed authentication, a
 * missing schema, a corrupt snapshot, an engine mismatch. The message is one line that names the
 * thing and the fix, and never contains a password; front ends print it without a stack trace.
 */
public class SchemaParityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A problem described by a one-line, password-free message. */
    public SchemaParityException(String message) {
        super(message);
    }

    /** A problem described by a one-line, password-free message, with its technical cause for {@code -e}. */
    public SchemaParityException(String message, Throwable cause) {
        super(message, cause);
    }
}
