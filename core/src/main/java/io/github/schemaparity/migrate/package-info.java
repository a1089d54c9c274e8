/**
 * Builds the candidate database from a project's migrations: Flyway locations, a Liquibase changelog
 * or a plain folder of SQL files. {@link io.github.schemaparity.migrate.MigrationLayouts} finds or
 * validates the source, {@link io.github.schemaparity.migrate.Migrator} applies it to a fresh, empty
 * database and reports what it applied and which history tables the tool created.
 *
 * <p>Flyway and Liquibase are optional dependencies of the core: they are touched only when a source of
 * their kind is applied, and a missing one is reported as a one-line error naming the artifact to add.
 *
 * <p>A SQL folder is split by the engine's {@link io.github.schemaparity.migrate.ScriptSyntax}, which the
 * caller gives the {@link io.github.schemaparity.migrate.Migrator}. May import {@code model}; never
 * {@code database}, {@code diff}, {@code policy}, {@code report} or {@code engine}.
 */
package io.github.schemaparity.migrate;
