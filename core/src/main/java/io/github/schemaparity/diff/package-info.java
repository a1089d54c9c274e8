/**
 * The diff: every {@link io.github.schemaparity.diff.Difference} between an expected and an actual catalog
 * ({@link io.github.schemaparity.diff.CatalogDiffer}, and {@link io.github.schemaparity.diff.MigrationHistoryDiffer}
 * for the migration histories), each with the {@link io.github.schemaparity.diff.Fact}s the comparison
 * established (a type widened, a column that every insert must fill, a unique index) so that the risk
 * table and the fix planner never parse the display values.
 *
 * <p>May import: {@code model}, {@code history}. Never policy, baseline, fix, report or engine, and never
 * anything that touches a database (jdbc, capture, provision).
 */
package io.github.schemaparity.diff;
