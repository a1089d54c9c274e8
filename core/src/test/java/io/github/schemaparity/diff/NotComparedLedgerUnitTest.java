package io.github.schemaparity.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.DatabaseSetting;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's merging, coverage alignment and InnoDB's implicit foreign key indexes, on hand-made catalogs. */
class NotComparedLedgerUnitTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());
    private static final NotCompared FOREIGN = new NotCompared("foreign table", "public.remote", NotCompared.UNSUPPORTED);

    private static Catalog pg(List<DatabaseSetting> settings, List<NotCompared> notCompared, List<String> coverage,
            Table... tables) {
        return Fixtures.catalog(Fixtures.schema("public", tables)).withLedger(settings, notCompared, coverage);
    }

    @Test
    void anObjectOnBothSidesIsOneEntryNamingBoth() {
        NotCompared trigger = new NotCompared("event trigger", "ddl_log", NotCompared.UNSUPPORTED);
        List<Uncompared> ledger = NotComparedLedger.of(pg(List.of(), List.of(FOREIGN), Coverage.POSTGRESQL),
                pg(List.of(), List.of(FOREIGN, trigger), Coverage.POSTGRESQL));

        assertThat(ledger).extracting(Uncompared::kind, Uncompared::object, Uncompared::sides).containsExactly(
                tuple("event trigger", "ddl_log", List.of("actual")),
                tuple("foreign table", "public.remote", List.of("expected", "actual")));
    }

    @Test
    void aSideWithoutDatabaseSettingsComparesNoneAndListsTheOthers() {
        DatabaseSetting searchPath = new DatabaseSetting(null, "search_path", "public, audit");
        Catalog older = Fixtures.catalog(Fixtures.schema("public"));
        Catalog current = pg(List.of(searchPath), List.of(), Coverage.POSTGRESQL);

        assertThat(DIFFER.diff(older, current)).isEmpty();
        assertThat(DIFFER.diff(current.withLedger(List.of(), List.of(), Coverage.POSTGRESQL), current))
                .extracting(d -> d.objectType(), d -> d.object(), d -> d.change())
                .containsExactly(tuple(ObjectType.DATABASE_SETTING, "database:search_path", Change.UNEXPECTED));
        assertThat(NotComparedLedger.of(older, current)).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo("database setting");
            assertThat(u.object()).isEqualTo("database:search_path");
            assertThat(u.sides()).containsExactly("actual");
        });
    }

    @Test
    void aSideWithoutIndexValidityComparesItOnNeither() {
        Index valid = Fixtures.index("orders_status_idx", true, "status");
        Index invalid = new Index(valid.name(), true, false, "btree", valid.columns(), List.of(), null, true);
        Table withValid = Fixtures.orders();
        Table withInvalid = new Table(withValid.name(), withValid.kind(), withValid.comment(), withValid.columns(),
                withValid.primaryKey(), withValid.foreignKeys(), withValid.uniques(), withValid.checks(),
                List.of(invalid), withValid.triggers(), withValid.policies(), withValid.options(),
                withValid.privileges());

        assertThat(DIFFER.diff(pg(List.of(), List.of(), Coverage.POSTGRESQL, withValid),
                pg(List.of(), List.of(), Coverage.POSTGRESQL, withInvalid)))
                .extracting(Difference::attribute, Difference::actual).containsExactly(tuple("valid", "false"));
        assertThat(DIFFER.diff(Fixtures.catalog(Fixtures.schema("public", withValid)),
                pg(List.of(), List.of(), Coverage.POSTGRESQL, withInvalid))).isEmpty();
    }

    @Test
    void anInvalidUniqueIndexCarriesTheUniqueFactForTheRiskTable() {
        Index valid = new Index("orders_status_key", false, true, "btree", List.of("status"), List.of(), null);
        Index invalid = new Index(valid.name(), false, true, "btree", valid.columns(), List.of(), null, true);
        Index plainValid = Fixtures.index("orders_status_idx", true, "status");
        Index plainInvalid = new Index(plainValid.name(), true, false, "btree", plainValid.columns(), List.of(), null,
                true);

        assertThat(DIFFER.diff(pg(List.of(), List.of(), Coverage.POSTGRESQL, withIndex(valid)),
                pg(List.of(), List.of(), Coverage.POSTGRESQL, withIndex(invalid))))
                .singleElement().satisfies(d -> assertThat(d.has(Fact.UNIQUE)).isTrue());
        assertThat(DIFFER.diff(pg(List.of(), List.of(), Coverage.POSTGRESQL, withIndex(plainValid)),
                pg(List.of(), List.of(), Coverage.POSTGRESQL, withIndex(plainInvalid))))
                .singleElement().satisfies(d -> assertThat(d.has(Fact.UNIQUE)).isFalse());
    }

    private static Table withIndex(Index index) {
        Table t = Fixtures.orders();
        return new Table(t.name(), t.kind(), t.comment(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(),
                t.checks(), List.of(index), t.triggers(), t.policies(), t.options(), t.privileges());
    }

    @Test
    void innoDbsImplicitForeignKeyIndexIsNoDifferenceWhenAnotherIndexCoversTheKey() {
        ForeignKey fk = new ForeignKey("orders_customer_fk", false, List.of("customer_id"), "app.customers",
                List.of("id"), "RESTRICT", "RESTRICT", false, false, true);
        Table expected = Fixtures.TableBuilder.of("orders").primaryKey(new PrimaryKey("PRIMARY", true, List.of("id")))
                .foreignKey(fk).index(Fixtures.index("orders_customer_fk", true, "customer_id")).build();
        Table hotfixed = Fixtures.TableBuilder.of("orders").primaryKey(new PrimaryKey("PRIMARY", true, List.of("id")))
                .foreignKey(fk).index(Fixtures.index("orders_customer_created_idx", false, "customer_id", "created_at"))
                .build();
        Table unrelated = Fixtures.TableBuilder.of("orders").primaryKey(new PrimaryKey("PRIMARY", true, List.of("id")))
                .foreignKey(fk).index(Fixtures.index("orders_created_idx", false, "created_at")).build();

        assertThat(DIFFER.diff(mariaDb(expected), mariaDb(hotfixed))).extracting(Difference::object, Difference::change)
                .containsExactly(tuple("app.orders.orders_customer_created_idx", Change.UNEXPECTED));
        assertThat(DIFFER.diff(mariaDb(hotfixed), mariaDb(expected))).extracting(Difference::object, Difference::change)
                .containsExactly(tuple("app.orders.orders_customer_created_idx", Change.MISSING));
        assertThat(DIFFER.diff(mariaDb(expected), mariaDb(unrelated))).as("nothing else covers the key")
                .extracting(Difference::object).contains("app.orders.orders_customer_fk");
        assertThat(DIFFER.diff(Fixtures.catalog(Fixtures.schema("app", expected)),
                Fixtures.catalog(Fixtures.schema("app", hotfixed)))).as("PostgreSQL makes no implicit indexes")
                .extracting(Difference::object).contains("app.orders.orders_customer_fk");
    }

    private static Catalog mariaDb(Table table) {
        return new Catalog(Engine.MARIADB, "11.4.5", List.of(Fixtures.schema("app", table)), List.of(), List.of());
    }
}
