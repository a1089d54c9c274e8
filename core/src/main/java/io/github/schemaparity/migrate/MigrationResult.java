package io.github.schemaparity.migrate;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link Migrator} applied to the candidate database.
 *
 * @param tool          the tool that applied the migrations
 * @param applied       how many migrations (Flyway scripts, Liquibase changesets, SQL files) ran
 * @param lastVersion   the last one applied: Flyway's version, Liquibase's changeset id or the SQL file's
 *                      name; empty when nothing was applied
 * @param historyTables the bookkeeping tables the tool created, as {@code schema.table}
 */
public record MigrationResult(MigrationTool tool, int applied, Optional<String> lastVersion, List<String> historyTables) {

    /** Copies the list. */
    public MigrationResult {
        historyTables = List.copyOf(historyTables);
    }
}
