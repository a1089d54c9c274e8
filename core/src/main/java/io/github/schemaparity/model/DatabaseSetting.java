package io.github.schemaparity.model;

import java.util.Comparator;

/**
 * A setting stored for the captured database ({@code ALTER DATABASE app SET search_path = ...}) or for
 * one role in it ({@code ALTER ROLE app_user IN DATABASE app SET statement_timeout = ...}): every new
 * session gets it, so it changes how the same schema behaves (PostgreSQL, {@code pg_db_role_setting}).
 *
 * @param role  the role it applies to, or {@code null} for every role (a database-level setting)
 * @param name  the setting's name, in lower case as the server stores it
 * @param value its value as the server stores it, e.g. {@code "$user", public} or {@code 5s}
 */
public record DatabaseSetting(String role, String name, String value) {
    /** The order catalogs keep them in: database-level first, then by role, then by name. */
    static final Comparator<DatabaseSetting> ORDER = Comparator
            .comparing(DatabaseSetting::role, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatabaseSetting::name);

    /** Whether it applies to one role rather than the whole database. */
    public boolean roleLevel() {
        return role != null;
    }

    /**
     * Its object path: {@code database:search_path} for the database, {@code role:app_user:statement_timeout}
     * for a role in it.
     */
    public String path() {
        return role == null ? "database:" + name : "role:" + role + ":" + name;
    }
}
