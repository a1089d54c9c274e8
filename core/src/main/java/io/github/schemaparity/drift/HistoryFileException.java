package io.github.schemaparity.drift;

/** A drift history that cannot be read: missing, or a line that is not a history entry. The message is one line. */
public final class HistoryFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HistoryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
