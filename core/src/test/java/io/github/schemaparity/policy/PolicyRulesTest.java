package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precedence of deny rules, the baseline, allow rules, ignore globs and failOn; risk re-ratings. */
class PolicyRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Difference HOTFIX_INDEX = new Difference(ObjectType.INDEX, "public.orders.orders_hotfix_idx",
            Change.UNEXPECTED, null, null, "btree(created_at)");
    private static final Difference PAYMENT_INDEX = new Difference(ObjectType.INDEX, "public.payments.p_idx",
            Change.UNEXPECTED, null, null, "btree(paid_at)");
    private static final Difference COMMENT = new Difference(ObjectType.COLUMN, "public.orders.status",
            Change.CHANGED, "comment", "Status", null);
    private static final Difference DEFAULT = new Difference(ObjectType.COLUMN, "public.orders.status",
            Change.CHANGED, "default", "'new'::text", "'open'::text");
    private static final Difference WIDENED = new Difference(ObjectType.COLUMN, "public.orders.note",
            Change.CHANGED, "type", "varchar(50)", "varchar(255)");

    private static Policy policy(List<String> ignore, Severity failOn, String... rules) {
        return new Policy(ignore, failOn, null, List.of(rules).stream().map(Rule::parse).toList(), null, false);
    }

    private static Policy withBaseline(Policy policy, boolean strict, BaselineEntry... entries) {
        return policy.withBaseline(new Baseline(Path.of("baseline.json"), List.of(entries)), strict);
    }

    private static AssessedDifference only(Policy policy, Difference difference) {
        return policy.assess(List.of(difference), TODAY).differences().get(0);
    }

    @Test
    void extraIndexesInProductionAreFine() {
        Assessment assessment = policy(List.of(), Severity.LOW, "allow INDEX:UNEXPECTED")
                .assess(List.of(HOTFIX_INDEX, COMMENT), TODAY);

        assertThat(assessment.differences()).extracting(AssessedDifference::allowed).containsExactly(true, false);
        assertThat(assessment.differences().get(0).reason()).isEqualTo("allowed by rule 'allow INDEX:UNEXPECTED'");
        assertThat(assessment.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void ignoreComments() {
        AssessedDifference comment = only(policy(List.of(), Severity.LOW, "allow attribute=comment"), COMMENT);

        assertThat(comment.allowed()).isTrue();
        assertThat(comment.reason()).isEqualTo("allowed by rule 'allow attribute=comment'");
    }

    @Test
    void denyBeatsAllowIgnoreAndFailOn() {
        Policy policy = policy(List.of("public.payments"), Severity.CRITICAL, "allow INDEX:UNEXPECTED",
                "deny public.payment*");

        Assessment assessment = policy.assess(List.of(PAYMENT_INDEX, HOTFIX_INDEX), TODAY);

        AssessedDifference payment = assessment.differences().get(0);
        assertThat(payment.allowed()).isFalse();
        assertThat(payment.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(payment.reason()).isEqualTo("denied by rule 'deny public.payment*'");
        assertThat(assessment.differences().get(1).allowed()).isTrue();
        assertThat(assessment.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void denyIsIndependentOfRuleOrder() {
        AssessedDifference first = only(policy(List.of(), Severity.LOW, "deny INDEX", "allow INDEX:UNEXPECTED"),
                HOTFIX_INDEX);
        AssessedDifference last = only(policy(List.of(), Severity.LOW, "allow INDEX:UNEXPECTED", "deny INDEX"),
                HOTFIX_INDEX);

        assertThat(first.allowed()).isFalse();
        assertThat(last.allowed()).isFalse();
    }

    @Test
    void aDenyWithASeverityBoundFailsOnlyFromThatSeverity() {
        Policy policy = policy(List.of(), Severity.CRITICAL, "deny COLUMN severity>=MEDIUM");

        assertThat(only(policy, WIDENED).allowed()).as("MEDIUM: denied").isFalse();
        assertThat(only(policy, COMMENT).allowed()).as("LOW: below failOn").isTrue();
        assertThat(only(policy, COMMENT).reason()).isEqualTo("below failOn CRITICAL");
    }

    @Test
    void theFirstMatchingAllowRuleGivesTheReasonAndRulesComeBeforeIgnoreAndFailOn() {
        Policy policy = policy(List.of("public.orders"), Severity.HIGH, "allow COLUMN", "allow *:CHANGED:comment");

        assertThat(only(policy, COMMENT).reason()).isEqualTo("allowed by rule 'allow COLUMN'");
        assertThat(only(policy, HOTFIX_INDEX).reason()).isEqualTo("ignored by pattern 'public.orders'");
        assertThat(only(policy, PAYMENT_INDEX).reason()).isEqualTo("below failOn HIGH");
    }

    @Test
    void ignoreAndFailOnAreAllowRules() {
        Policy policy = new Policy(List.of("*.tmp_*"), Severity.HIGH, null);

        assertThat(policy.allowingRules()).extracting(Rule::text)
                .containsExactly("allow object=*.tmp_*", "allow severity<HIGH");
        assertThat(policy.allowingRules().get(1).maximum()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void aReRatedKindOfDifferenceChangesItsSeverityAndWhatFailOnAllows() {
        Policy defaults = new Policy(List.of(), Severity.HIGH, null);
        Policy rerated = new Policy(List.of(), Severity.HIGH,
                RiskTable.defaults().withRatings(List.of("COLUMN:CHANGED:default=80")));

        assertThat(only(defaults, DEFAULT).risk()).isEqualTo(40);
        assertThat(only(defaults, DEFAULT).allowed()).isTrue();
        assertThat(only(rerated, DEFAULT).risk()).isEqualTo(80);
        assertThat(only(rerated, DEFAULT).severity()).isEqualTo(Severity.HIGH);
        assertThat(only(rerated, DEFAULT).allowed()).isFalse();
    }

    @Test
    void severitySelectorsSeeTheReRatedSeverity() {
        Policy policy = new Policy(List.of(), Severity.LOW,
                RiskTable.defaults().withRatings(List.of("INDEX:UNEXPECTED=5")),
                List.of(Rule.parse("allow severity=LOW")), null, false);

        assertThat(only(policy, HOTFIX_INDEX).allowed()).isTrue();
    }

    @Test
    void anAcknowledgedDifferenceIsAllowedWithTheBaselineReason() {
        Policy policy = withBaseline(Policy.defaults(), false,
                BaselineEntry.of(HOTFIX_INDEX, "hotfix INC-42", "team-orders", LocalDate.of(2026, 12, 31)));

        Assessment assessment = policy.assess(List.of(HOTFIX_INDEX, COMMENT), TODAY);

        AssessedDifference index = assessment.differences().get(0);
        assertThat(index.allowed()).isTrue();
        assertThat(index.acknowledged()).isTrue();
        assertThat(index.reason()).isEqualTo("acknowledged in baseline: hotfix INC-42 (owner team-orders, expires 2026-12-31)");
        assertThat(index.acknowledgement().status()).isEqualTo(Acknowledgement.Status.ACKNOWLEDGED);
        assertThat(assessment.differences().get(1).allowed()).as("new: not in the baseline").isFalse();
        assertThat(assessment.acknowledged()).isEqualTo(1);
        assertThat(assessment.stale()).isEmpty();
        assertThat(assessment.baseline().entries()).isEqualTo(1);
    }

    @Test
    void anEntryHoldsThroughItsExpiryDay() {
        Policy policy = withBaseline(Policy.defaults(), false, BaselineEntry.of(HOTFIX_INDEX, "r", null, TODAY));

        assertThat(only(policy, HOTFIX_INDEX).acknowledged()).isTrue();
    }

    @Test
    void anExpiredEntryFailsItsDifferenceNamingReasonAndExpiry() {
        Policy policy = withBaseline(Policy.defaults(), false,
                BaselineEntry.of(HOTFIX_INDEX, "hotfix INC-42", "team-orders", TODAY.minusDays(1)));

        AssessedDifference index = only(policy, HOTFIX_INDEX);

        assertThat(index.allowed()).isFalse();
        assertThat(index.acknowledged()).isFalse();
        assertThat(index.acknowledgement().status()).isEqualTo(Acknowledgement.Status.EXPIRED);
        assertThat(index.reason()).isEqualTo("baseline entry expired (expires 2026-11-20): hotfix INC-42 "
                + "(owner team-orders); fix the drift or extend expires");
    }

    @Test
    void anExpiredEntryLeavesWhatTheRulesAllowAllowed() {
        Policy policy = withBaseline(policy(List.of(), Severity.LOW, "allow INDEX:UNEXPECTED"), false,
                BaselineEntry.of(HOTFIX_INDEX, "hotfix", null, TODAY.minusDays(1)));

        AssessedDifference index = only(policy, HOTFIX_INDEX);

        assertThat(index.allowed()).isTrue();
        assertThat(index.reason()).isEqualTo("allowed by rule 'allow INDEX:UNEXPECTED'; baseline entry expired "
                + "(expires 2026-11-20): hotfix");
    }

    @Test
    void aValueThatDriftedFurtherIsNewAndItsEntryStale() {
        Difference further = new Difference(ObjectType.COLUMN, "public.orders.note", Change.CHANGED, "type",
                "varchar(50)", "text");
        Policy policy = withBaseline(Policy.defaults(), false, BaselineEntry.of(WIDENED, "widened on purpose", null, null));

        Assessment assessment = policy.assess(List.of(further), TODAY);

        assertThat(assessment.differences().get(0).allowed()).isFalse();
        assertThat(assessment.differences().get(0).acknowledgement()).isNull();
        assertThat(assessment.stale()).extracting(BaselineEntry::actual).containsExactly("varchar(255)");
    }

    @Test
    void staleEntriesAreReportedAndFailOnlyWhenStrict() {
        BaselineEntry gone = BaselineEntry.of(HOTFIX_INDEX, "hotfix", null, null);

        Assessment lenient = withBaseline(Policy.defaults(), false, gone).assess(List.of(), TODAY);
        Assessment strict = withBaseline(Policy.defaults(), true, gone).assess(List.of(), TODAY);

        assertThat(lenient.stale()).containsExactly(gone);
        assertThat(lenient.verdict()).isEqualTo(Verdict.PASS);
        assertThat(strict.stale()).containsExactly(gone);
        assertThat(strict.baseline().staleFails()).isTrue();
        assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void denyBeatsTheBaselineAndTheEntryIsNotStale() {
        Policy policy = withBaseline(policy(List.of(), Severity.LOW, "deny public.payment*"), true,
                BaselineEntry.of(PAYMENT_INDEX, "accepted?", null, null));

        Assessment assessment = policy.assess(List.of(PAYMENT_INDEX), TODAY);

        AssessedDifference payment = assessment.differences().get(0);
        assertThat(payment.allowed()).isFalse();
        assertThat(payment.reason()).isEqualTo("denied by rule 'deny public.payment*'");
        assertThat(payment.acknowledgement().status()).isEqualTo(Acknowledgement.Status.DENIED);
        assertThat(assessment.stale()).isEmpty();
    }

    @Test
    void summaryCountsOnlyFailingSeverities() {
        Policy policy = new Policy(List.of("public.flyway_schema_history"), Severity.LOW, null);
        Difference history = new Difference(ObjectType.TABLE, "public.flyway_schema_history", Change.MISSING, null,
                "table, 10 columns", null);

        Assessment assessment = policy.assess(List.of(history), TODAY);

        assertThat(assessment.countsBySeverity().get(Severity.CRITICAL)).isEqualTo(1);
        assertThat(assessment.failingBySeverity().values()).containsOnly(0);
    }
}
