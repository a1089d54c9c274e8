/**
 * Read-only JDBC access to the databases SchemaParity compares: URL parsing and masking, sessions
 * that cannot write, and translation of driver errors into one-line, password-free messages.
 */
package io.github.schemaparity.jdbc;
