package io.github.schemaparity.migrate;

/**
 * Where a project's migrations live and which tool applies them: {@link FlywayMigrations},
 * {@link LiquibaseChangelog} or {@link SqlFolder}.
 */
public sealed interface MigrationSource permits FlywayMigrations, LiquibaseChangelog, SqlFolder {

    /** The tool that applies this source. */
    MigrationTool tool();

    /** A short human description for logs and reports, e.g. {@code Flyway filesystem:/p/db/migration}. */
    String describe();

    /**
     * Where the migrations are, without the tool's name, as reports name the candidate: Flyway's
     * locations, the Liquibase changelog (and its search path), the SQL folder.
     */
    String location();
}
