package io.github.schemaparity.maven;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' own INFO chatter (initdb's output, Testcontainers' setup, Flyway's and
 * Liquibase's steps) out of the build log while a goal runs: SchemaParity logs one line per step
 * itself. With {@code -X} everything shows. Warnings and errors always show.
 *
 * <p>Through SLF4J (Maven's simple logger reads a logger's level from a system property when the
 * logger is first created, so the properties are set only while the goal runs and only where the user
 * set none) and through {@code java.util.logging}, which Flyway and Liquibase fall back to.
 */
final class LibraryLogs implements AutoCloseable {
    private static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";
    private static final List<String> CHATTY = List.of("io.zonky", "org.testcontainers", "tc", "com.github.dockerjava",
            "org.flywaydb", "liquibase");

    private final Map<String, String> setProperties = new HashMap<>();
    /** Strong references: java.util.logging forgets a logger's level once nothing holds the logger. */
    private final Map<Logger, Level> julLevels = new LinkedHashMap<>();

    private LibraryLogs() {
    }

    /** Quiets the libraries until {@link #close()}; does nothing when {@code debug}. */
    static LibraryLogs quiet(boolean debug) {
        LibraryLogs logs = new LibraryLogs();
        if (debug) {
            return logs;
        }
        for (String name : CHATTY) {
            String property = SIMPLE_LOGGER + name;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
                logs.setProperties.put(property, "warn");
            }
            Logger logger = Logger.getLogger(name);
            logs.julLevels.put(logger, logger.getLevel());
            logger.setLevel(Level.WARNING);
        }
        return logs;
    }

    @Override
    public void close() {
        setProperties.forEach((property, value) -> {
            if (value.equals(System.getProperty(property))) {
                System.clearProperty(property);
            }
        });
        julLevels.forEach(Logger::setLevel);
    }
}
