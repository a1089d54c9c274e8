package io.github.schemaparity.diff;

import static io.github.schemaparity.diff.Fixtures.column;
import static io.github.schemaparity.diff.Fixtures.schema;
import static io.github.schemaparity.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Setting;
import io.github.schemaparity.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the differ does for MySQL/MariaDB catalogs and for server settings. */
class CatalogDifferMySqlTest {
    private final CatalogDiffer differ = new CatalogDiffer(DiffOptions.defaults());

    @Test
    void tableNamesFoldWhenEitherServerFoldsThem() {
        Schema upper = schema("app", table("Orders", column("id", 1, "int", false)));
        Schema lower = schema("app", table("orders", column("id", 1, "int", false)));

        assertThat(differ.diff(mysql(upper, "0"), mysql(lower, "1"))).extracting(Difference::object)
                .containsExactly("setting:lower_case_table_names");
        assertThat(differ.diff(mysql(upper, "2"), mysql(lower, "2"))).isEmpty();
        // both servers compare names by case: Orders and orders are two tables
        assertThat(differ.diff(mysql(upper, "0"), mysql(lower, "0"))).extracting(Difference::object,
                Difference::change).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("app.Orders", Change.MISSING),
                        org.assertj.core.groups.Tuple.tuple("app.orders", Change.UNEXPECTED));
    }

    @Test
    void aSettingOnlyOneSideReportsIsNoDifference() {
        Catalog both = new Catalog(Engine.POSTGRESQL, "17.2", List.of(), List.of(),
                List.of(new Setting("TimeZone", "UTC"), new Setting("server_encoding", "UTF8")));
        Catalog restricted = new Catalog(Engine.POSTGRESQL, "17.2", List.of(), List.of(),
                List.of(new Setting("server_encoding", "UTF8")));
        Catalog older = new Catalog(Engine.POSTGRESQL, "17.2", List.of(), List.of(), List.of());

        assertThat(differ.diff(both, restricted)).isEmpty();
        assertThat(differ.diff(older, both)).isEmpty();
    }

    @Test
    void positionalCheckNamesSwappedByDeclarationOrderAreNoDifference() {
        Table declared = withChecks(new CheckConstraint("CONSTRAINT_1", true, "`a` > 0", true),
                new CheckConstraint("CONSTRAINT_2", true, "`b` > 0", true));
        Table swapped = withChecks(new CheckConstraint("CONSTRAINT_1", true, "`b` > 0", true),
                new CheckConstraint("CONSTRAINT_2", true, "`a` > 0", true));
        Table changed = withChecks(new CheckConstraint("CONSTRAINT_1", true, "`a` > 1", true),
                new CheckConstraint("CONSTRAINT_2", true, "`b` > 0", true));

        assertThat(differ.diff(mysql(schema("app", declared), "0"), mysql(schema("app", swapped), "0"))).isEmpty();
        // a generated name whose expression changed is still one CHANGED difference, not missing + unexpected
        assertThat(differ.diff(mysql(schema("app", declared), "0"), mysql(schema("app", changed), "0")))
                .extracting(Difference::object, Difference::change, Difference::attribute)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("app.t.CONSTRAINT_1", Change.CHANGED,
                        "expression"));
    }

    private static Table withChecks(CheckConstraint... checks) {
        Table base = table("t", column("a", 1, "int", true), column("b", 2, "int", true));
        return new Table(base.name(), base.kind(), null, base.columns(), null, List.of(), List.of(), List.of(checks),
                List.of(), List.of(), List.of(), null, List.of());
    }

    private static Catalog mysql(Schema schema, String lowerCaseTableNames) {
        return new Catalog(Engine.MARIADB, "11.4.5", List.of(schema), List.of(),
                List.of(new Setting("lower_case_table_names", lowerCaseTableNames)));
    }
}
