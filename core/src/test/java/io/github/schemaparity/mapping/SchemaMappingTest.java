package io.github.schemaparity.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.ForeignDataWrapper;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Publication;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SchemaMappingTest {

    @Test
    void parsesExpectedEqualsActualPairs() {
        SchemaMapping mapping = SchemaMapping.parse(" staging = public , old_audit=audit,");

        assertThat(mapping.expectedToActual()).containsExactly(Map.entry("staging", "public"),
                Map.entry("old_audit", "audit"));
        assertThat(mapping.toActual("staging")).isEqualTo("public");
        assertThat(mapping.toActual("other")).isEqualTo("other");
        assertThat(mapping.toExpected("public")).isEqualTo("staging");
        assertThat(mapping.toExpected("other")).isEqualTo("other");
        assertThat(mapping.toExpected("staging")).as("expected's staging is mapped away").isNull();
        assertThat(mapping.toExpected(List.of("public", "audit", "x"))).containsExactly("staging", "old_audit", "x");
        assertThat(mapping).hasToString("staging=public,old_audit=audit");
        assertThat(SchemaMapping.parse(mapping.toString())).isEqualTo(mapping);
    }

    @Test
    void blankAndIdentityMappingsRenameNothing() {
        assertThat(SchemaMapping.parse(null).isEmpty()).isTrue();
        assertThat(SchemaMapping.parse("  ").isEmpty()).isTrue();
        assertThat(SchemaMapping.parse("app=app").isEmpty()).isTrue();
        assertThat(SchemaMapping.of("app", "app").isEmpty()).isTrue();
        Catalog catalog = catalog("app");
        assertThat(SchemaMapping.none().apply(catalog)).isSameAs(catalog);
    }

    @Test
    void malformedEntriesAreNamedInOneLine() {
        assertThatThrownBy(() -> SchemaMapping.parse("staging"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Invalid schemaMapping entry 'staging': write expected=actual, e.g. staging=public"
                        + " (several separated by commas)");
        assertThatThrownBy(() -> SchemaMapping.parse("=public")).hasMessageStartingWith("Invalid schemaMapping entry '=public'");
        assertThatThrownBy(() -> SchemaMapping.parse("a=b=c")).hasMessageStartingWith("Invalid schemaMapping entry 'a=b=c'");
        assertThatThrownBy(() -> SchemaMapping.parse("a=b,a=c")).hasMessage("Invalid schemaMapping: schema 'a' is mapped twice");
        assertThatThrownBy(() -> SchemaMapping.parse("a=c,b=c"))
                .hasMessage("Invalid schemaMapping a=c,b=c: two expected schemas are mapped to the same actual schema");
    }

    @Test
    void withAddsAPairUnlessTheExpectedSchemaIsAlreadyMapped() {
        SchemaMapping mapping = SchemaMapping.parse("x=y");
        assertThat(mapping.with("sp_app_1", "app")).hasToString("x=y,sp_app_1=app");
        assertThat(mapping.with("x", "z")).isSameAs(mapping);
        assertThat(mapping.with("same", "same")).isSameAs(mapping);
    }

    @Test
    void renamesTheSchemaAndEveryReferenceToIt() {
        Catalog expected = new Catalog(Engine.POSTGRESQL, "17.2", List.of(new Schema("staging", "main schema",
                List.of(orders("staging")),
                List.of(new View("open_orders", false,
                        "SELECT o.id, staging.total(o.id) AS total FROM staging.orders o WHERE o.note <> 'staging.x y'",
                        null, List.of(), List.of())),
                List.of(new Sequence("order_no", "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "staging.orders.id")),
                List.of(new Routine("total", "FUNCTION", List.of("staging.mood", "integer"), "m staging.mood, n integer",
                        "staging.mood", "sql", "SELECT count(*) FROM \"staging\".orders", "STABLE", false, false, null)),
                List.of(), List.of())), List.of(new Extension("pgcrypto", "1.3", "staging")), List.of());

        Catalog renamed = SchemaMapping.parse("staging=public").apply(expected);

        Schema schema = renamed.schemas().get(0);
        assertThat(schema.name()).isEqualTo("public");
        assertThat(schema.comment()).isEqualTo("main schema");
        Table orders = schema.tables().get(0);
        assertThat(orders).isEqualTo(orders("public"));
        assertThat(schema.views().get(0).definition()).as("qualifiers renamed, literals and aliases kept")
                .isEqualTo("SELECT o.id, public.total(o.id) AS total FROM public.orders o WHERE o.note <> 'staging.x y'");
        assertThat(schema.sequences().get(0).ownedBy()).isEqualTo("public.orders.id");
        Routine total = schema.routines().get(0);
        assertThat(total.signature()).isEqualTo("total(public.mood,integer)");
        assertThat(total.arguments()).isEqualTo("m public.mood, n integer");
        assertThat(total.returnType()).isEqualTo("public.mood");
        assertThat(total.body()).isEqualTo("SELECT count(*) FROM \"public\".orders");
        assertThat(renamed.extensions().get(0).schema()).isEqualTo("public");
        assertThat(renamed.engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(renamed.serverVersion()).isEqualTo("17.2");
    }

    @Test
    void rewritesQualifiersByTheirQuotingAndNeverInsideOtherNames() {
        QualifierRewriter sql = new QualifierRewriter(Map.of("app", "prod", "Mixed", "Other Case"));

        assertThat(sql.rewrite("select `app`.`t`.`id` from `app`.`t`")).isEqualTo("select `prod`.`t`.`id` from `prod`.`t`");
        assertThat(sql.rewrite("x.app.y, app_2.t, myapp.t, app")).isEqualTo("x.app.y, app_2.t, myapp.t, app");
        assertThat(sql.rewrite("\"Mixed\".t and Mixed.t")).isEqualTo("\"Other Case\".t and \"Other Case\".t");
        assertThat(sql.rewrite("nextval('app.seq') || 'app.a b' || 'it''s app.t'"))
                .isEqualTo("nextval('prod.seq') || 'app.a b' || 'it''s app.t'");
        assertThat(sql.rewrite("'unterminated app.t")).isEqualTo("'unterminated app.t");
        assertThat(sql.rewrite("\"unterminated app.t")).isEqualTo("\"unterminated app.t");
        assertThat(sql.rewrite("`")).isEqualTo("`");
        assertThat(sql.rewrite(null)).isNull();
        assertThat(sql.rewritePath("app.t.c")).isEqualTo("prod.t.c");
        assertThat(sql.rewritePath("apps.t")).isEqualTo("apps.t");
        assertThat(sql.rewritePath("app")).isEqualTo("app");
    }

    @Test
    void publicationsAndWrappersNameTheirSchemasByTheirOtherNames() {
        Publication publication = new Publication("orders_pub", false, Publication.OPERATIONS, false,
                List.of(new Publication.PublishedTable("staging.orders", List.of("id"), "(id > 0)"),
                        new Publication.PublishedTable("audit.log", List.of(), null)),
                List.of("staging", "other"), "to the warehouse");
        ForeignDataWrapper wrapper = new ForeignDataWrapper("plain_fdw", "staging.handler", "staging.validator",
                new TreeMap<>(Map.of("debug", "staging.x")), null);
        Catalog renamed = SchemaMapping.parse("staging=public").apply(catalog("staging")
                .withPublications(List.of(publication)).withForeignDataWrappers(List.of(wrapper)));

        assertThat(renamed.publications()).containsExactly(new Publication("orders_pub", false,
                Publication.OPERATIONS, false, List.of(new Publication.PublishedTable("audit.log", List.of(), null),
                        new Publication.PublishedTable("public.orders", List.of("id"), "(id > 0)")),
                List.of("other", "public"), "to the warehouse"));
        // an option's value is the wrapper's text, not a reference: kept
        assertThat(renamed.foreignDataWrappers()).containsExactly(new ForeignDataWrapper("plain_fdw",
                "public.handler", "public.validator", new TreeMap<>(Map.of("debug", "staging.x")), null));
    }

    @Test
    void swappedNamesAreRenamedTogether() {
        Catalog catalog = catalog("a", "b");
        Catalog swapped = SchemaMapping.parse("a=b,b=a").apply(catalog);
        assertThat(swapped.schemas()).extracting(Schema::name).containsExactly("a", "b");
        assertThat(swapped.schemas().get(0).tables().get(0).foreignKeys().get(0).referencedTable())
                .as("the schema now called a was b, and its key pointed at b.customers").isEqualTo("a.customers");
        assertThat(swapped.schemas().get(1).tables().get(0).foreignKeys().get(0).referencedTable()).isEqualTo("b.customers");
    }

    @Test
    void aRenameOntoAnExistingSchemaIsRefused() {
        assertThatThrownBy(() -> SchemaMapping.parse("staging=public").apply(catalog("staging", "public")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Schema mapping staging=public renames 'staging' to 'public', which the expected side already"
                        + " has: map that one too, or restrict the comparison with schemas");
    }

    private static Catalog catalog(String... schemas) {
        return new Catalog(Engine.MARIADB, "11.4.5",
                java.util.Arrays.stream(schemas).map(s -> new Schema(s, null, List.of(orders(s)), List.of(), List.of(),
                        List.of(), List.of(), List.of())).toList(), List.of(), List.of());
    }

    /** A table whose type, default, FK, check, index, trigger and partition parent name its schema. */
    private static Table orders(String schema) {
        TreeMap<String, String> options = new TreeMap<>(Map.of("partitionOf", schema + ".all_orders"));
        return new Table("orders", TableKind.TABLE, null,
                List.of(new Column("mood", 1, schema + ".mood", true, "'ok'::" + schema + ".mood", null, null, null,
                        null),
                        new Column("id", 2, "bigint", false, "nextval('" + schema + ".order_no')", null, null, null, null)),
                null,
                List.of(new ForeignKey("orders_customer_fk", false, List.of("id"), schema + ".customers",
                        List.of("id"), "NO ACTION", "NO ACTION", false, false, true)),
                List.of(),
                List.of(new CheckConstraint("orders_mood_check", false, "(" + schema + ".valid(mood))", true)),
                List.of(new Index("orders_lower_idx", false, false, "btree", List.of(schema + ".norm(mood)"),
                        List.of(), "(" + schema + ".valid(mood))")),
                List.of(new Trigger("orders_touch", "BEFORE", List.of("UPDATE"), "ROW", schema + ".touch()",
                        null, "ENABLED")),
                List.of(), options, List.of());
    }
}
