/**
 * The MySQL and MariaDB catalog reader: {@code information_schema} queries into the model, with the
 * normalisation that makes the two servers' catalogs comparable (tested against MariaDB: no MySQL server
 * runs in this build).
 *
 * <p>May import: {@code model}, {@code capture} (and, for shared SQL text helpers, {@code capture.postgres}).
 * Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.capture.mysql;
