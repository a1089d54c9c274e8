package io.github.schemaparity.migrate;

/**
 * One migration of the project as its tool resolves it, in the tool's order of application.
 *
 * @param key         what identifies it in history tables: Flyway's version, Liquibase's {@code id::author::file}
 * @param version     Flyway's version, or {@code null} (Liquibase)
 * @param description the tool's description
 * @param script      Flyway's script name, Liquibase's changelog file
 */
public record ProjectMigration(String key, String version, String description, String script) {

    /** How reports name it: {@code V5 drop_legacy (V5__drop_legacy.sql)}, or Liquibase's key. */
    public String label() {
        return version != null ? "V" + version + " " + description + " (" + script + ")" : key;
    }
}
