/**
 * The capture benchmark: capture and diff speed of the catalog readers on synthetic PostgreSQL and
 * MariaDB schemas, against {@code pg_dump} and {@code mariadb-dump}, and the tenants mode at 1,000 schemas
 * ({@link io.github.schemaparity.benchmark.TenantsBenchmark}). It prints figures and ratios and asserts no timing.
 *
 * <p>May import: core's capture, diff and model packages, the engine entry points and the log (the tenants
 * benchmark calls {@code ParityEngine.compareTenants} as a front end does), and the SchemaCrawler reader
 * ({@code capture-schemacrawler}).
 */
package io.github.schemaparity.benchmark;
