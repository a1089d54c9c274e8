package io.github.schemaparity.migrate;

import java.sql.SQLException;

/** Pulls the database's own error message out of a tool's exception chain, as one line. */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /**
     * The first line of the first {@link SQLException}'s message in the chain (what the server said,
     * e.g. {@code ERROR: relation "orderz" does not exist}), else of the deepest cause's message.
     * Drivers put detail such as {@code Position: 14} on later lines; it is left to the cause.
     */
    static String message(Throwable failure) {
        Throwable deepest = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && t.getMessage() != null) {
                return firstLine(t.getMessage());
            }
            deepest = t;
        }
        String message = deepest.getMessage() != null ? deepest.getMessage() : failure.getMessage();
        return message != null ? firstLine(message) : deepest.getClass().getSimpleName();
    }

    static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return (newline < 0 ? stripped : stripped.substring(0, newline)).strip();
    }
}
