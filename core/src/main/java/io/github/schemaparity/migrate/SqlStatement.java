package io.github.schemaparity.migrate;

/**
 * One statement of a SQL script.
 *
 * @param sql  the statement's text without its delimiter
 * @param line the 1-based line of the script it starts on, for error messages
 */
record SqlStatement(String sql, int line) {
}
