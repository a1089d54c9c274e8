package io.github.schemaparity.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.migrate.MigrationTarget;
import io.github.schemaparity.migrate.MigrationTool;
import io.github.schemaparity.migrate.ProjectMigration;
import io.github.schemaparity.model.AppliedMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionPlanTest {
    private static AppliedMigration flyway(int rank, String version, boolean success) {
        return new AppliedMigration("flyway", rank, version, version, "d", "V" + version + "__d.sql", "1", "SQL", success);
    }

    private static AppliedMigration liquibase(int rank, String key) {
        return new AppliedMigration("liquibase", rank, key, null, "d", "f.sql", "9:x", "EXECUTED", true);
    }

    private static final List<ProjectMigration> FLYWAY_PROJECT = List.of(
            new ProjectMigration("1", "1", "a", "V1__a.sql"), new ProjectMigration("1.5", "1.5", "b", "V1.5__b.sql"),
            new ProjectMigration("2", "2", "c", "V2__c.sql"), new ProjectMigration("10", "10", "d", "V10__d.sql"));

    @Test
    void flywayBuildsUpToTheHighestVersionProductionHasFailedRowsIncluded() {
        VersionPlan plan = VersionPlan.of(true, MigrationTool.FLYWAY, List.of(flyway(1, "1", true), flyway(2, "2", false)));
        assertThat(plan.active()).isTrue();
        assertThat(plan.appliedCount(FLYWAY_PROJECT)).isEqualTo(3);
        assertThat(plan.targetFor(FLYWAY_PROJECT, 3)).isEqualTo(new MigrationTarget.UpToVersion("2"));
        assertThat(plan.stepTo(FLYWAY_PROJECT.get(3))).isEqualTo(new MigrationTarget.UpToVersion("10"));
        assertThat(plan.cacheTarget()).isEqualTo("flyway up to 2");
    }

    @Test
    void aVersionOnlyProductionHasStillBoundsTheBuild() {
        // Production's hotfix 3 is unknown to the project: build everything up to 3, i.e. 1, 1.5 and 2.
        VersionPlan plan = VersionPlan.of(true, MigrationTool.FLYWAY, List.of(flyway(1, "1", true), flyway(2, "3", true)));
        assertThat(plan.appliedCount(FLYWAY_PROJECT)).isEqualTo(3);
    }

    @Test
    void liquibaseBuildsTheLeadingChangesetsProductionRan() {
        List<ProjectMigration> project = List.of(new ProjectMigration("1::a::f.sql", null, "d", "f.sql"),
                new ProjectMigration("2::a::f.sql", null, "d", "f.sql"), new ProjectMigration("3::a::f.sql", null, "d", "f.sql"));
        VersionPlan plan = VersionPlan.of(true, MigrationTool.LIQUIBASE,
                List.of(liquibase(1, "1::a::f.sql"), liquibase(2, "2::a::f.sql")));
        assertThat(plan.appliedCount(project)).isEqualTo(2);
        assertThat(plan.targetFor(project, 2)).isEqualTo(new MigrationTarget.NextChangesets(2));
        assertThat(plan.stepTo(project.get(2))).isEqualTo(new MigrationTarget.NextChangesets(1));
    }

    @Test
    void inactiveWithoutHistorySwitchedOffOrForASqlFolder() {
        assertThat(VersionPlan.of(true, MigrationTool.FLYWAY, List.of()).active()).isFalse();
        assertThat(VersionPlan.of(true, MigrationTool.FLYWAY, List.of(liquibase(1, "1::a::f.sql"))).active()).isFalse();
        assertThat(VersionPlan.of(false, MigrationTool.FLYWAY, List.of(flyway(1, "1", true))).active()).isFalse();
        VersionPlan sql = VersionPlan.of(true, MigrationTool.SQL_FOLDER, List.of(flyway(1, "1", true)));
        assertThat(sql.active()).isFalse();
        assertThat(sql.reason()).isEqualTo("version awareness off: a SQL folder keeps no history table, so the candidate "
                + "gets every file and undeployed ones show as drift");
        assertThat(sql.cacheTarget()).isNull();
        assertThat(sql.appliedCount(FLYWAY_PROJECT)).isEqualTo(4);
    }
}
