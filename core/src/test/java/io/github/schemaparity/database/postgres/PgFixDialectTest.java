package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.diff.Fixtures.column;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.fix.FixPlanner;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Fixtures.TableBuilder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden PostgreSQL fix SQL for representative differences: statements, quoting and order. */
class PgFixDialectTest {

    static Catalog catalog(Schema... schemas) {
        return new Catalog(Engine.POSTGRESQL, "17.2", List.of(schemas), List.of(), List.of());
    }

    static Schema schema(String name, List<Table> tables, List<View> views, List<Routine> routines,
            List<EnumType> enums, List<Domain> domains) {
        return new Schema(name, null, tables, views, List.of(), routines, enums, domains);
    }

    static String fix(Catalog expected, Catalog actual, boolean destructive) {
        return FixPlanner.fix(new PgFixDialect(), expected, actual, new CatalogDiffer(DiffOptions.defaults()).diff(expected, actual))
                .render(List.of(), destructive);
    }

    static Table customers(boolean drifted) {
        TableBuilder t = TableBuilder.of("customers")
                .column(column("id", 1, "bigint", false))
                .column(column("email", 2, drifted ? "varchar(255)" : "varchar(200)", false))
                .primaryKey(new PrimaryKey("customers_pkey", true, List.of("id")))
                .unique(new UniqueConstraint("customers_email_key", true, List.of("email"), false, false));
        if (!drifted) {
            t.column(new Column("Display Name", 3, "text", true, null, null, null, "C", "shown to staff"));
        }
        return t.build();
    }

    static Table orders(boolean drifted) {
        TableBuilder t = TableBuilder.of("orders")
                .column(column("id", 1, "bigint", false))
                .column(column("customer_id", 2, "bigint", false))
                .column(new Column("status", 3, "varchar(50)", false, drifted ? "'open'" : "'new'", null, null, null, null))
                .primaryKey(new PrimaryKey("orders_pkey", true, List.of("id")))
                .foreignKey(new ForeignKey("orders_customer_id_fkey", true, List.of("customer_id"), "public.customers",
                        List.of("id"), drifted ? "NO ACTION" : "CASCADE", "NO ACTION", false, false, true))
                .index(new Index(drifted ? "idx_status" : "orders_status_idx", !drifted, false, "btree",
                        List.of("status"), List.of(), null))
                .trigger(new Trigger("orders_touch", "BEFORE", List.of("INSERT", "UPDATE OF status, customer_id"),
                        "ROW", "public.touch()", null, drifted ? "DISABLED" : "ENABLED"));
        if (drifted) {
            t.column(column("note", 4, "text", true));
        }
        return t.build();
    }

    static Routine touch() {
        return new Routine("touch", "FUNCTION", List.of(), "", "trigger", "plpgsql",
                "begin new.status := 'new'; return new; end", "VOLATILE", false, false, null);
    }

    @Test
    void driftOnTablesColumnsKeysIndexesViewsInDependencyOrder() {
        View openOrders = new View("open_orders", false,
                "select orders.id from public.orders where orders.status::text <> 'closed'::text", null, List.of(),
                List.of("reporting:SELECT"));
        View bigOpen = new View("big_open", false, "select open_orders.id from public.open_orders where open_orders.id > 10",
                null, List.of(), List.of());
        Catalog expected = catalog(schema("public", List.of(customers(false), orders(false)),
                List.of(openOrders, bigOpen), List.of(touch()), List.of(), List.of()));
        Catalog actual = catalog(schema("public", List.of(customers(true), orders(true),
                io.github.schemaparity.diff.Fixtures.table("tmp", column("id", 1, "integer", true))), List.of(), List.of(touch()), List.of(),
                List.of()));

        assertThat(fix(expected, actual, false)).isEqualTo("""
                SET check_function_bodies = false;

                ALTER TABLE public.orders DROP CONSTRAINT orders_customer_id_fkey;
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE public.orders DROP COLUMN note;
                -- destructive, enable with schemaparity.fix.destructive=true
                -- DROP TABLE public.tmp;
                ALTER TABLE public.customers ADD COLUMN "Display Name" text COLLATE "C";
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE public.customers ALTER COLUMN email TYPE varchar(200);
                ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new';
                ALTER INDEX public.idx_status RENAME TO orders_status_idx;
                CREATE VIEW public.open_orders AS select orders.id from public.orders where orders.status::text <> 'closed'::text;
                CREATE VIEW public.big_open AS select open_orders.id from public.open_orders where open_orders.id > 10;
                ALTER TABLE public.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE;
                ALTER TABLE public.orders ENABLE TRIGGER orders_touch;
                COMMENT ON COLUMN public.customers."Display Name" IS 'shown to staff';
                GRANT SELECT ON public.open_orders TO reporting;
                """);
    }

