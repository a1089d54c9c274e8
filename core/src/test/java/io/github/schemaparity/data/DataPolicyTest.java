package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allow rules, column globs and row filters, and how they decide the verdict. */
class DataPolicyTest {
    private static final SideInfo SIDE = new SideInfo("jdbc", "postgresql", "17");

    private static TableResult table(String name, long missing, long unexpected, long changed) {
        return new TableResult(name, List.of("id"), missing + unexpected + changed > 0 ? TableStatus.DIFFERENT
                : TableStatus.EQUAL, 10, 10, missing, unexpected, changed, List.of(), false, 0, null, false);
    }

    private static DataResult result(List<TableResult> tables, List<IntegrityFinding> integrity, List<SchemaNote> schema) {
        return new DataResult(SIDE, SIDE, tables, integrity, schema, DataVerdict.PASS, 0);
    }

    private static List<DataRule> rules(String... texts) {
        return java.util.Arrays.stream(texts).map(DataRule::parse).toList();
    }

    @Test
    void allowedKindsInMatchingTablesPassOthersFail() {
        List<TableResult> tables = List.of(table("public.audit_log", 0, 5, 0), table("public.orders", 0, 0, 0));
        assertThat(DataPolicy.judge(result(tables, List.of(), List.of()), rules("unexpected-rows: public.audit_*"))
                .verdict()).isEqualTo(DataVerdict.PASS);
        assertThat(DataPolicy.judge(result(tables, List.of(), List.of()), rules("missing-rows: public.audit_*"))
                .verdict()).isEqualTo(DataVerdict.FAIL);
        List<TableResult> alsoChanged = List.of(table("public.audit_log", 0, 5, 1));
        DataResult judged = DataPolicy.judge(result(alsoChanged, List.of(), List.of()), rules("unexpected-rows: public.audit_*"));
        assertThat(judged.verdict()).isEqualTo(DataVerdict.FAIL);
        assertThat(judged.tables().get(0).allowed()).isFalse();
    }

    @Test
    void expectedSideFindingsAreReportedNotFailedAndSchemaNotesFailUnlessAllowed() {
        IntegrityFinding onSource = IntegrityFinding.orphans("public.lines", "fk", "expected", 1, List.of(Map.of("id", "1")));
        IntegrityFinding onCopy = IntegrityFinding.sequenceBehind("public.orders", "orders_id_seq", "actual", "1", "9");
        List<TableResult> equal = List.of(table("public.orders", 0, 0, 0));
        assertThat(DataPolicy.judge(result(equal, List.of(onSource), List.of()), List.of()).verdict())
                .isEqualTo(DataVerdict.PASS);
        assertThat(DataPolicy.judge(result(equal, List.of(onCopy), List.of()), List.of()).verdict())
                .isEqualTo(DataVerdict.FAIL);
        assertThat(DataPolicy.judge(result(equal, List.of(onCopy), List.of()), rules("sequence-behind: public.*"))
                .verdict()).isEqualTo(DataVerdict.PASS);
        SchemaNote note = new SchemaNote("public.orders", "extra", "only on the actual side");
        assertThat(DataPolicy.judge(result(equal, List.of(), List.of(note)), List.of()).verdict()).isEqualTo(DataVerdict.FAIL);
        assertThat(DataPolicy.judge(result(equal, List.of(), List.of(note)), rules("schema: public.orders")).verdict())
                .isEqualTo(DataVerdict.PASS);
    }

    @Test
    void columnGlobsMatchTableColumnOrSchemaTableColumn() {
        ColumnExclusion anyTable = ColumnExclusion.parse("*.updated_at");
        assertThat(anyTable.excludes("public", "orders", "updated_at")).isTrue();
        assertThat(anyTable.excludes("sales", "customers", "updated_at")).isTrue();
        assertThat(anyTable.excludes("public", "orders", "updated_at_2")).isFalse();
        assertThat(anyTable.excludes("public", "orders", "created_at")).isFalse();
        ColumnExclusion qualified = ColumnExclusion.parse("public.orders.sync_*");
        assertThat(qualified.excludes("public", "orders", "sync_at")).isTrue();
        assertThat(qualified.excludes("sales", "orders", "sync_at")).isFalse();
    }

    @Test
    void rowFiltersAndRulesAreRead() {
        RowFilter filter = RowFilter.parse("public.orders: placed_at < '2026-12-01 10:00'");
        assertThat(filter.table()).isEqualTo("public.orders");
        assertThat(filter.condition()).isEqualTo("placed_at < '2026-12-01 10:00'");
        DataRule rule = DataRule.parse("Unexpected-Rows:public.audit_*");
        assertThat(rule.allows(DataRule.Kind.UNEXPECTED_ROWS, "public.audit_log")).isTrue();
        assertThat(rule.allows(DataRule.Kind.UNEXPECTED_ROWS, "public.orders")).isFalse();
        assertThat(rule.allows(DataRule.Kind.MISSING_ROWS, "public.audit_log")).isFalse();
    }
}
