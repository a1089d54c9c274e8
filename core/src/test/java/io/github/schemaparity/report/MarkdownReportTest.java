package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Assessment;
import io.github.schemaparity.policy.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {
    private static final Side EXPECTED = new Side(Side.MIGRATIONS, Engine.POSTGRESQL, "17.2");
    private static final Side ACTUAL = new Side(Side.JDBC, Engine.POSTGRESQL, "17.2");

    private static AssessedDifference failing(Severity severity, Difference difference) {
        return new AssessedDifference(difference, 50, severity, false, null, null);
    }

    private static AssessedDifference allowed(Severity severity, Difference difference, String reason) {
        return new AssessedDifference(difference, 10, severity, true, reason, null);
    }

    private static String render(AssessedDifference... differences) {
        return MarkdownReport.render(new ParityReport(EXPECTED, ACTUAL, Assessment.of(List.of(differences))));
    }

    @Test
    void aCleanPassIsAHeadingTheSidesAndNoTables() {
        assertThat(render()).isEqualTo("""
                ### SchemaParity: PASS

                **Expected:** migrations postgresql 17.2, **actual:** jdbc postgresql 17.2

                No differences.
                """);
    }

    @Test
    void failingDifferencesInATableMostSevereFirstAllowedOnesFoldedWithTheirReasons() {
        String markdown = render(
                failing(Severity.HIGH, new Difference(ObjectType.COLUMN, "public.users.email", Change.CHANGED, "type",
                        "varchar(255)", "varchar(50)")),
                allowed(Severity.LOW, new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED, null, null,
                        "table, 2 columns"), "ignored by pattern 'public.audit'"),
                failing(Severity.CRITICAL, new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null,
                        "table, 3 columns", null)));

        assertThat(markdown).isEqualTo("""
                ### SchemaParity: FAIL

                **Expected:** migrations postgresql 17.2, **actual:** jdbc postgresql 17.2

                3 differences: 2 failing (1 CRITICAL, 1 HIGH), 1 allowed

                | Severity | Type | Object | Change | Attribute | Expected -> Actual |
                |---|---|---|---|---|---|
                | CRITICAL | TABLE | `public.orders` | MISSING |  | `table, 3 columns` -> _none_ |
                | HIGH | COLUMN | `public.users.email` | CHANGED | `type` | `varchar(255)` -> `varchar(50)` |

                <details>
                <summary>1 allowed difference</summary>

                | Severity | Type | Object | Change | Attribute | Expected -> Actual | Reason |
                |---|---|---|---|---|---|---|
                | LOW | TABLE | `public.audit` | UNEXPECTED |  | _none_ -> `table, 2 columns` | ignored by pattern 'public.audit' |

                </details>
                """);
    }

    @Test
    void aPassWithOnlyAllowedDifferencesHasNoFailingTable() {
        String markdown = render(allowed(Severity.MEDIUM, new Difference(ObjectType.INDEX, "public.orders.hotfix_idx",
                Change.UNEXPECTED, null, null, "btree(created_at)"), "below failOn HIGH"));

        assertThat(markdown).startsWith("### SchemaParity: PASS\n")
                .contains("1 difference: 0 failing, 1 allowed\n\n<details>\n")
                .doesNotContain("| Severity | Type | Object | Change | Attribute | Expected -> Actual |\n");
    }

    @Test
    void pipesBackticksAndNewlinesCannotBreakTheTable() {
        String markdown = render(failing(Severity.HIGH, new Difference(ObjectType.CHECK, "public.t.`odd|name`",
                Change.CHANGED, "definition", "CHECK (a = 'x|y')\n  AND b <> ``", "CHECK (a > 0)")));

        String row = markdown.lines().filter(line -> line.startsWith("| HIGH")).findFirst().orElseThrow();
        assertThat(row).isEqualTo("| HIGH | CHECK | `` public.t.`odd\\|name` `` | CHANGED | `definition` | "
                + "``` CHECK (a = 'x\\|y') AND b <> `` ``` -> `CHECK (a > 0)` |");
        // Every cell separator is unescaped; every pipe inside a value is escaped: 7 separators for 6 cells.
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7);
    }

    @Test
    void emptyValuesAreNamedNotRenderedAsBareBackticks() {
        String markdown = render(failing(Severity.LOW, new Difference(ObjectType.COLUMN, "public.t.c", Change.CHANGED,
                "default", "''", " ")));

        assertThat(markdown).contains("| LOW | COLUMN | `public.t.c` | CHANGED | `default` | `''` -> _empty_ |\n");
    }

    @Test
    void plainTextEscapesMarkdownAndHtml() {
        assertThat(MarkdownReport.text("<details> *x* | _y_ & `z`\nnext"))
                .isEqualTo("\\<details\\> \\*x\\* \\| \\_y\\_ \\& \\`z\\` next");
    }

    @Test
    void longValuesAreCutWithAnEllipsis() {
        String code = MarkdownReport.code("SELECT " + "x".repeat(500));

        assertThat(code).hasSize(MarkdownReport.MAX_VALUE_LENGTH + 2).startsWith("`SELECT xxx").endsWith("x\u2026`");
    }

    @Test
    void manyDifferencesAreCappedAndTheLeftOutCounted() {
        List<AssessedDifference> differences = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            differences.add(failing(Severity.HIGH, new Difference(ObjectType.COLUMN, "public.t.c" + (1000 + i),
                    Change.CHANGED, "type", "integer", "bigint")));
        }
        differences.add(allowed(Severity.LOW, new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED,
                null, null, "table"), "ignored"));

        String markdown = render(differences.toArray(AssessedDifference[]::new));

        assertThat(markdown.lines().filter(line -> line.startsWith("| HIGH"))).hasSize(MarkdownReport.MAX_ROWS);
        assertThat(markdown).contains("| HIGH | COLUMN | `public.t.c1199` |")
                .doesNotContain("`public.t.c1200`")
                .contains("\n_50 more failing differences left out to fit a comment; the JSON report lists them all._\n")
                .contains("<summary>1 allowed difference</summary>\n\n"
                        + "_1 more allowed difference left out to fit a comment; the JSON report lists them all._\n"
                        + "\n</details>\n");
    }

    @Test
    void longRowsStayUnderGitHubsCommentLimit() {
        List<AssessedDifference> differences = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            differences.add(failing(Severity.MEDIUM, new Difference(ObjectType.VIEW, "public.v" + i + "_" + "n".repeat(90),
                    Change.CHANGED, "definition", "SELECT " + "a".repeat(400), "SELECT " + "b".repeat(400))));
        }

        String markdown = render(differences.toArray(AssessedDifference[]::new));

        int rows = (int) markdown.lines().filter(line -> line.startsWith("| MEDIUM")).count();
        assertThat(markdown.length()).isLessThanOrEqualTo(MarkdownReport.MAX_LENGTH).isLessThan(65_536);
        assertThat(rows).isGreaterThan(100).isLessThan(MarkdownReport.MAX_ROWS);
        assertThat(markdown).contains("\n_" + (1000 - rows) + " more failing differences left out");
    }

    @Test
    void writesTheFileCreatingItsDirectory(@TempDir Path dir) throws Exception {
        ParityReport report = new ParityReport(EXPECTED, ACTUAL, Assessment.of(List.of()));
        Path file = dir.resolve("target/schemaparity/report.md");

        MarkdownReport.write(report, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(MarkdownReport.render(report));
    }
}
