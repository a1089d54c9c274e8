package io.github.schemaparity.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Policy;
import io.github.schemaparity.policy.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {
    private static final Side EXPECTED = new Side(Side.JDBC, Engine.POSTGRESQL, "17.2");
    private static final Side ACTUAL = new Side(Side.SNAPSHOT, Engine.POSTGRESQL, "17.2");

    private static List<String> render(Policy policy, Difference... differences) {
        return ConsoleReport.render(new ParityReport(EXPECTED, ACTUAL, policy.assess(List.of(differences))));
    }

    @Test
    void aCleanPassIsOneLine() {
        assertThat(render(Policy.defaults())).containsExactly("SchemaParity PASS: no differences");
    }

    @Test
    void listsFailingFirstBySeverityThenPathInAlignedColumns() {
        Policy policy = new Policy(List.of("public.audit"), Severity.LOW, null);

        List<String> lines = render(policy,
                new Difference(ObjectType.COLUMN, "public.users.email", Change.CHANGED, "type", "varchar(255)",
                        "varchar(50)"),
                new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED, null, null, "table, 2 columns"),
                new Difference(ObjectType.COLUMN, "public.users.name", Change.CHANGED, "comment", "Name", null),
                new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null, "table, 3 columns", null));

        assertThat(lines).containsExactly(
                "SchemaParity FAIL: 4 differences: 3 failing (1 CRITICAL, 1 HIGH, 1 LOW), 1 allowed",
                "expected: jdbc postgresql 17.2 | actual: snapshot postgresql 17.2",
                "  CRITICAL  TABLE   public.orders       MISSING     table, 3 columns",
                "  HIGH      COLUMN  public.users.email  CHANGED     type: varchar(255) -> varchar(50)",
                "  LOW       COLUMN  public.users.name   CHANGED     comment: Name -> none",
                "  LOW       TABLE   public.audit        UNEXPECTED  table, 2 columns"
                        + "  (allowed: ignored by pattern 'public.audit')");
    }

    @Test
    void aPassWithAllowedDifferencesSaysSo() {
        List<String> lines = render(new Policy(null, Severity.HIGH, null), new Difference(ObjectType.INDEX,
                "public.orders.hotfix_idx", Change.UNEXPECTED, null, null, "btree(created_at)"));

        assertThat(lines.get(0)).isEqualTo("SchemaParity PASS: 1 difference: 0 failing, 1 allowed");
        assertThat(lines.get(2)).endsWith("btree(created_at)  (allowed: below failOn HIGH)");
    }

    @Test
    void longValuesAreFlattenedAndCut() {
        String definition = "SELECT o.id,\n       o.status\n  FROM public.orders o\n WHERE " + "x".repeat(200);

        List<String> lines = render(Policy.defaults(), new Difference(ObjectType.VIEW, "public.open_orders",
                Change.CHANGED, "definition", definition, "SELECT 1"));

        String detail = lines.get(2).substring(lines.get(2).indexOf("definition: ") + "definition: ".length());
        String expected = detail.substring(0, detail.indexOf(" -> "));
        assertThat(expected).hasSize(ConsoleReport.MAX_VALUE_LENGTH).startsWith("SELECT o.id, o.status FROM")
                .endsWith("...");
        assertThat(detail).endsWith(" -> SELECT 1");
    }

    @Test
    void privilegesShowTheGrant() {
        List<String> lines = render(Policy.defaults(), new Difference(ObjectType.PRIVILEGE, "public.orders",
                Change.MISSING, "reader:SELECT", "reader:SELECT", null));

        assertThat(lines.get(2)).isEqualTo("  MEDIUM    PRIVILEGE  public.orders  MISSING     reader:SELECT");
    }

    @Test
    void eachLineCarriesItsLevel() {
        Policy policy = new Policy(List.of("public.audit"), Severity.LOW, null);
        ParityReport report = new ParityReport(EXPECTED, ACTUAL, policy.assess(List.of(
                new Difference(ObjectType.TABLE, "public.audit", Change.UNEXPECTED, null, null, "table, 2 columns"),
                new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null, "table, 3 columns", null))));

        assertThat(ConsoleReport.lines(report)).extracting(ConsoleLine::level).containsExactly(
                ConsoleLine.Level.INFO, ConsoleLine.Level.INFO, ConsoleLine.Level.ERROR, ConsoleLine.Level.WARN);
        assertThat(ConsoleReport.lines(report)).extracting(ConsoleLine::text).isEqualTo(ConsoleReport.render(report));
        assertThat(ConsoleReport.lines(new ParityReport(EXPECTED, ACTUAL, Policy.defaults().assess(List.of()))))
                .containsExactly(ConsoleLine.info("SchemaParity PASS: no differences"));
    }
}
