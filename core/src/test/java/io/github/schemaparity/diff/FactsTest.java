package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Index;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsTest {

    private static Column column(boolean nullable, String defaultValue, String identity, String generated) {
        return new Column("c", 1, "bigint", nullable, defaultValue, identity, generated, null, null);
    }

    private static Column typed(String type, boolean nullable) {
        return new Column("c", 1, type, nullable, null, null, null, null, null);
    }

    @Test
    void aColumnRequiresAValueOnlyWhenNothingFillsItIn() {
        assertThat(Facts.of(column(false, null, null, null))).containsExactly(Fact.REQUIRES_VALUE);
        assertThat(Facts.of(column(true, null, null, null))).isEmpty();
        assertThat(Facts.of(column(false, "0", null, null))).isEmpty();
        assertThat(Facts.of(column(false, null, "BY DEFAULT", null))).isEmpty();
        assertThat(Facts.of(column(false, null, null, "(a + 1)"))).isEmpty();
        // A default expression may mention "not null"; it still fills the column in.
        assertThat(Facts.of(column(true, "'not null'::text", null, null))).isEmpty();
    }

    @Test
    void anIndexOnOneSideIsUniqueOrNot() {
        assertThat(Facts.of(new Index("i", false, true, "btree", List.of("a"), List.of(), null)))
                .containsExactly(Fact.UNIQUE);
        assertThat(Facts.of(new Index("i", false, false, "btree", List.of("a"), List.of(), null))).isEmpty();
    }

    @Test
    void aUniqueIndexLeftInvalidOnOneSideCarriesUniqueOnItsValidChange() {
        Index valid = new Index("i", false, true, "btree", List.of("a"), List.of(), null);
        Index invalid = new Index("i", false, true, "btree", List.of("a"), List.of(), null, true);
        Index plainInvalid = new Index("i", false, false, "btree", List.of("a"), List.of(), null, true);
        Index plain = new Index("i", false, false, "btree", List.of("a"), List.of(), null);

        Difference unique = validChange(valid, invalid);
        assertThat(unique.actual()).isEqualTo("false (unique: enforces nothing)");
        assertThat(unique.facts()).containsExactly(Fact.UNIQUE);
        assertThat(validChange(invalid, valid).facts()).containsExactly(Fact.UNIQUE);
        assertThat(validChange(plain, plainInvalid).facts()).isEmpty();
    }

    private static Difference validChange(Index expected, Index actual) {
        List<Difference> differences = new CatalogDiffer(DiffOptions.defaults()).diff(
                Fixtures.catalog(Fixtures.schema("public", Fixtures.TableBuilder.of("t").index(expected).build())),
                Fixtures.catalog(Fixtures.schema("public", Fixtures.TableBuilder.of("t").index(actual).build())));
        assertThat(differences).extracting(Difference::attribute).containsExactly("valid");
        return differences.get(0);
    }

    @Test
    void typeAndNullabilityChangesCarryTheirDirection() {
        assertThat(Facts.ofChange("type", typed("varchar(50)", true), typed("varchar(255)", true)))
                .containsExactly(Fact.TYPE_WIDENED);
        assertThat(Facts.ofChange("type", typed("bigint", true), typed("integer", true)))
                .containsExactly(Fact.TYPE_NARROWED);
        assertThat(Facts.ofChange("type", typed("text", true), typed("jsonb", true))).isEmpty();
        assertThat(Facts.ofChange("nullable", typed("text", true), typed("text", false)))
                .containsExactly(Fact.NULLABLE_TIGHTENED);
        assertThat(Facts.ofChange("nullable", typed("text", false), typed("text", true)))
                .containsExactly(Fact.NULLABLE_RELAXED);
        assertThat(Facts.ofChange("default", typed("text", false), typed("text", true))).isEmpty();
    }

    @Test
    void theDiffCarriesTheFactsButEqualityIgnoresThem() {
        io.github.schemaparity.model.Catalog expected = Fixtures.catalog(Fixtures.schema("public",
                Fixtures.table("t", Fixtures.column("c", 1, "varchar(50)", true))));
        io.github.schemaparity.model.Catalog actual = Fixtures.catalog(Fixtures.schema("public",
                Fixtures.table("t", Fixtures.column("c", 1, "varchar(20)", false))));
        List<Difference> differences = new CatalogDiffer(DiffOptions.defaults()).diff(expected, actual);
        assertThat(differences).extracting(Difference::attribute).containsExactly("nullable", "type");
        assertThat(differences.get(0).facts()).containsExactly(Fact.NULLABLE_TIGHTENED);
        assertThat(differences.get(1).facts()).containsExactly(Fact.TYPE_NARROWED);
        Difference withoutFacts = new Difference(ObjectType.COLUMN, differences.get(1).object(), Change.CHANGED, "type",
                "varchar(50)", "varchar(20)");
        assertThat(withoutFacts).isEqualTo(differences.get(1)).hasSameHashCodeAs(differences.get(1));
    }

    @Test
    void reversedFactsSwapDirectionsOnly() {
        assertThat(Fact.TYPE_WIDENED.reversed()).isEqualTo(Fact.TYPE_NARROWED);
        assertThat(Fact.NULLABLE_TIGHTENED.reversed()).isEqualTo(Fact.NULLABLE_RELAXED);
        assertThat(Fact.UNIQUE.reversed()).isEqualTo(Fact.UNIQUE);
        assertThat(Fact.REQUIRES_VALUE.reversed()).isEqualTo(Fact.REQUIRES_VALUE);
    }
}
