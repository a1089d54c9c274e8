package io.github.schemaparity.diff;

import static io.github.schemaparity.diff.Fixtures.catalog;
import static io.github.schemaparity.diff.Fixtures.column;
import static io.github.schemaparity.diff.Fixtures.index;
import static io.github.schemaparity.diff.Fixtures.orders;
import static io.github.schemaparity.diff.Fixtures.schema;
import static io.github.schemaparity.diff.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Fixtures.TableBuilder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Setting;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDifferTest {
    private final CatalogDiffer differ = new CatalogDiffer(DiffOptions.defaults());

    private List<Difference> diff(Table expected, Table actual) {
        return differ.diff(catalog(schema("public", expected)), catalog(schema("public", actual)));
    }

    private static Difference changed(ObjectType type, String path, String attribute, String expected, String actual) {
        return new Difference(type, path, Change.CHANGED, attribute, expected, actual);
    }

    @Test
    void equalCatalogsHaveNoDifferences() {
        assertThat(diff(orders(), orders())).isEmpty();
    }

    @Test
    void aMissingTableIsOneDifferenceNotOnePerChild() {
        List<Difference> differences = differ.diff(catalog(schema("public", orders(), table("items"))),
                catalog(schema("public", table("items"))));

        assertThat(differences).containsExactly(new Difference(ObjectType.TABLE, "public.orders", Change.MISSING, null,
                "table, 3 columns", null));
    }

    @Test
    void anUnexpectedSchemaIsOneDifference() {
        List<Difference> differences = differ.diff(catalog(schema("public", orders())),
                catalog(schema("public", orders()), schema("audit", table("log"))));

        assertThat(differences).containsExactly(new Difference(ObjectType.SCHEMA, "audit", Change.UNEXPECTED, null,
                null, "schema with 1 tables, 0 views"));
    }

    @Test
    void missingAndUnexpectedColumnsAreDescribedByTheirDefinition() {
        Table actual = TableBuilder.from(orders()).removeColumn("name")
                .column(new Column("tenant", 4, "integer", false, null, null, null, null, null))
                .column(new Column("note", 5, "text", true, "'none'::text", null, null, null, null)).build();

        assertThat(diff(orders(), actual)).containsExactly(
                new Difference(ObjectType.COLUMN, "public.orders.name", Change.MISSING, null, "varchar(50)", null),
                new Difference(ObjectType.COLUMN, "public.orders.note", Change.UNEXPECTED, null, null,
                        "text default 'none'::text"),
                new Difference(ObjectType.COLUMN, "public.orders.tenant", Change.UNEXPECTED, null, null,
                        "integer not null"));
    }

    @Test
    void everyDifferingAttributeOfAColumnIsItsOwnDifference() {
        Table actual = TableBuilder.from(orders())
                .replaceColumn(new Column("name", 2, "varchar(255)", false, "''::character varying", null, null, null,
                        null))
                .build();

        assertThat(diff(orders(), actual)).containsExactly(
                changed(ObjectType.COLUMN, "public.orders.name", "default", null, "''::character varying"),
                changed(ObjectType.COLUMN, "public.orders.name", "nullable", "true", "false"),
                changed(ObjectType.COLUMN, "public.orders.name", "type", "varchar(50)", "varchar(255)"));
    }

    @Test
    void columnOrderIsIgnoredByDefaultAndComparedAmongSharedColumnsWhenAsked() {
        Table expected = table("t", column("id", 1, "int", false), column("gone", 2, "int", true),
                column("a", 3, "int", true), column("b", 4, "int", true));
        // "gone" is missing: a and b shift left, which is not a move; b and a swapped places, which is.
        Table actual = table("t", column("id", 1, "int", false), column("b", 2, "int", true),
                column("a", 3, "int", true));

        assertThat(diff(expected, actual)).extracting(Difference::attribute).containsExactly((String) null);
        List<Difference> ordered = new CatalogDiffer(new DiffOptions(true))
                .diff(catalog(schema("public", expected)), catalog(schema("public", actual)));
        assertThat(ordered).containsExactly(
                changed(ObjectType.COLUMN, "public.t.a", "position", "2", "3"),
                changed(ObjectType.COLUMN, "public.t.b", "position", "3", "2"),
                new Difference(ObjectType.COLUMN, "public.t.gone", Change.MISSING, null, "int", null));
    }

    @Test
    void theSameIndexUnderAnotherNameIsOneNameChange() {
        Table actual = TableBuilder.from(orders()).clearIndexes().index(index("idx_orders_status", false, "status"))
                .build();

        assertThat(diff(orders(), actual)).containsExactly(
                changed(ObjectType.INDEX, "public.orders.orders_status_idx", "name", "orders_status_idx",
                        "idx_orders_status"));
    }

    @Test
    void twoEngineGeneratedNamesForTheSameIndexAreNoDifference() {
        Table actual = TableBuilder.from(orders()).clearIndexes().index(index("orders_status_idx1", true, "status"))
                .build();

        assertThat(diff(orders(), actual)).isEmpty();
    }

    @Test
    void anIndexWithTheSameNameButOtherColumnsIsAChangeOfColumns() {
        Table actual = TableBuilder.from(orders()).clearIndexes()
                .index(index("orders_status_idx", true, "status", "id")).build();

        assertThat(diff(orders(), actual)).containsExactly(
                changed(ObjectType.INDEX, "public.orders.orders_status_idx", "columns", "status", "status, id"));
    }

    @Test
    void missingAndUnexpectedIndexesAreDescribedBySignature() {
        Table actual = TableBuilder.from(orders()).clearIndexes().index(new Index("orders_name_idx", false, true,
                "btree", List.of("lower(name)"), List.of(), "status <> 'gone'::text")).build();

        assertThat(diff(orders(), actual)).containsExactly(
                new Difference(ObjectType.INDEX, "public.orders.orders_name_idx", Change.UNEXPECTED, null, null,
                        "unique btree(lower(name)) where status <> 'gone'::text"),
                new Difference(ObjectType.INDEX, "public.orders.orders_status_idx", Change.MISSING, null,
                        "btree(status)", null));
    }

    @Test
    void primaryKeysArePairedWhateverTheirNames() {
        Table renamed = TableBuilder.from(orders()).primaryKey(new PrimaryKey("pk_orders", false, List.of("id")))
                .build();
        Table regenerated = TableBuilder.from(orders())
                .primaryKey(new PrimaryKey("orders_pkey1", true, List.of("id"))).build();
        Table otherColumns = TableBuilder.from(orders())
                .primaryKey(new PrimaryKey("orders_pkey", true, List.of("id", "name"))).build();
        Table none = TableBuilder.from(orders()).primaryKey(null).build();

        assertThat(diff(orders(), renamed)).containsExactly(
                changed(ObjectType.PRIMARY_KEY, "public.orders.orders_pkey", "name", "orders_pkey", "pk_orders"));
        assertThat(diff(orders(), regenerated)).isEmpty();
        assertThat(diff(orders(), otherColumns)).containsExactly(
                changed(ObjectType.PRIMARY_KEY, "public.orders.orders_pkey", "columns", "id", "id, name"));
        assertThat(diff(orders(), none)).containsExactly(new Difference(ObjectType.PRIMARY_KEY,
                "public.orders.orders_pkey", Change.MISSING, null, "primary key (id)", null));
    }

    @Test
    void constraintsAreMatchedBySignatureWhenNamesDiffer() {
        ForeignKey fk = new ForeignKey("orders_customer_fk", false, List.of("customer_id"), "public.customers",
                List.of("id"), "NO ACTION", "NO ACTION", false, false, true);
        ForeignKey fkElsewhere = new ForeignKey("fk_customer", false, List.of("customer_id"), "public.customers",
                List.of("id"), "CASCADE", "NO ACTION", false, false, true);
        Table expected = TableBuilder.from(orders()).foreignKey(fk)
                .unique(new UniqueConstraint("orders_name_key", true, List.of("name"), false, false))
                .check(new CheckConstraint("orders_status_check", true, "(status <> ''::text)", true)).build();
        Table actual = TableBuilder.from(orders()).foreignKey(fkElsewhere)
                .unique(new UniqueConstraint("orders_name_key1", true, List.of("name"), false, false))
                .check(new CheckConstraint("status_not_empty", false, "(status <> ''::text)", true)).build();

        assertThat(diff(expected, actual)).containsExactly(
                changed(ObjectType.FOREIGN_KEY, "public.orders.orders_customer_fk", "name", "orders_customer_fk",
                        "fk_customer"),
                changed(ObjectType.FOREIGN_KEY, "public.orders.orders_customer_fk", "onDelete", "NO ACTION",
                        "CASCADE"),
                changed(ObjectType.CHECK, "public.orders.orders_status_check", "name", "orders_status_check",
                        "status_not_empty"));
    }

    @Test
    void unmatchedConstraintsAreMissingAndUnexpected() {
        ForeignKey fk = new ForeignKey("orders_customer_fk", false, List.of("customer_id"), "public.customers",
                List.of("id"), "CASCADE", "NO ACTION", false, false, true);
        Table expected = TableBuilder.from(orders()).foreignKey(fk).build();
        Table actual = TableBuilder.from(orders())
                .unique(new UniqueConstraint("orders_name_key", true, List.of("name"), false, false)).build();

        assertThat(diff(expected, actual)).containsExactly(
                new Difference(ObjectType.FOREIGN_KEY, "public.orders.orders_customer_fk", Change.MISSING, null,
                        "(customer_id) references public.customers (id) on delete cascade", null),
                new Difference(ObjectType.UNIQUE, "public.orders.orders_name_key", Change.UNEXPECTED, null, null,
                        "unique (name)"));
    }

    @Test
    void tableOptionsAreComparedKeyByKey() {
        Table expected = TableBuilder.from(orders()).option("storage.fillfactor", "90").comment("Orders").build();
        Table actual = TableBuilder.from(orders()).option("persistence", "unlogged").build();

        assertThat(diff(expected, actual)).containsExactly(
                changed(ObjectType.TABLE, "public.orders", "comment", "Orders", null),
                changed(ObjectType.TABLE, "public.orders", "persistence", null, "unlogged"),
                changed(ObjectType.TABLE, "public.orders", "storage.fillfactor", "90", null));
    }

    @Test
    void triggersPoliciesAndPrivilegesOfATable() {
        Trigger touch = new Trigger("orders_touch", "BEFORE", List.of("UPDATE"), "ROW", "public.touch()", null,
                "ENABLED");
        RowPolicy tenant = new RowPolicy("tenant_only", "ALL", true, List.of("app"), "(tenant = 1)", null);
        Table expected = TableBuilder.from(orders()).trigger(touch).policy(tenant).privilege("reader:SELECT")
                .privilege("app:INSERT").build();
        Table actual = TableBuilder.from(orders())
                .trigger(new Trigger("orders_touch", "BEFORE", List.of("UPDATE"), "ROW", "public.touch()", null,
                        "DISABLED"))
                .privilege("app:INSERT").privilege("app:DELETE").build();

        assertThat(diff(expected, actual)).containsExactly(
                new Difference(ObjectType.PRIVILEGE, "public.orders", Change.UNEXPECTED, "app:DELETE", null,
                        "app:DELETE"),
                new Difference(ObjectType.PRIVILEGE, "public.orders", Change.MISSING, "reader:SELECT",
                        "reader:SELECT", null),
                changed(ObjectType.TRIGGER, "public.orders.orders_touch", "enabled", "ENABLED", "DISABLED"),
                new Difference(ObjectType.POLICY, "public.orders.tenant_only", Change.MISSING, null,
                        "permissive for ALL to app", null));
    }

    @Test
    void aViewThatBecameMaterializedIsAChangeOfTheExpectedKind() {
        View view = new View("open_orders", false, "SELECT id FROM orders", null, List.of(), List.of());
        View matview = new View("open_orders", true, "SELECT id FROM orders", null,
                List.of(index("open_orders_id_idx", true, "id")), List.of("reader:SELECT"));

        List<Difference> differences = differ.diff(catalog(schema("public", List.of(), List.of(view))),
                catalog(schema("public", List.of(), List.of(matview))));

        assertThat(differences).containsExactly(
                new Difference(ObjectType.PRIVILEGE, "public.open_orders", Change.UNEXPECTED, "reader:SELECT", null,
                        "reader:SELECT"),
                changed(ObjectType.VIEW, "public.open_orders", "materialized", "false", "true"),
                new Difference(ObjectType.INDEX, "public.open_orders.open_orders_id_idx", Change.UNEXPECTED, null,
                        null, "btree(id)"));
    }

    @Test
    void materializedViewDefinitionsAndIndexesAreCompared() {
        View expected = new View("totals", true, "SELECT 1", null, List.of(index("totals_idx", false, "a")), null);
        View actual = new View("totals", true, "SELECT 2", null, List.of(index("totals_idx", false, "b")), null);

        assertThat(differ.diff(catalog(schema("s", List.of(), List.of(expected))),
                catalog(schema("s", List.of(), List.of(actual))))).containsExactly(
                        changed(ObjectType.MATERIALIZED_VIEW, "s.totals", "definition", "SELECT 1", "SELECT 2"),
                        changed(ObjectType.INDEX, "s.totals.totals_idx", "columns", "a", "b"));
    }

    @Test
    void schemaLevelObjectsAreMatchedByNameOrSignature() {
        Routine f = new Routine("total", "FUNCTION", List.of("integer"), "n integer", "bigint", "sql", "SELECT 1",
                "IMMUTABLE", false, false, null);
        Routine overload = new Routine("total", "FUNCTION", List.of("bigint"), "n bigint", "bigint", "sql",
                "SELECT 1", "IMMUTABLE", false, false, null);
        Routine changedBody = new Routine("total", "FUNCTION", List.of("integer"), "n integer", "bigint", "sql",
                "SELECT 2", "IMMUTABLE", false, false, null);
        Sequence seq = new Sequence("ids", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, null);
        Sequence seqCycle = new Sequence("ids", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, true, null);
        EnumType mood = new EnumType("mood", List.of("sad", "ok", "happy"), null);
        EnumType moodShort = new EnumType("mood", List.of("sad", "ok"), null);
        Domain email = new Domain("email", "text", false, null, List.of("(VALUE ~~ '%@%'::text)"), null, null);
        Schema expected = new Schema("app", null, List.of(), List.of(), List.of(seq), List.of(f, overload),
                List.of(mood), List.of(email));
        Schema actual = new Schema("app", "changed", List.of(), List.of(), List.of(seqCycle), List.of(changedBody),
                List.of(moodShort), List.of());

        assertThat(differ.diff(catalog(expected), catalog(actual))).containsExactly(
                changed(ObjectType.SCHEMA, "app", "comment", null, "changed"),
                new Difference(ObjectType.DOMAIN, "app.email", Change.MISSING, null, "text not null", null),
                changed(ObjectType.SEQUENCE, "app.ids", "cycle", "false", "true"),
                changed(ObjectType.TYPE, "app.mood", "labels", "sad, ok, happy", "sad, ok"),
                new Difference(ObjectType.ROUTINE, "app.total(bigint)", Change.MISSING, null,
                        "function returns bigint", null),
                changed(ObjectType.ROUTINE, "app.total(integer)", "body", "SELECT 1", "SELECT 2"));
    }

    @Test
    void extensionsAndSettingsAreCatalogLevel() {
        Catalog expected = new Catalog(Engine.POSTGRESQL, "17.2", List.of(),
                List.of(new Extension("pgcrypto", "1.3", "public"), new Extension("citext", "1.6", "public")),
                List.of(new Setting("TimeZone", "UTC"), new Setting("DateStyle", "ISO, MDY")));
        Catalog actual = new Catalog(Engine.POSTGRESQL, "17.2", List.of(),
                List.of(new Extension("pgcrypto", "1.2", "public"), new Extension("postgis", "3.4", "public")),
                List.of(new Setting("TimeZone", "Europe/Paris"), new Setting("DateStyle", "ISO, MDY")));

        assertThat(differ.diff(expected, actual)).containsExactly(
                new Difference(ObjectType.EXTENSION, "extension:citext", Change.MISSING, null, "version 1.6", null),
                changed(ObjectType.EXTENSION, "extension:pgcrypto", "version", "1.3", "1.2"),
                new Difference(ObjectType.EXTENSION, "extension:postgis", Change.UNEXPECTED, null, null,
                        "version 3.4"),
                changed(ObjectType.SETTING, "setting:TimeZone", "value", "UTC", "Europe/Paris"));
    }

    @Test
    void theResultIsSortedByPathThenTypeThenAttribute() {
        Table expected = TableBuilder.from(orders()).comment("x").build();
        Table actual = TableBuilder.from(orders())
                .replaceColumn(new Column("id", 1, "integer", true, null, null, null, null, "pk")).build();

        List<Difference> differences = differ.diff(catalog(schema("public", expected, table("zeta"))),
                catalog(schema("public", actual, table("alpha"))));

        assertThat(differences).extracting(d -> d.object() + "|" + d.attribute()).containsExactly(
                "public.alpha|null", "public.orders|comment", "public.orders.id|comment", "public.orders.id|nullable",
                "public.orders.id|type", "public.zeta|null");
    }
}
