/**
 * Fix SQL: the DDL that turns one catalog into another, for the differences the diff found.
 *
 * <p>{@link io.github.schemaparity.fix.FixPlanner} groups the differences by object, asks the engine's
 * {@link io.github.schemaparity.fix.FixDialect} (handed in by the caller from the engine's support; the
 * implementations live in {@code database.postgres} and {@code database.mysql}) for the statements that
 * remove them, and returns
 * a {@link io.github.schemaparity.fix.FixScript} in dependency order: dependents dropped before what they
 * use, tables created before their foreign keys. Statements that can lose data are marked destructive
 * and are written commented out unless asked for. {@link io.github.schemaparity.fix.FixScript#renderScript} writes
 * {@code fix.sql}: on an engine with transactional DDL in one {@code BEGIN; ... COMMIT;}, the statements the engine
 * marks as unable to run in a transaction block set apart before or after it; {@link io.github.schemaparity.fix.OneAlter}
 * says when a changed key may be one drop-and-add statement. The same planner, run the other way, gives the
 * migration that adopts production's drift ({@link io.github.schemaparity.fix.AdoptMigration}).
 *
 * <p>May import {@code model} and {@code diff}; never {@code database}, {@code policy}, {@code baseline},
 * {@code report} or {@code engine}: the fix SQL travels beside the assessment as a
 * {@link io.github.schemaparity.fix.FixPlan}.
 */
package io.github.schemaparity.fix;
