package io.github.schemaparity.snapshot;

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
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A catalog using every kind of model object, built with its lists in either order. */
final class SampleCatalogs {
    private SampleCatalogs() {
    }

    static Catalog rich(boolean reversed) {
        Table orders = new Table("orders", TableKind.TABLE, "Customer orders",
                order(reversed,
                        new Column("id", 1, "bigint", false, null, "ALWAYS", null, null, null),
                        new Column("customer_id", 2, "bigint", false, null, null, null, null, null),
                        new Column("status", 3, "public.mood", true, "'ok'::public.mood", null, null, null, ""),
                        new Column("total", 4, "numeric(10,2)", false, "0", null, null, "C", "Sum"),
                        new Column("total_x2", 5, "numeric", true, null, null, "(total * 2)", null, null)),
                new PrimaryKey("orders_pkey", true, List.of("id")),
                order(reversed, new ForeignKey("orders_customer_id_fkey", true, List.of("customer_id"),
                        "public.customers", List.of("id"), "CASCADE", "NO ACTION", true, true, false),
                        new ForeignKey("a_fk", false, List.of("id"), "public.x", List.of("y"), "NO ACTION",
                                "RESTRICT", false, false, true)),
                order(reversed, new UniqueConstraint("orders_status_key", true, List.of("status", "id"), true, false),
                        new UniqueConstraint("b_key", false, List.of("total"), false, true)),
                order(reversed, new CheckConstraint("orders_total_check", true, "(total >= (0)::numeric)", true),
                        new CheckConstraint("not_valid", false, "(id > 0)", false)),
                order(reversed, new Index("orders_status_idx", true, false, "btree", List.of("status DESC"),
                        List.of("total"), "(status IS NOT NULL)"),
                        new Index("orders_lower_idx", false, true, "gin", List.of("lower(status)"), null, null)),
                order(reversed, new Trigger("orders_touch", "BEFORE", order(reversed, "UPDATE", "INSERT"), "ROW",
                        "public.touch()", "(new.id > 0)", "ENABLED")),
                order(reversed, new RowPolicy("tenant", "ALL", false, order(reversed, "app", "reader"),
                        "(id > 0)", null)),
                options(reversed), order(reversed, "reader:SELECT", "app:INSERT:grantable"));
        Table customers = new Table("customers", null, null,
                List.of(new Column("id", 1, "bigint", false, null, null, null, null, null)), null, null, null, null,
                null, null, null, null, null);
        Schema app = new Schema("public", "standard public schema", order(reversed, orders, customers),
                order(reversed, new View("open_orders", false, "SELECT id FROM orders", null, null, List.of()),
                        new View("totals", true, "SELECT sum(total) AS s FROM orders", "cached",
                                List.of(new Index("totals_s_idx", true, false, "btree", List.of("s"), null, null)),
                                List.of("reader:SELECT"))),
                List.of(new Sequence("ids", "bigint", 1, 1, 1, Long.MAX_VALUE, 20, false, "public.orders.id")),
                order(reversed,
                        new Routine("touch", "FUNCTION", List.of(), "", "trigger", "plpgsql",
                                "BEGIN new.updated := now(); RETURN new; END", "VOLATILE", false, false, null),
                        new Routine("total", "FUNCTION", List.of("integer", "text[]"), "n integer, t text[]",
                                "bigint", "sql", "SELECT 1", "IMMUTABLE", true, true, "adds")),
                List.of(new EnumType("mood", List.of("sad", "ok", "happy"), null)),
                List.of(new Domain("email", "text", false, null, order(reversed, "(VALUE ~~ '%@%'::text)",
                        "(length(VALUE) < 255)"), "C", null)));
        Schema empty = new Schema("audit", null, null, null, null, null, null, null);
        return new Catalog(Engine.POSTGRESQL, "17.2", order(reversed, app, empty),
                order(reversed, new Extension("pgcrypto", "1.3", "public"), new Extension("citext", "1.6", "public")),
                order(reversed, new Setting("TimeZone", "UTC"), new Setting("search_path", "")));
    }

    @SafeVarargs
    private static <T> List<T> order(boolean reversed, T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        if (reversed) {
            Collections.reverse(list);
        }
        return list;
    }

    private static TreeMap<String, String> options(boolean reversed) {
        Map<String, String> source = reversed
                ? Map.of("storage.fillfactor", "90", "rowSecurity", "enabled")
                : Map.of("rowSecurity", "enabled", "storage.fillfactor", "90");
        return new TreeMap<>(source);
    }
}
