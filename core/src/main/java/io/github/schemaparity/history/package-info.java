/**
 * Version awareness: production's migration history (Flyway's {@code flyway_schema_history}, Liquibase's
 * {@code DATABASECHANGELOG}) read-only into the model, how far to build the candidate so that it matches
 * what production has applied, the migrations production has not applied yet, and the candidate's
 * history tables a production the tool never migrated lacks (left out of the comparison). Where the history
 * tables are is the engine's {@link io.github.schemaparity.history.HistoryQueries}, handed in by the caller.
 *
 * <p>May import {@code model} and {@code migrate}; never {@code database}, {@code diff}, {@code policy},
 * {@code report} or {@code engine}.
 */
package io.github.schemaparity.history;
