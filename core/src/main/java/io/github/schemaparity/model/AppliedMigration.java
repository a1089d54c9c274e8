package io.github.schemaparity.model;

/**
 * One row of a migration tool's history table, normalised across tools: Flyway's
 * {@code flyway_schema_history} or Liquibase's {@code DATABASECHANGELOG}.
 *
 * @param tool        {@code flyway} or {@code liquibase}
 * @param rank        the order the row was applied in: Flyway {@code installed_rank}, Liquibase
 *                    {@code orderexecuted}
 * @param key         what identifies the migration across databases: Flyway's version (for a
 *                    repeatable migration {@code R:<description>}), Liquibase's {@code id::author::filename}
 * @param version     Flyway's version, or {@code null} for repeatable migrations and Liquibase
 * @param description Flyway's or Liquibase's description
 * @param script      Flyway's script name, Liquibase's changelog file name
 * @param checksum    the checksum the tool recorded ({@code null} when it records none)
 * @param type        Flyway's type ({@code SQL}, {@code BASELINE}, ...), Liquibase's exec type
 *                    ({@code EXECUTED}, {@code FAILED}, {@code MARK_RAN}, ...)
 * @param success     whether it was applied successfully
 */
public record AppliedMigration(String tool, int rank, String key, String version, String description,
        String script, String checksum, String type, boolean success) {

    /** Flyway, as the {@link #tool} field names it. */
    public static final String FLYWAY = "flyway";
    /** Liquibase, as the {@link #tool} field names it. */
    public static final String LIQUIBASE = "liquibase";

    /** How reports name it: {@code V3 add_index (V3__add_index.sql)}, or Liquibase's key. */
    public String label() {
        if (FLYWAY.equals(tool)) {
            String name = version != null ? "V" + version + " " + description : "repeatable " + description;
            return script == null ? name : name + " (" + script + ")";
        }
        return key;
    }
}
