package io.github.schemaparity.engine;

import io.github.schemaparity.migrate.MigrationResult;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import io.github.schemaparity.model.Catalog;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A candidate's catalogs, built or read from the cache: the one compared with production, and (version
 * aware) the catalog after each pending migration.
 *
 * @param comparison the catalog at production's version, compared with production
 * @param migration  what the tool applied in all, or empty from the cache
 * @param steps      the pending migrations in order, with the catalog after each
 */
record BuiltCandidate(Loaded comparison, Optional<MigrationResult> migration, List<Step> steps) {
    BuiltCandidate {
        steps = List.copyOf(steps);
    }

    /**
     * One pending migration and the candidate's catalog once it was applied.
     *
     * @param migration the migration
     * @param after     the catalog after it (and every one before it)
     */
    record Step(ProjectMigration migration, Catalog after) {
    }

    /** The catalog with every migration applied: after the last pending one, else the compared one. */
    Catalog head() {
        return steps.isEmpty() ? comparison.catalog() : steps.get(steps.size() - 1).after();
    }

    /**
     * The pending migrations of a cached build: those in the head catalog's history that the comparison
     * catalog lacks, in the order they were applied.
     */
    static List<ProjectMigration> pendingFromHistory(Catalog comparison, Catalog head, String tool) {
        Set<String> applied = comparison.migrationHistory().stream().filter(r -> tool.equals(r.tool()))
                .map(AppliedMigration::key).collect(Collectors.toSet());
        return head.migrationHistory().stream()
                .filter(r -> tool.equals(r.tool()) && !applied.contains(r.key())
                        && !(AppliedMigration.FLYWAY.equals(r.tool()) && r.version() == null))
                .map(r -> new ProjectMigration(r.key(), r.version(), r.description(), r.script()))
                .toList();
    }
}