    @Test
    void aMissingSchemaIsCreatedWithEverythingInItInDependencyOrderAndReservedNamesQuoted() {
        Table user = TableBuilder.of("user")
                .column(new Column("id", 1, "integer", false, "nextval('app.user_id_seq')", null, null, null, null))
                .column(new Column("order", 2, "app.mood", true, "'ok'", null, null, null, null))
                .column(new Column("score", 3, "app.positive", true, null, null, null, null, null))
                .primaryKey(new PrimaryKey("user_pkey", true, List.of("id")))
                .foreignKey(new ForeignKey("user_boss_fkey", true, List.of("id"), "app.user", List.of("id"),
                        "SET NULL", "NO ACTION", true, true, false))
                .check(new io.github.schemaparity.model.CheckConstraint("user_score_check", true, "(score < 100)", true))
                .index(new Index("user_lower_idx", false, true, "btree", List.of("lower(\"order\"::text)"),
                        List.of("score"), "(id > 0)"))
                .trigger(new Trigger("user_touch", "BEFORE", List.of("UPDATE"), "ROW", "app.touch()", "(new.id > 0)",
                        "ENABLED"))
                .policy(new io.github.schemaparity.model.RowPolicy("own_rows", "SELECT", true, List.of("public", "Reader"),
                        "(id > 0)", null))
                .option("rowSecurity", "enabled")
                .option("storage.fillfactor", "70")
                .comment("it's people")
                .privilege("Reader:SELECT:grantable")
                .build();
        Schema app = new Schema("app", "the app", List.of(user), List.of(), List.of(new io.github.schemaparity.model.Sequence(
                "user_id_seq", "integer", 1, 1, 1, 2147483647, 1, false, "app.user.id")),
                List.of(new Routine("touch", "FUNCTION", List.of(), "", "trigger", "plpgsql",
                        "begin return new; end", "VOLATILE", false, true, null),
                        new Routine("twice", "FUNCTION", List.of("integer"), "x integer", "integer", "sql",
                                "return x * 2", "IMMUTABLE", true, false, "doubles")),
                List.of(new EnumType("mood", List.of("sad", "ok"), null)),
                List.of(new Domain("positive", "integer", true, null, List.of("(VALUE > 0)"), null, null)));
        Catalog expected = catalog(app);
        Catalog actual = catalog();

        assertThat(fix(expected, actual, false)).isEqualTo("""
                SET check_function_bodies = false;

                CREATE SCHEMA app;
                CREATE TYPE app.mood AS ENUM ('sad', 'ok');
                CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
                CREATE SEQUENCE app.user_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
                CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER
                AS $fn$ begin return new; end $fn$;
                CREATE TABLE app."user" (
                    id integer DEFAULT nextval('app.user_id_seq') NOT NULL,
                    "order" app.mood DEFAULT 'ok',
                    score app.positive
                ) WITH (fillfactor = 70);
                ALTER TABLE app."user" ENABLE ROW LEVEL SECURITY;
                ALTER SEQUENCE app.user_id_seq OWNED BY app."user".id;
                ALTER TABLE app."user" ADD CONSTRAINT user_pkey PRIMARY KEY (id);
                ALTER TABLE app."user" ADD CONSTRAINT user_score_check CHECK (score < 100);
                CREATE UNIQUE INDEX user_lower_idx ON app."user" USING btree (lower("order"::text)) INCLUDE (score) WHERE (id > 0);
                CREATE FUNCTION app.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT
                return x * 2;
                ALTER TABLE app."user" ADD CONSTRAINT user_boss_fkey FOREIGN KEY (id) REFERENCES app."user" (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED NOT VALID;
                CREATE TRIGGER user_touch BEFORE UPDATE ON app."user" FOR EACH ROW WHEN ((new.id > 0)) EXECUTE FUNCTION app.touch();
                CREATE POLICY own_rows ON app."user" AS PERMISSIVE FOR SELECT TO "Reader", PUBLIC USING ((id > 0));
                COMMENT ON SCHEMA app IS 'the app';
                COMMENT ON FUNCTION app.twice(integer) IS 'doubles';
                COMMENT ON TABLE app."user" IS 'it''s people';
                GRANT SELECT ON app."user" TO "Reader" WITH GRANT OPTION;
                """);
    }

