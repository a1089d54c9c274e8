package io.github.schemaparity.fix;

import java.util.List;

/**
 * How an engine's fix statements are written into a script file.
 *
 * @param delimiterBlocks wrap a statement whose body holds semicolons (a routine or trigger) in the
 *     client's {@code DELIMITER $$ ... $$} command, as the mysql client, Flyway and the SQL-folder runner
 *     understand; else every statement simply ends with {@code ;}
 * @param preambleBeforeRoutines repeat the preamble inside each Liquibase changeset that creates a
 *     routine, because every changeset may run in a session of its own
 * @param transactional the engine's DDL is transactional: {@code fix.sql} runs in one {@code BEGIN; ... COMMIT;}
 *     so a failing statement leaves the database as it was; statements that cannot run in a transaction
 *     block are set apart before or after it (see {@link FixStatement.Outside})
 * @param scriptNotes lines the engine adds to the header of {@code fix.sql}: how the script behaves when a
 *     statement fails
 */
public record ScriptConventions(boolean delimiterBlocks, boolean preambleBeforeRoutines, boolean transactional,
        List<String> scriptNotes) {
    public ScriptConventions {
        scriptNotes = List.copyOf(scriptNotes);
    }

    /** Conventions without a transaction and without notes. */
    public ScriptConventions(boolean delimiterBlocks, boolean preambleBeforeRoutines) {
        this(delimiterBlocks, preambleBeforeRoutines, false, List.of());
    }
}
