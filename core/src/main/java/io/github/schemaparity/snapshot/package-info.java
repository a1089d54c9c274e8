/**
 * Snapshot files: a captured catalog written to JSON and read back, so that a comparison can run against
 * a file instead of a live database (and the candidate cache can store catalogs).
 *
 * <p>May import: {@code model}. Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.snapshot;
