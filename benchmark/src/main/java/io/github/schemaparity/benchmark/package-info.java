/**
 * The capture benchmark: capture and diff speed of the catalog readers on synthetic PostgreSQL and
 * MariaDB schemas, against {@code pg_dump} and {@code mariadb-dump}. It prints figures and ratios and
 * asserts no timing.
 *
 * <p>May import: core's capture, diff and model packages, and the SchemaCrawler reader
 * ({@code capture-schemacrawler}).
 */
package io.github.schemaparity.benchmark;
