package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every selector of the rule text form: what it parses to and what it matches. */
class RuleTest {
    private static final Difference HOTFIX_INDEX = new Difference(ObjectType.INDEX, "public.orders.orders_hotfix_idx",
            Change.UNEXPECTED, null, null, "btree(created_at)");
    private static final Difference COLUMN_COMMENT = new Difference(ObjectType.COLUMN, "public.orders.status",
            Change.CHANGED, "comment", "Status", null);
    private static final Difference PAYMENT_TYPE = new Difference(ObjectType.COLUMN, "public.payments.amount",
            Change.CHANGED, "type", "numeric(12,2)", "numeric(10,2)");
    private static final Difference STORAGE = new Difference(ObjectType.TABLE, "public.orders", Change.CHANGED,
            "storage.fillfactor", "100", "70");
    private static final Difference EXTENSION = new Difference(ObjectType.EXTENSION, "extension:pgcrypto",
            Change.UNEXPECTED, null, null, "pgcrypto 1.3");

    @Test
    void anObjectTypeAndChange() {
        Rule rule = Rule.parse("allow INDEX:UNEXPECTED");

        assertThat(rule).isEqualTo(new Rule(Rule.Action.ALLOW, ObjectType.INDEX, Change.UNEXPECTED, null, null, null,
                null, "allow INDEX:UNEXPECTED"));
        assertThat(rule.matches(HOTFIX_INDEX, Severity.MEDIUM)).isTrue();
        assertThat(rule.matches(new Difference(ObjectType.INDEX, "public.orders.x", Change.MISSING, null, "btree(x)",
                null), Severity.MEDIUM)).isFalse();
        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isFalse();
    }

    @Test
    void anObjectTypeAlone() {
        Rule rule = Rule.parse("deny COLUMN");

        assertThat(rule.action()).isEqualTo(Rule.Action.DENY);
        assertThat(rule.matches(PAYMENT_TYPE, Severity.HIGH)).isTrue();
        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isTrue();
        assertThat(rule.matches(HOTFIX_INDEX, Severity.MEDIUM)).isFalse();
    }

    @Test
    void anAttributeOnAnyObjectType() {
        Rule rule = Rule.parse("allow *:CHANGED:comment");

        assertThat(rule.objectType()).isNull();
        assertThat(rule.attribute()).isEqualTo("comment");
        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isTrue();
        assertThat(rule.matches(PAYMENT_TYPE, Severity.HIGH)).isFalse();
        assertThat(rule.matches(HOTFIX_INDEX, Severity.MEDIUM)).as("no attribute").isFalse();
    }

    @Test
    void anAttributeByName() {
        Rule rule = Rule.parse("allow attribute=comment");

        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isTrue();
        assertThat(rule.matches(PAYMENT_TYPE, Severity.HIGH)).isFalse();
    }

    @Test
    void anAttributeGlob() {
        Rule rule = Rule.parse("allow TABLE:CHANGED:storage.*");

        assertThat(rule.matches(STORAGE, Severity.LOW)).isTrue();
        assertThat(rule.matches(new Difference(ObjectType.TABLE, "public.orders", Change.CHANGED, "persistence",
                "permanent", "unlogged"), Severity.HIGH)).isFalse();
    }

    @Test
    void anObjectGlobCoversChildren() {
        Rule rule = Rule.parse("deny public.payment*");

        assertThat(rule.object()).isEqualTo("public.payment*");
        assertThat(rule.matches(PAYMENT_TYPE, Severity.LOW)).isTrue();
        assertThat(rule.matches(new Difference(ObjectType.TABLE, "public.payment_log", Change.MISSING, null,
                "table", null), Severity.CRITICAL)).isTrue();
        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isFalse();
    }

    @Test
    void aLowerCasePathThatStartsLikeAnObjectTypeIsAPath() {
        Rule rule = Rule.parse("allow extension:pgcrypto");

        assertThat(rule.object()).isEqualTo("extension:pgcrypto");
        assertThat(rule.objectType()).isNull();
        assertThat(rule.matches(EXTENSION, Severity.LOW)).isTrue();
    }

    @Test
    void objectByName() {
        Rule rule = Rule.parse("allow object=AUDIT.*");

        assertThat(rule.object()).isEqualTo("AUDIT.*");
        assertThat(rule.matches(new Difference(ObjectType.TABLE, "AUDIT.log", Change.UNEXPECTED, null, null, "t"),
                Severity.LOW)).isTrue();
    }

