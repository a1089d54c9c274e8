package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.policy.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The environment matrix's pure logic: verdicts with failOnPending, and environments compared with each other. */
class EnvironmentMatrixTest {
    private static final Difference HOTFIX = new Difference(ObjectType.INDEX, "public.orders.orders_hotfix_idx",
            Change.UNEXPECTED, null, null, "btree(customer_id)");
    private static final Difference WIDENED = new Difference(ObjectType.COLUMN, "public.orders.status", Change.CHANGED,
            "type", "varchar(50)", "varchar(255)");

    @Test
    void pendingMigrationsFailOnlyTheEnvironmentThatSaysSo() {
        EnvironmentRow staging = row("staging", List.of(), pending("5"), true);
        EnvironmentRow production = row("production", List.of(), pending("4", "5"), false);
        EnvironmentMatrix matrix = new EnvironmentMatrix(List.of(staging, production), "1 candidate build");

        assertThat(staging.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(staging.failureReason()).isEqualTo("1 pending migration");
        assertThat(production.verdict()).isEqualTo(Verdict.PASS);
        assertThat(matrix.failureMessage()).isEqualTo("SchemaParity: 1 of 2 environments failed: staging (1 pending migration)");
        assertThat(EnvironmentReports.junitXml(matrix)).contains("<testsuite name=\"schemaparity.staging\" tests=\"1\" failures=\"1\"");
    }

    @Test
    void twoEnvironmentsWithTheSameDifferencesDifferInTheSameWay() {
        EnvironmentMatrix matrix = new EnvironmentMatrix(List.of(row("dev", List.of(), List.of(), false),
                row("staging", List.of(failing(HOTFIX)), List.of(), false),
                row("production", List.of(failing(HOTFIX)), List.of(), false)), "b");

        assertThat(matrix.relations()).containsExactly(
                "staging and production differ in the same way: INDEX public.orders.orders_hotfix_idx UNEXPECTED");
        assertThat(matrix.failed()).extracting(EnvironmentRow::name).containsExactly("staging", "production");
    }

    @Test
    void oneEnvironmentAloneDiffersAndDifferentSetsAreNamedApart() {
        EnvironmentMatrix alone = new EnvironmentMatrix(List.of(row("staging", List.of(), List.of(), false),
                row("production", List.of(failing(HOTFIX)), List.of(), false)), "b");
        assertThat(alone.relations()).containsExactly("only production differs: INDEX public.orders.orders_hotfix_idx UNEXPECTED");

        EnvironmentMatrix apart = new EnvironmentMatrix(List.of(row("staging", List.of(failing(WIDENED)), List.of(), false),
                row("production", List.of(failing(HOTFIX), failing(WIDENED)), List.of(), false)), "b");
        assertThat(apart.relations()).containsExactly(
                "staging differs on its own: COLUMN public.orders.status CHANGED type",
                "production differs on its own: COLUMN public.orders.status CHANGED type; INDEX public.orders.orders_hotfix_idx UNEXPECTED");
        assertThat(new EnvironmentMatrix(List.of(row("a", List.of(), List.of(), false)), "b").relations()).isEmpty();
    }

    @Test
    void theConsoleTableNamesVersionPendingDriftAndVerdict() {
        EnvironmentMatrix matrix = new EnvironmentMatrix(List.of(row("production", List.of(failing(HOTFIX)),
                pending("4", "5", "6", "7"), false)), "1 candidate build");

        assertThat(matrix.consoleLines()).extracting(ConsoleLine::text).containsExactly(
                "environments: 1 (1 candidate build)",
                "  environment  engine           applied  pending           drift                    history  verdict",
                "  production   postgresql 17.2  3        4 (4, 5, 6, ...)  1 (MEDIUM 1; 1 failing)  0        FAIL",
                "production FAIL: 1 difference not allowed by the policy (see production/report.json)");
    }

    private static AssessedDifference failing(Difference d) {
        return new AssessedDifference(d, 50, Severity.MEDIUM, false, null);
    }

    private static List<PendingMigration> pending(String... versions) {
        return java.util.Arrays.stream(versions).map(v -> new PendingMigration(v, "m" + v, "V" + v + "__m.sql", List.of()))
                .toList();
    }

    private static EnvironmentRow row(String name, List<AssessedDifference> drift, List<PendingMigration> pending,
            boolean failOnPending) {
        ParityReport report = new ParityReport(new Side("migrations", Engine.POSTGRESQL, "17.2"),
                new Side("jdbc", Engine.POSTGRESQL, "17.2"), Assessment.of(drift), pending);
        return new EnvironmentRow(name, report, "3", 0, failOnPending, name);
    }
}
