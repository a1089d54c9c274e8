package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the baseline goal keeps, adds, drops and leaves out. */
class BaselineUpdateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Path FILE = Path.of("baseline.json");
    private static final Difference HOTFIX = new Difference(ObjectType.INDEX, "public.orders.orders_hotfix_idx",
            Change.UNEXPECTED, null, null, "btree(created_at)");
    private static final Difference WIDENED = new Difference(ObjectType.COLUMN, "public.orders.note", Change.CHANGED,
            "type", "varchar(50)", "varchar(255)");
    private static final Difference COMMENT = new Difference(ObjectType.COLUMN, "public.orders.status",
            Change.CHANGED, "comment", "Status", null);
    private static final Difference PAYMENT = new Difference(ObjectType.COLUMN, "public.payments.amount",
            Change.MISSING, null, "numeric", null);
    private static final BaselineUpdate.NewEntries NEW = new BaselineUpdate.NewEntries("adopted drift", "ops",
            LocalDate.of(2027, 1, 31));

    private static BaselineUpdate update(Policy policy, BaselineUpdate.NewEntries defaults, Difference... differences) {
        Assessment assessment = policy.assess(List.of(differences), TODAY);
        return BaselineUpdate.of(assessment, policy, FILE, defaults, TODAY);
    }

    @Test
    void failingDifferencesBecomeEntriesWithTheGivenReasonOwnerAndExpiry() {
        BaselineUpdate update = update(Policy.defaults(), NEW, HOTFIX, WIDENED);

        assertThat(update.added()).containsExactly(BaselineEntry.of(WIDENED, "adopted drift", "ops", LocalDate.of(2027, 1, 31)),
                BaselineEntry.of(HOTFIX, "adopted drift", "ops", LocalDate.of(2027, 1, 31)));
        assertThat(update.baseline().entries()).hasSize(2);
        assertThat(update.baseline().file()).isEqualTo(FILE);
        assertThat(update.changed()).isTrue();
        assertThat(update.describe()).containsExactly(
                "baseline updated: 0 kept, 2 added, 0 dropped as stale; 2 entries in baseline.json",
                "  + COLUMN public.orders.note CHANGED type: varchar(50) -> varchar(255)  (adopted drift (owner ops, expires 2027-01-31))",
                "  + INDEX public.orders.orders_hotfix_idx UNEXPECTED btree(created_at)  (adopted drift (owner ops, expires 2027-01-31))");
    }

    @Test
    void acknowledgeGlobsSelectTheDifferencesThatGetAnEntryTheOthersStillFail() {
        BaselineUpdate.NewEntries onlyOrders = new BaselineUpdate.NewEntries("adopted drift", null, null,
                List.of("public.orders.*", " "));

        BaselineUpdate update = update(Policy.defaults(), onlyOrders, HOTFIX, WIDENED, PAYMENT);

        assertThat(update.added()).extracting(BaselineEntry::object)
                .containsExactly("public.orders.note", "public.orders.orders_hotfix_idx");
        assertThat(update.notAcknowledged()).containsExactly(PAYMENT);
        assertThat(update.describe()).first().asString()
                .startsWith("baseline updated: 0 kept, 2 added, 0 dropped as stale; 2 entries");
        assertThat(update.describe()).last().asString()
                .isEqualTo("  x COLUMN public.payments.amount MISSING numeric  (not written: matches no acknowledge glob, still fails)");
    }

    @Test
    void withoutReasonOnlyTheAcknowledgedDifferencesNeedOne() {
        BaselineUpdate.NewEntries none = new BaselineUpdate.NewEntries(null, null, null, List.of("public.nothing.*"));

        BaselineUpdate update = update(Policy.defaults(), none, HOTFIX);

        assertThat(update.added()).isEmpty();
        assertThat(update.notAcknowledged()).containsExactly(HOTFIX);
    }

    @Test
    void existingEntriesKeepTheirReasonStaleOnesAreDroppedAndExpiredOnesKept() {
        BaselineEntry hotfix = BaselineEntry.of(HOTFIX, "INC-42 hotfix", "team-orders", null);
        BaselineEntry expired = BaselineEntry.of(WIDENED, "temporary", null, TODAY.minusDays(3));
        BaselineEntry gone = BaselineEntry.of(COMMENT, "old comment", null, null);
        Policy policy = Policy.defaults().withBaseline(new Baseline(FILE, List.of(hotfix, expired, gone)), false);

        BaselineUpdate update = update(policy, new BaselineUpdate.NewEntries(null, null, null), HOTFIX, WIDENED);

        assertThat(update.kept()).containsExactly(expired, hotfix);
        assertThat(update.expired()).containsExactly(expired);
        assertThat(update.removed()).containsExactly(gone);
        assertThat(update.added()).isEmpty();
        assertThat(update.baseline().entries()).containsExactly(expired, hotfix);
        assertThat(update.describe()).contains(
                "  - COLUMN public.orders.status CHANGED comment: Status -> none  (stale: old comment)",
                "  ! COLUMN public.orders.note CHANGED type: varchar(50) -> varchar(255)  (expired 2026-11-18, kept: fix the drift or extend expires in the file)");
    }

    @Test
    void nothingNewAndNothingStaleIsUnchanged() {
        BaselineEntry hotfix = BaselineEntry.of(HOTFIX, "INC-42 hotfix", null, null);
        Policy policy = Policy.defaults().withBaseline(new Baseline(FILE, List.of(hotfix)), false);

        BaselineUpdate update = update(policy, new BaselineUpdate.NewEntries(null, null, null), HOTFIX);

        assertThat(update.changed()).isFalse();
        assertThat(update.describe().get(0)).startsWith("baseline unchanged: 1 kept, 0 added, 0 dropped as stale");
    }

    @Test
    void aNewDifferenceWithoutReasonIsRefused() {
        assertThatThrownBy(() -> update(Policy.defaults(), new BaselineUpdate.NewEntries(" ", null, null), HOTFIX, WIDENED))
                .isInstanceOf(BaselineUpdate.ReasonRequired.class)
                .hasMessage("2 new differences need a reason to be acknowledged");
    }

    @Test
    void allowedAndDeniedDifferencesGetNoEntry() {
        Policy policy = new Policy(List.of(), Severity.LOW, null,
                List.of(Rule.parse("allow attribute=comment"), Rule.parse("deny public.payment*")), null, false);

        BaselineUpdate update = update(policy, NEW, COMMENT, PAYMENT, HOTFIX);

        assertThat(update.added()).extracting(BaselineEntry::object).containsExactly("public.orders.orders_hotfix_idx");
        assertThat(update.denied()).containsExactly(PAYMENT);
        assertThat(update.describe()).contains("  x COLUMN public.payments.amount MISSING numeric  (not written: a deny "
                + "rule selects it, and deny beats the baseline)");
    }
}
