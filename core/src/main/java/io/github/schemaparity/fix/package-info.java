/**
 * Fix SQL: the DDL that turns one catalog into another, for the differences the diff found.
 *
 * <p>{@link io.github.schemaparity.fix.FixPlanner} groups the differences by object, asks the engine's
 * dialect ({@code PgFixDialect}, {@code MySqlFixDialect}) for the statements that remove them, and returns
 * a {@link io.github.schemaparity.fix.FixScript} in dependency order: dependents dropped before what they
 * use, tables created before their foreign keys. Statements that can lose data are marked destructive
 * and are written commented out unless asked for. The same planner, run the other way, gives the
 * migration that adopts production's drift ({@link io.github.schemaparity.fix.AdoptMigration}).
 *
 * <p>May import: {@code diff} (its input is the differences and their facts), {@code model}, {@code migrate} (the adopt migration's format). Never policy, baseline, report or engine: the fix SQL travels beside the assessment as a {@link io.github.schemaparity.fix.FixPlan}.
 */
package io.github.schemaparity.fix;
