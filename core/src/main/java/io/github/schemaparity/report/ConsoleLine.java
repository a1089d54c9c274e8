package io.github.schemaparity.report;

import java.util.Objects;

/**
 * One line of the console report with the level a front end logs it at, so no front end has to guess
 * a line's meaning from its position.
 *
 * @param level how the line is logged
 * @param text  the line, without a line terminator
 */
public record ConsoleLine(Level level, String text) {
    /** How a console line is logged. */
    public enum Level {
        /** Verdict, sides, pending migrations: what a passing run prints. */
        INFO,
        /** A difference the policy allows, or a stale baseline entry that does not fail the run. */
        WARN,
        /** A difference (or a strict stale baseline entry) that fails the run. */
        ERROR
    }

    public ConsoleLine {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }

    /** A line logged at INFO. */
    public static ConsoleLine info(String text) {
        return new ConsoleLine(Level.INFO, text);
    }
}
