package io.github.schemaparity.fix;

/**
 * How an engine's fix statements are written into a script file.
 *
 * @param delimiterBlocks wrap a statement whose body holds semicolons (a routine or trigger) in the
 *     client's {@code DELIMITER $$ ... $$} command, as the mysql client, Flyway and the SQL-folder runner
 *     understand; else every statement simply ends with {@code ;}
 * @param preambleBeforeRoutines repeat the preamble inside each Liquibase changeset that creates a
 *     routine, because every changeset may run in a session of its own
 */
public record ScriptConventions(boolean delimiterBlocks, boolean preambleBeforeRoutines) {
}
