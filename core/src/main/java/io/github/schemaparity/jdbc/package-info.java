/**
 * Read-only JDBC access to the databases SchemaParity compares: URL parsing and masking, sessions
 * that cannot write, and translation of driver errors into one-line, password-free messages.
 *
 * <p>What differs between engines (driver, read-only statements, vendor error codes) is each engine's
 * {@link io.github.schemaparity.jdbc.SessionDialect}, handed in by the caller. May import {@code model};
 * never {@code database}, {@code diff}, {@code policy}, {@code report} or {@code engine}.
 */
package io.github.schemaparity.jdbc;
