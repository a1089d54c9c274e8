package io.github.schemaparity.history;

import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far to build the candidate so that it matches what production has applied: Flyway up to the highest
 * version in production's history (failed rows included: their changes may be in production), Liquibase
 * the leading changesets of the changelog that production has run. The project's migrations after that
 * are <em>pending</em>: compared as what they will do to production, never as drift.
 *
 * <p>Inactive (every migration applied, the behaviour without version awareness) when switched off, for a
 * SQL folder (no history table), or when production has no history rows of the project's tool.
 *
 * @param active     whether the candidate stops at production's version
 * @param tool       the project's migration tool
 * @param production production's history rows of that tool (empty when inactive)
 * @param reason     one line for the log: what was decided and why
 */
public record VersionPlan(boolean active, MigrationTool tool, List<AppliedMigration> production, String reason) {

    public VersionPlan {
        production = List.copyOf(production);
    }

    /**
     * The plan for a project's tool against production's history.
     *
     * @param versionAware the user's switch
     * @param tool         the project's migration tool
     * @param history      every history row production has (all tools)
     */
    public static VersionPlan of(boolean versionAware, MigrationTool tool, List<AppliedMigration> history) {
        if (tool == MigrationTool.SQL_FOLDER) {
            return inactive(tool, "version awareness off: a SQL folder keeps no history table, so the candidate "
                    + "gets every file and undeployed ones show as drift");
        }
        String toolId = tool == MigrationTool.FLYWAY ? AppliedMigration.FLYWAY : AppliedMigration.LIQUIBASE;
        List<AppliedMigration> rows = history.stream().filter(r -> toolId.equals(r.tool())).toList();
        if (rows.isEmpty()) {
            return inactive(tool, "production has no " + tool.displayName() + " history: version awareness off, the "
                    + "candidate gets every migration and its history table is not compared");
        }
        if (!versionAware) {
            return inactive(tool, "version awareness off (versionAware=false): the candidate gets every migration");
        }
        if (tool == MigrationTool.FLYWAY) {
            String highest = highestVersion(rows);
            if (highest == null) {
                return inactive(tool, "version awareness off: production's Flyway history holds no versioned migration");
            }
            return new VersionPlan(true, tool, rows, "version aware: production has applied Flyway migrations up to "
                    + "version " + highest + "; the candidate is built to it, later migrations are pending");
        }
        return new VersionPlan(true, tool, rows, "version aware: production has run " + keys(rows).size()
                + " Liquibase changesets; the candidate gets those, later ones are pending");
    }

    private static VersionPlan inactive(MigrationTool tool, String reason) {
        return new VersionPlan(false, tool, List.of(), reason);
    }

    /**
     * What decides the candidate beyond the migration files, for the candidate cache key: {@code null} when
     * inactive (every migration, the key as without version awareness).
     */
    public String cacheTarget() {
        if (!active) {
            return null;
        }
        return tool == MigrationTool.FLYWAY ? "flyway up to " + highestVersion(production)
                : "liquibase applied " + String.join(",", keys(production));
    }

    /**
     * How many of the project's migrations (in the tool's order) production has: Flyway those up to its
     * highest version, Liquibase the leading changesets it has run.
     */
    public int appliedCount(List<ProjectMigration> project) {
        if (!active) {
            return project.size();
        }
        if (tool == MigrationTool.FLYWAY) {
            String highest = highestVersion(production);
            return (int) project.stream()
                    .filter(m -> m.version() != null && FlywayVersions.compare(m.version(), highest) <= 0).count();
        }
        Set<String> ran = keys(production);
        int count = 0;
        while (count < project.size() && ran.contains(project.get(count).key())) {
            count++;
        }
        return count;
    }

    /** The target that builds the first {@code count} of the project's migrations from an empty database. */
    public MigrationTarget targetFor(List<ProjectMigration> project, int count) {
        if (!active) {
            return MigrationTarget.LATEST;
        }
        return tool == MigrationTool.FLYWAY ? new MigrationTarget.UpToVersion(project.get(count - 1).version())
                : new MigrationTarget.NextChangesets(count);
    }

    /** The target that applies one more pending migration after the previous ones. */
    public MigrationTarget stepTo(ProjectMigration next) {
        return tool == MigrationTool.FLYWAY ? new MigrationTarget.UpToVersion(next.version())
                : new MigrationTarget.NextChangesets(1);
    }

    private static String highestVersion(List<AppliedMigration> rows) {
        return rows.stream().map(AppliedMigration::version).filter(v -> v != null).max(FlywayVersions.ORDER)
                .orElse(null);
    }

    private static Set<String> keys(List<AppliedMigration> rows) {
        return rows.stream().map(AppliedMigration::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
