package io.github.schemaparity.junit;

import io.github.schemaparity.log.ParityLog;

/**
 * The engine's progress lines, on {@link System.Logger} {@value #NAME} (java.util.logging unless the
 * test class path routes it elsewhere, e.g. to SLF4J): the same lines the check goal logs.
 */
final class TestLog implements ParityLog {
    /** The logger name. */
    static final String NAME = "io.github.schemaparity.junit";

    private final System.Logger logger = System.getLogger(NAME);

    @Override
    public void info(String line) {
        logger.log(System.Logger.Level.INFO, line);
    }

    @Override
    public void warn(String line) {
        logger.log(System.Logger.Level.WARNING, line);
    }

    @Override
    public void error(String line) {
        logger.log(System.Logger.Level.ERROR, line);
    }
}
