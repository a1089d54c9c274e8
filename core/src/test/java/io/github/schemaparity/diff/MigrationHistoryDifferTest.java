package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.model.AppliedMigration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationHistoryDifferTest {

    private static AppliedMigration flyway(int rank, String version, String checksum) {
        return new AppliedMigration("flyway", rank, version, version, "step " + version, "V" + version + "__step.sql",
                checksum, "SQL", true);
    }

    private static List<AppliedMigration> project(int count) {
        List<AppliedMigration> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(flyway(i, Integer.toString(i), "c" + i));
        }
        return rows;
    }

    private static List<org.assertj.core.groups.Tuple> diff(List<AppliedMigration> expected, List<AppliedMigration> actual) {
        return MigrationHistoryDiffer.diff(expected, actual).stream()
                .map(d -> tuple(d.object(), d.change().name(), d.attribute(), d.expected(), d.actual())).toList();
    }

    @Test
    void equalHistoriesHaveNoDifference() {
        assertThat(diff(project(3), project(3))).isEmpty();
    }

    @Test
    void aSideWithoutHistoryIsNotCompared() {
        assertThat(diff(project(3), List.of())).isEmpty();
        assertThat(diff(List.of(), project(3))).isEmpty();
    }

    @Test
    void unexpectedMissingChecksumAndFailure() {
        List<AppliedMigration> production = new ArrayList<>(project(2));
        production.set(1, flyway(2, "2", "edited"));
        production.add(new AppliedMigration("flyway", 3, "3", "3", "step 3", "V3__step.sql", "c3", "SQL", false));
        production.add(flyway(4, "9", "c9"));
        List<AppliedMigration> candidate = new ArrayList<>(project(3));
        candidate.add(flyway(4, "4", "c4"));

        assertThat(diff(candidate, production)).containsExactly(
                tuple("migration:2", "CHANGED", "checksum", "c2", "edited"),
                tuple("migration:3", "CHANGED", "success", "true", "false"),
                tuple("migration:9", "UNEXPECTED", null, null, "V9 step 9 (V9__step.sql)"),
                tuple("migration:4", "MISSING", null, "V4 step 4 (V4__step.sql)", null));
    }

    @Test
    void outOfOrderNamesWhatCameBeforeOnEachSide() {
        List<AppliedMigration> production = List.of(flyway(1, "1", "c1"), flyway(2, "2", "c2"), flyway(3, "4", "c4"),
                flyway(4, "3", "c3"));
        assertThat(diff(project(4), production)).containsExactly(
                tuple("migration:3", "CHANGED", "order", "after 2", "after 4"));
    }

    @Test
    void aBaselineCoversTheMigrationsBelowIt() {
        List<AppliedMigration> production = List.of(
                new AppliedMigration("flyway", 1, "2", "2", "<< Flyway Baseline >>", "<< Flyway Baseline >>", null,
                        "BASELINE", true),
                flyway(2, "3", "c3"));
        assertThat(diff(project(3), production)).isEmpty();
    }

    @Test
    void repeatableChecksumsAreMeantToChange() {
        AppliedMigration project = new AppliedMigration("flyway", 1, "R:views", null, "views", "R__views.sql", "a", "SQL", true);
        AppliedMigration production = new AppliedMigration("flyway", 1, "R:views", null, "views", "R__views.sql", "b", "SQL",
                true);
        assertThat(diff(List.of(project), List.of(production))).isEmpty();
    }

    @Test
    void liquibaseChecksumsOfAnotherChecksumVersionAreNotCompared() {
        AppliedMigration candidate = new AppliedMigration("liquibase", 1, "1::a::f.sql", null, "sql", "f.sql", "9:aaa",
                "EXECUTED", true);
        AppliedMigration older = new AppliedMigration("liquibase", 1, "1::a::f.sql", null, "sql", "f.sql", "8:bbb",
                "EXECUTED", true);
        AppliedMigration edited = new AppliedMigration("liquibase", 1, "1::a::f.sql", null, "sql", "f.sql", "9:ccc",
                "EXECUTED", true);
        assertThat(diff(List.of(candidate), List.of(older))).isEmpty();
        assertThat(diff(List.of(candidate), List.of(edited))).containsExactly(
                tuple("migration:1::a::f.sql", "CHANGED", "checksum", "9:aaa", "9:ccc"));
    }

    @Test
    void toolsAreComparedSeparately() {
        AppliedMigration liquibase = new AppliedMigration("liquibase", 1, "1::a::f.sql", null, "sql", "f.sql", "9:a",
                "EXECUTED", true);
        // The project uses Flyway, production only has a Liquibase table: nothing to compare.
        assertThat(diff(project(2), List.of(liquibase))).isEmpty();
    }
}
