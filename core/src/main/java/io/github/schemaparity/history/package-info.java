/**
 * Version awareness: production's migration history (Flyway's {@code flyway_schema_history}, Liquibase's
 * {@code DATABASECHANGELOG}) read-only into the model, how far to build the candidate so that it matches
 * what production has applied, and the migrations production has not applied yet.
 *
 * <p>May import: {@code model}, {@code migrate}. Never diff, policy, fix, report or engine: the diff reads this package's model, not the other way round.
 */
package io.github.schemaparity.history;
