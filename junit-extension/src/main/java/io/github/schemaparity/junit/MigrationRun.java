package io.github.schemaparity.junit;

import io.github.schemaparity.migrate.MigrationResult;
import java.util.List;
import java.util.Optional;

/**
 * What the migration tool applied to the candidate database.
 *
 * @param tool          the tool: {@code Flyway}, {@code Liquibase} or {@code SQL folder}
 * @param applied       how many migrations (Flyway scripts, Liquibase changesets, SQL files) ran
 * @param lastVersion   the last one applied: Flyway's version, Liquibase's changeset id or the SQL file's
 *                      name; empty when none ran
 * @param historyTables the bookkeeping tables the tool created, as {@code schema.table}
 */
public record MigrationRun(String tool, int applied, Optional<String> lastVersion, List<String> historyTables) {
    public MigrationRun {
        historyTables = List.copyOf(historyTables);
    }

    static MigrationRun of(MigrationResult result) {
        return new MigrationRun(result.tool().displayName(), result.applied(), result.lastVersion(),
                result.historyTables());
    }
}
