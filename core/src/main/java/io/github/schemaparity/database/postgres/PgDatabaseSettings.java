package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.*;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.util.Set;

/**
 * Fix statements for settings stored for the database ({@code ALTER DATABASE ... SET}) or for a role in it
 * ({@code ALTER ROLE ... IN DATABASE ... SET}). The script does not know the database's name, which differs
 * between environments, so each statement is a {@code DO} block naming {@code current_database()}. A
 * setting takes effect in sessions opened after it.
 */
final class PgDatabaseSettings {
    /** Settings whose stored value is a list the server already wrote in SQL form ({@code "$user", public}). */
    private static final Set<String> LIST_SETTINGS = Set.of("search_path", "temp_tablespaces",
            "session_preload_libraries", "local_preload_libraries", "shared_preload_libraries");

    private PgDatabaseSettings() {
    }

    /** A stored value as a {@code SET} clause takes it: a list as the server wrote it, anything else a literal. */
    static String value(String name, String stored) {
        return LIST_SETTINGS.contains(name) ? stored : PgNames.literal(stored);
    }

    /**
     * The statement for one setting; its object name is {@code <name>} for the database and
     * {@code <role>:<name>} for a role, as {@link FixPlanner} splits {@code database:...} and {@code role:...}.
     */
    static void setting(ObjectChange change, Emitter emit) {
        String role = null;
        String name = change.name();
        if (change.type() == ObjectType.ROLE_SETTING) {
            int colon = name.lastIndexOf(':');
            role = name.substring(0, colon);
            name = name.substring(colon + 1);
        }
        Difference difference = change.differences().get(0);
        String target = role == null ? "ALTER DATABASE %I" : "ALTER ROLE %I IN DATABASE %I";
        String arguments = role == null ? "current_database()" : PgNames.literal(role) + ", current_database()";
        String action;
        if (difference.change() == Change.UNEXPECTED) {
            action = " RESET " + name;
        } else {
            action = " SET " + name + " = " + value(name, difference.expected()).replace("%", "%%");
        }
        emit.sql(Step.DATABASE_SETTING, "DO $fix$ BEGIN EXECUTE format(" + PgNames.literal(target + action) + ", "
                + arguments + "); END $fix$");
    }
}