    @Test
    void enumLabelsAreAddedInPlaceButRemovingOneRecreatesTheTypeDestructively() {
        Table t = TableBuilder.of("t").column(new Column("m", 1, "public.mood", true, "'ok'", null, null, null, null)).build();
        Catalog three = catalog(schema("public", List.of(t), List.of(), List.of(),
                List.of(new EnumType("mood", List.of("sad", "ok", "happy"), null)), List.of()));
        Catalog two = catalog(schema("public", List.of(t), List.of(), List.of(),
                List.of(new EnumType("mood", List.of("sad", "happy"), null)), List.of()));

        assertThat(fix(three, two, false)).isEqualTo("""
                SET check_function_bodies = false;

                ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';
                """);
        assertThat(fix(two, three, true)).isEqualTo("""
                SET check_function_bodies = false;

                ALTER TYPE public.mood RENAME TO mood__schemaparity_old;
                CREATE TYPE public.mood AS ENUM ('sad', 'happy');
                ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT;
                ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
                ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'ok';
                DROP TYPE public.mood__schemaparity_old;
                """);
        assertThat(fix(two, three, false)).contains("-- destructive, enable with schemaparity.fix.destructive=true\n"
                + "-- ALTER TYPE public.mood RENAME TO mood__schemaparity_old;");
    }

    @Test
    void aDomainCheckIsDroppedByItsExpressionBecauseTheModelHasNoName() {
        assertThat(PgTypes.dropDomainCheck("public", "positive", "(VALUE < 10)")).isEqualTo(
                "DO $fn$ DECLARE c name; BEGIN SELECT conname INTO c FROM pg_catalog.pg_constraint WHERE contypid = "
                        + "'public.positive'::regtype AND contype = 'c' AND pg_catalog.regexp_replace("
                        + "pg_catalog.pg_get_constraintdef(oid, true), ' NOT VALID$', '') = 'CHECK (VALUE < 10)'; "
                        + "EXECUTE pg_catalog.format('ALTER DOMAIN public.positive DROP CONSTRAINT %I', c); END $fn$");
    }

    @Test
    void identifiersAreQuotedOnlyWhereNeeded() {
        assertThat(PgNames.ident("orders")).isEqualTo("orders");
        assertThat(PgNames.ident("order_2$")).isEqualTo("order_2$");
        assertThat(PgNames.ident("Orders")).isEqualTo("\"Orders\"");
        assertThat(PgNames.ident("user")).isEqualTo("\"user\"");
        assertThat(PgNames.ident("2fa")).isEqualTo("\"2fa\"");
        assertThat(PgNames.ident("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(PgNames.qualified("public.My Table")).isEqualTo("public.\"My Table\"");
        assertThat(PgNames.literal("it's")).isEqualTo("'it''s'");
        assertThat(PgNames.dollarQuoted("select $fn$x$fn$")).isEqualTo("$fn1$ select $fn$x$fn$ $fn1$");
    }
}
