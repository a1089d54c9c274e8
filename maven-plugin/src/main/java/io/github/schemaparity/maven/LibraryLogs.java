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
            "org.flywaydb", "liquibase", "ch.vorburger");
    /**
     * Loggers whose warnings and errors SchemaParity reports itself, in one line: Testcontainers' Docker
     * discovery (the Docker check names what it looked at and the provider chosen instead) and the MariaDB
     * driver, which logs every SQL error it returns (SchemaParity handles them, e.g. the event scheduler
     * an embedded server runs without) at WARN. And Flyway's errors about a migration that failed or was cut
     * off, each with a stack trace: they are about the throwaway candidate, whose failure SchemaParity names in
     * one line, and "Please restore backups" would send a reader to production's.
     */
    private static final Map<String, String> SILENT = Map.of("org.testcontainers.dockerclient", "off",
            "org.mariadb.jdbc", "off",
            "org.flywaydb.core.internal.command.DbMigrate", "off",
            "org.flywaydb.core.internal.jdbc.TransactionalExecutionTemplate", "off",
            "org.flywaydb.database.mysql.MySQLNamedLockTemplate", "off",
            "org.flywaydb.database.postgresql.PostgreSQLAdvisoryLockTemplate", "off");

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
            logs.quiet(name, "warn", Level.WARNING);
        }
        SILENT.forEach((name, level) -> logs.quiet(name, level, Level.OFF));
        return logs;
    }

    private void quiet(String name, String simpleLevel, Level julLevel) {
        String property = SIMPLE_LOGGER + name;
        if (System.getProperty(property) == null) {
            System.setProperty(property, simpleLevel);
            setProperties.put(property, simpleLevel);
        }
        Logger logger = Logger.getLogger(name);
        julLevels.put(logger, logger.getLevel());
        logger.setLevel(julLevel);
    }

    /** The SLF4J simple-logger level set for a logger while quiet, or {@code null}; for tests. */
    String levelSetFor(String name) {
        return setProperties.get(SIMPLE_LOGGER + name);
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
