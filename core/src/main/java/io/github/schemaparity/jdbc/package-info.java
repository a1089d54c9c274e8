/**
 * Read-only JDBC access to the databases SchemaParity compares: URL parsing and masking, sessions
 * that cannot write, and translation of driver errors into one-line, password-free messages.
 *
 * <p>May import: {@code model} (and the root package's {@code SchemaParityException}). Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.jdbc;
