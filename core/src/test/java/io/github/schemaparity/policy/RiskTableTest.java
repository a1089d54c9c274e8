package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.diff.ObjectType;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskTableTest {
    private final RiskTable table = RiskTable.defaults();

    // The facts are what the diff establishes for such a difference (see diff.FactsTest); the table reads only them.
    private static Difference missing(ObjectType type, String description, Fact... facts) {
        return new Difference(type, "public.t.x", Change.MISSING, null, description, null, Set.of(facts));
    }

    private static Difference unexpected(ObjectType type, String description, Fact... facts) {
        return new Difference(type, "public.t.x", Change.UNEXPECTED, null, null, description, Set.of(facts));
    }

    private static Difference changed(ObjectType type, String attribute, String expected, String actual,
            Fact... facts) {
        return new Difference(type, "public.t.x", Change.CHANGED, attribute, expected, actual, Set.of(facts));
    }

    @Test
    void anInvalidUniqueIndexIsRatedFromItsFactNotItsText() {
        assertThat(table.risk(changed(ObjectType.INDEX, "valid", "true", "false (unique: enforces nothing)",
                Fact.UNIQUE))).isEqualTo(75);
        assertThat(table.risk(changed(ObjectType.INDEX, "valid", "true", "false"))).isEqualTo(45);
        // the display text alone earns nothing: only the diff's fact says the index is unique
        assertThat(table.risk(changed(ObjectType.INDEX, "valid", "true", "false (unique: enforces nothing)")))
                .isEqualTo(45);
    }

    @Test
    void missingObjectsTheCodeUsesAreCritical() {
        assertThat(table.risk(missing(ObjectType.TABLE, "table, 3 columns"))).isEqualTo(95);
        assertThat(table.risk(missing(ObjectType.COLUMN, "text"))).isEqualTo(90);
        assertThat(table.severity(missing(ObjectType.VIEW, "SELECT 1"))).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void anUnexpectedColumnIsOnlyDangerousWhenInsertsMustFillIt() {
        assertThat(table.risk(unexpected(ObjectType.COLUMN, "text"))).isEqualTo(20);
        assertThat(table.risk(unexpected(ObjectType.COLUMN, "text not null default ''::text"))).isEqualTo(20);
        assertThat(table.risk(unexpected(ObjectType.COLUMN, "bigint not null generated ALWAYS as identity")))
                .isEqualTo(20);
        assertThat(table.risk(unexpected(ObjectType.COLUMN, "integer not null", Fact.REQUIRES_VALUE))).isEqualTo(85);
    }

    @Test
    void typeChangesAreRatedByDirection() {
        assertThat(table.risk(changed(ObjectType.COLUMN, "type", "varchar(50)", "varchar(255)", Fact.TYPE_WIDENED))).isEqualTo(30);
        assertThat(table.risk(changed(ObjectType.COLUMN, "type", "varchar(255)", "varchar(50)", Fact.TYPE_NARROWED))).isEqualTo(75);
        assertThat(table.risk(changed(ObjectType.COLUMN, "type", "integer", "text"))).isEqualTo(60);
    }

    @Test
    void nullabilityIsRatedByDirection() {
        assertThat(table.risk(changed(ObjectType.COLUMN, "nullable", "true", "false", Fact.NULLABLE_TIGHTENED))).isEqualTo(75);
        assertThat(table.risk(changed(ObjectType.COLUMN, "nullable", "false", "true", Fact.NULLABLE_RELAXED))).isEqualTo(55);
    }

    @Test
    void uniqueIndexesWeighMoreThanPlainOnes() {
        assertThat(table.risk(unexpected(ObjectType.INDEX, "btree(status)"))).isEqualTo(25);
        assertThat(table.risk(unexpected(ObjectType.INDEX, "unique btree(status)", Fact.UNIQUE))).isEqualTo(55);
        assertThat(table.risk(missing(ObjectType.INDEX, "btree(status)"))).isEqualTo(45);
        assertThat(table.risk(missing(ObjectType.INDEX, "unique btree(status)", Fact.UNIQUE))).isEqualTo(60);
    }

    @Test
    void cosmeticAttributesAreLowOnEveryObjectType() {
        for (ObjectType type : ObjectType.values()) {
            assertThat(table.severity(changed(type, "comment", "a", "b"))).as(type.name()).isEqualTo(Severity.LOW);
            assertThat(table.severity(changed(type, "name", "a", "b"))).as(type.name()).isEqualTo(Severity.LOW);
        }
    }

    @Test
    void tableOptionsAreRatedByPrefix() {
        assertThat(table.risk(changed(ObjectType.TABLE, "storage.fillfactor", "90", null))).isEqualTo(10);
        assertThat(table.risk(changed(ObjectType.TABLE, "rowSecurity", "enabled", null))).isEqualTo(80);
        assertThat(table.risk(changed(ObjectType.TABLE, "someNewOption", "a", "b"))).isEqualTo(30);
    }

    @Test
    void everyObjectTypeAndChangeHasARating() {
        for (ObjectType type : ObjectType.values()) {
            for (Change change : Change.values()) {
                Difference d = new Difference(type, "x", change, change == Change.CHANGED ? "whatever" : null, "a",
                        "b");
                assertThat(table.risk(d)).as(type + ":" + change).isBetween(0, 100);
            }
        }
    }

    @Test
    void overridesBeatDefaultsAndTheMostSpecificOverrideWins() {
        RiskTable custom = table.withOverride("index:unexpected", 0).withOverride("COLUMN", 10)
                .withOverride("COLUMN:CHANGED:type", 80);

        assertThat(custom.risk(unexpected(ObjectType.INDEX, "unique btree(a)"))).isZero();
        assertThat(custom.risk(missing(ObjectType.COLUMN, "text"))).isEqualTo(10);
        assertThat(custom.risk(changed(ObjectType.COLUMN, "comment", "a", "b"))).isEqualTo(10);
        assertThat(custom.risk(changed(ObjectType.COLUMN, "type", "varchar(5)", "varchar(9)"))).isEqualTo(80);
        assertThat(custom.risk(missing(ObjectType.TABLE, "table"))).isEqualTo(95);
        assertThat(custom.overrides()).containsOnlyKeys("INDEX:UNEXPECTED", "COLUMN", "COLUMN:CHANGED:type");
        assertThat(table.risk(missing(ObjectType.COLUMN, "text"))).as("original unchanged").isEqualTo(90);
    }

    @Test
    void overridesOfQualifiedAndWildcardKeys() {
        RiskTable custom = table.withOverrides(Map.of("COLUMN:CHANGED:type/widened", 0, "*:CHANGED:comment", 0));

        assertThat(custom.risk(changed(ObjectType.COLUMN, "type", "int", "bigint", Fact.TYPE_WIDENED))).isZero();
        assertThat(custom.risk(changed(ObjectType.COLUMN, "type", "bigint", "int", Fact.TYPE_NARROWED))).isEqualTo(75);
        assertThat(custom.risk(changed(ObjectType.VIEW, "comment", "a", null))).isZero();
    }

    @Test
    void badOverridesAreRejectedWithTheChoices() {
        assertThatThrownBy(() -> table.withOverride("TABL:MISSING", 10)).hasMessageStartingWith(
                "Unknown object type 'TABL' in risk key 'TABL:MISSING': use * or one of [SCHEMA, TABLE");
        assertThatThrownBy(() -> table.withOverride("TABLE:GONE", 10))
                .hasMessage("Unknown change 'GONE' in risk key 'TABLE:GONE': use MISSING, UNEXPECTED or CHANGED");
        assertThatThrownBy(() -> table.withOverride("TABLE", 101))
                .hasMessage("Risk 101 for 'TABLE' is out of range: use 0 to 100");
        assertThatThrownBy(() -> table.withOverride(" ", 1)).hasMessageStartingWith("Empty risk key");
    }

    @Test
    void defaultRulesAreValidKeysWithinRange() {
        for (RiskTable.Rule rule : RiskTable.defaultRules()) {
            assertThat(rule.risk()).as(rule.key()).isBetween(0, 100);
            assertThat(rule.reason()).as(rule.key()).isNotBlank();
            table.withOverride(rule.key(), rule.risk()); // throws on an invalid key
        }
    }

    @Test
    void describeListsOverridesThenEveryDefaultAligned() {
        var lines = table.withOverride("INDEX:UNEXPECTED", 0).describe();

        assertThat(lines).hasSize(RiskTable.defaultRules().size() + 1);
        assertThat(lines.get(0)).matches("INDEX:UNEXPECTED +  0  LOW       override");
        assertThat(lines).anySatisfy(line -> assertThat(line)
                .matches("TABLE:MISSING +95  CRITICAL  every query on it fails"));
        int riskColumn = lines.get(0).indexOf("  0");
        assertThat(lines).allSatisfy(line -> assertThat(line.substring(riskColumn, riskColumn + 3).trim())
                .matches("\\d+"));
        assertThat(Arrays.stream(Severity.values())).allSatisfy(s -> assertThat(lines)
                .anyMatch(line -> line.contains(" " + s.name() + " ")));
    }

    @Test
    void ratingsAreKeyEqualsRiskAndBeatTheDefaults() {
        RiskTable rated = table.withRatings(java.util.List.of(" COLUMN:CHANGED:default = 80 ", "index:unexpected=0", ""));

        assertThat(rated.overrides()).containsExactly(java.util.Map.entry("COLUMN:CHANGED:default", 80),
                java.util.Map.entry("INDEX:UNEXPECTED", 0));
        assertThat(rated.risk(new io.github.schemaparity.diff.Difference(io.github.schemaparity.diff.ObjectType.COLUMN,
                "public.t.c", io.github.schemaparity.diff.Change.CHANGED, "default", "1", "2"))).isEqualTo(80);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "COLUMN:CHANGED:default|no '=RISK'",
            "COLUMN:CHANGED:default=high|'high' is not a number",
            "COLUMN:CHANGED:default=101|Risk 101 for 'COLUMN:CHANGED:default' is out of range: use 0 to 100",
            "COLUMNS:CHANGED=10|Unknown object type 'COLUMNS' in risk key 'COLUMNS:CHANGED'",
            "COLUMN:ALTERED=10|Unknown change 'ALTERED'",
            "=10|no '=RISK'"})
    void aBadRatingIsOneLineNamingItAndTheForm(String rating, String problem) {
        assertThatThrownBy(() -> table.withRatings(java.util.List.of(rating)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid risk '" + rating + "': ")
                .hasMessageContaining(problem)
                .hasMessageEndingWith("; write " + RiskTable.RATING_FORM)
                .hasMessageNotContaining("\n");
    }
}
