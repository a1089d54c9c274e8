package io.github.schemaparity.jdbc;

import java.util.Set;

/**
 * Vendor error codes that {@link JdbcErrors} turns into an actionable line, for engines whose SQLStates
 * are too coarse (MySQL and MariaDB report {@code 42000} for an unknown database and for a syntax error).
 * SQLStates are read for every engine; these codes only add to them.
 *
 * @param unknownDatabase  the database named in the URL does not exist
 * @param statementTimeout the server cancelled a statement after the session's statement timeout
 * @param lockTimeout      a statement gave up waiting for a lock
 * @param accessDenied     the user lacks a privilege the capture needs
 */
public record ErrorCodes(Set<Integer> unknownDatabase, Set<Integer> statementTimeout, Set<Integer> lockTimeout,
        Set<Integer> accessDenied) {
    /** No vendor codes: SQLStates say it all. */
    public static final ErrorCodes NONE = new ErrorCodes(Set.of(), Set.of(), Set.of(), Set.of());

    public ErrorCodes {
        unknownDatabase = Set.copyOf(unknownDatabase);
        statementTimeout = Set.copyOf(statementTimeout);
        lockTimeout = Set.copyOf(lockTimeout);
        accessDenied = Set.copyOf(accessDenied);
    }
}