    @Test
    void typeAndChangeByName() {
        Rule rule = Rule.parse("allow type=index change=unexpected");

        assertThat(rule.objectType()).isEqualTo(ObjectType.INDEX);
        assertThat(rule.change()).isEqualTo(Change.UNEXPECTED);
        assertThat(rule.matches(HOTFIX_INDEX, Severity.MEDIUM)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "severity>=MEDIUM, MEDIUM, CRITICAL, LOW",
            "severity>medium, HIGH, CRITICAL, MEDIUM",
            "severity<=HIGH, LOW, HIGH, CRITICAL",
            "severity<HIGH, LOW, MEDIUM, HIGH",
            "severity=HIGH, HIGH, HIGH, MEDIUM"})
    void aSeverityBound(String selector, Severity lowestIn, Severity highestIn, Severity outside) {
        Rule rule = Rule.parse("deny " + selector);

        assertThat(rule.matches(PAYMENT_TYPE, lowestIn)).isTrue();
        assertThat(rule.matches(PAYMENT_TYPE, highestIn)).isTrue();
        assertThat(rule.matches(PAYMENT_TYPE, outside)).isFalse();
    }

    @Test
    void selectorsCombine() {
        Rule rule = Rule.parse("deny COLUMN severity>=MEDIUM public.pay*");

        assertThat(rule.matches(PAYMENT_TYPE, Severity.HIGH)).isTrue();
        assertThat(rule.matches(PAYMENT_TYPE, Severity.LOW)).as("below the bound").isFalse();
        assertThat(rule.matches(new Difference(ObjectType.INDEX, "public.payments.idx", Change.MISSING, null, "b",
                null), Severity.HIGH)).as("another type").isFalse();
        assertThat(rule.matches(new Difference(ObjectType.COLUMN, "public.orders.x", Change.MISSING, null, "int",
                null), Severity.CRITICAL)).as("another path").isFalse();
    }

    @Test
    void aStarSelectsEverything() {
        Rule rule = Rule.parse("allow *");

        assertThat(rule.matches(HOTFIX_INDEX, Severity.CRITICAL)).isTrue();
        assertThat(rule.matches(COLUMN_COMMENT, Severity.LOW)).isTrue();
    }

    @Test
    void theActionIsCaseInsensitiveAndSpacesAreFree() {
        Rule rule = Rule.parse("  DENY   public.payment*   ");

        assertThat(rule.action()).isEqualTo(Rule.Action.DENY);
        assertThat(rule.text()).isEqualTo("DENY public.payment*");
    }

    @Test
    void aRuleBuiltInCodeDescribesItself() {
        assertThat(new Rule(Rule.Action.DENY, ObjectType.COLUMN, null, "type", "public.*", Severity.HIGH, null, null)
                .text()).isEqualTo("deny COLUMN:*:type object=public.* severity>=HIGH");
        assertThat(Rule.parse(new Rule(Rule.Action.ALLOW, null, null, null, null, Severity.LOW, Severity.LOW, null)
                .text()).maximum()).isEqualTo(Severity.LOW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|the rule is empty",
            "permit INDEX|it must start with allow or deny, not 'permit'",
            "allow|it selects nothing",
            "allow INDEXES:UNEXPECTED|unknown object type 'INDEXES'",
            "allow INDEX:ADDED|unknown change 'ADDED' (use MISSING, UNEXPECTED, CHANGED or *)",
            "allow Index:Unexpected|write the object type and change in upper case ('INDEX:UNEXPECTED')",
            "allow severity>=SEVERE|unknown severity 'SEVERE'",
            "allow severity>CRITICAL|nothing is above CRITICAL",
            "allow severity<LOW|nothing is below LOW",
            "allow severity>=HIGH severity<=LOW|no severity is both >= HIGH and <= LOW",
            "allow severity>=HIGH severity>=LOW|the severity bound is given twice",
            "allow public.a public.b|two object globs ('public.a', 'public.b')",
            "allow INDEX COLUMN|two object type selectors ('COLUMN')",
            "allow INDEX type=COLUMN|the object type is given twice",
            "allow owner=me|unknown selector 'owner='",
            "allow object=|'object=' has no value"})
    void aBadRuleIsOneLineNamingItAndTheForm(String text, String problem) {
        assertThatThrownBy(() -> Rule.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid rule '" + text.strip() + "': ")
                .hasMessageContaining(problem)
                .hasMessageEndingWith("; write " + Rule.FORM)
                .hasMessageNotContaining("\n");
    }
}
