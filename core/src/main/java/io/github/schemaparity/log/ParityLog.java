package io.github.schemaparity.log;

/**
 * Where the engine reports progress and results; each front end adapts it to its own logging
 * (Maven's {@code Log}, a test's output). Lines are single, human-readable and password-free.
 */
public interface ParityLog {

    /** Progress and summaries. */
    void info(String line);

    /** Something the user should look at that does not fail the run by itself. */
    void warn(String line);

    /** A difference the policy does not allow: the reason the run fails. */
    void error(String line);

    /** A log that drops everything. */
    static ParityLog silent() {
        return new ParityLog() {
            @Override
            public void info(String line) {
            }

            @Override
            public void warn(String line) {
            }

            @Override
            public void error(String line) {
            }
        };
    }
}
