package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {
    private static final Difference MISSING_TABLE = new Difference(ObjectType.TABLE, "public.orders",
            Change.MISSING, null, "table, 3 columns", null);
    private static final Difference HISTORY_INDEX = new Difference(ObjectType.INDEX,
            "public.flyway_schema_history.flyway_schema_history_s_idx", Change.UNEXPECTED, null, null,
            "btree(success)");
    private static final Difference COMMENT = new Difference(ObjectType.COLUMN, "public.orders.status",
            Change.CHANGED, "comment", "Status", null);
    private static final Difference TMP_COLUMN = new Difference(ObjectType.COLUMN, "public.tmp_import.id",
            Change.MISSING, null, "integer", null);

    @Test
    void byDefaultEveryDifferenceFails() {
        Assessment assessment = Policy.defaults().assess(List.of(MISSING_TABLE, COMMENT));

        assertThat(assessment.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(assessment.failing()).isEqualTo(2);
        assertThat(assessment.allowed()).isZero();
        assertThat(assessment.differences()).extracting(AssessedDifference::risk).containsExactly(95, 5);
        assertThat(assessment.differences()).extracting(AssessedDifference::severity)
                .containsExactly(Severity.CRITICAL, Severity.LOW);
        assertThat(assessment.differences()).extracting(AssessedDifference::reason).containsOnlyNulls();
    }

    @Test
    void noDifferencesPass() {
        Assessment assessment = Policy.defaults().assess(List.of());

        assertThat(assessment.verdict()).isEqualTo(Verdict.PASS);
        assertThat(assessment.countsBySeverity()).containsExactly(Map.entry(Severity.LOW, 0),
                Map.entry(Severity.MEDIUM, 0), Map.entry(Severity.HIGH, 0), Map.entry(Severity.CRITICAL, 0));
    }

    @Test
    void ignoredDifferencesStayListedAsAllowed() {
        Policy policy = new Policy(List.of("public.flyway_schema_history", "*.tmp_*"), Severity.LOW, null);

        Assessment assessment = policy.assess(List.of(HISTORY_INDEX, TMP_COLUMN));

        assertThat(assessment.verdict()).isEqualTo(Verdict.PASS);
        assertThat(assessment.differences()).extracting(AssessedDifference::reason).containsExactly(
                "ignored by pattern 'public.flyway_schema_history'", "ignored by pattern '*.tmp_*'");
        assertThat(assessment.allowed()).isEqualTo(2);
    }

    @Test
    void differencesBelowFailOnAreAllowed() {
        Policy policy = new Policy(null, Severity.HIGH, null);

        Assessment assessment = policy.assess(List.of(MISSING_TABLE, HISTORY_INDEX, COMMENT));

        assertThat(assessment.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(assessment.differences()).extracting(AssessedDifference::allowed).containsExactly(false, true,
                true);
        assertThat(assessment.differences().get(1).reason()).isEqualTo("below failOn HIGH");
        assertThat(assessment.failing()).isEqualTo(1);
        assertThat(assessment.countsBySeverity()).containsEntry(Severity.CRITICAL, 1)
                .containsEntry(Severity.MEDIUM, 1).containsEntry(Severity.LOW, 1).containsEntry(Severity.HIGH, 0);
    }

    @Test
    void anIgnoreReasonWinsOverTheThreshold() {
        Policy policy = new Policy(List.of("public.orders"), Severity.CRITICAL, null);

        Assessment assessment = policy.assess(List.of(COMMENT));

        assertThat(assessment.differences().get(0).reason()).isEqualTo("ignored by pattern 'public.orders'");
    }

    @Test
    void theRiskTableDecidesTheSeverity() {
        Policy policy = new Policy(null, Severity.MEDIUM, RiskTable.defaults().withOverride("TABLE:MISSING", 10));

        Assessment assessment = policy.assess(List.of(MISSING_TABLE));

        assertThat(assessment.verdict()).isEqualTo(Verdict.PASS);
        assertThat(assessment.differences().get(0).risk()).isEqualTo(10);
    }

    @Test
    void aBadPatternIsRejectedWhenThePolicyIsMade() {
        assertThatThrownBy(() -> new Policy(List.of(""), null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Empty ignore pattern");
    }
}
