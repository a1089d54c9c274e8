package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.RewriteRule;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewrite rules ({@code CREATE RULE}, other than a view's {@code _RETURN}) on real PostgreSQL 14 and 17: each
 * drift is named exactly, its fix SQL (and adopt migration) applied to a copy leaves no difference, and the
 * same rule written two ways is no difference.
 */
class PgRulesTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE TABLE public.orders (id bigint PRIMARY KEY, code text);
            CREATE TABLE public.orders_log (id bigint, code text);
            CREATE RULE orders_log AS ON INSERT TO public.orders
                DO ALSO INSERT INTO public.orders_log VALUES (NEW.id, NEW.code);
            CREATE VIEW public.order_view AS SELECT id, code FROM public.orders;
            CREATE RULE order_view_insert AS ON INSERT TO public.order_view
                DO INSTEAD INSERT INTO public.orders VALUES (NEW.id, NEW.code)""";

    static final List<DriftScenario> DRIFTS = List.of(
            DriftScenario.of("rule dropped", "DROP RULE orders_log ON public.orders",
                    new Expect(ObjectType.RULE, "public.orders.orders_log", MISSING, null)),
            DriftScenario.of("rule on a view dropped", "DROP RULE order_view_insert ON public.order_view",
                    new Expect(ObjectType.RULE, "public.order_view.order_view_insert", MISSING, null)),
            DriftScenario.of("rule redefined", "CREATE OR REPLACE RULE orders_log AS ON INSERT TO public.orders"
                    + " DO INSTEAD NOTHING",
                    new Expect(ObjectType.RULE, "public.orders.orders_log", CHANGED, "definition")),
            DriftScenario.of("rule disabled", "ALTER TABLE public.orders DISABLE RULE orders_log",
                    new Expect(ObjectType.RULE, "public.orders.orders_log", CHANGED, "enabled")),
            DriftScenario.of("rule added", "CREATE RULE orders_keep AS ON DELETE TO public.orders DO INSTEAD NOTHING",
                    new Expect(ObjectType.RULE, "public.orders.orders_keep", UNEXPECTED, null)));

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void ruleDriftIsNamedRatedAndFixed(String major) throws Exception {
        for (DriftScenario scenario : DRIFTS) {
            new FixRoundTrip(RoundTripServer.postgres(major), BASE, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
        PgServer server = PgServer.of(major);
        List<Difference> missing = DIFFER.diff(server.capture(server.createDatabase("rule_exp", BASE)),
                server.capture(server.createDatabase("rule_act", BASE, "DROP RULE orders_log ON public.orders")));
        assertThat(missing).singleElement().satisfies(d -> {
            assertThat(d.expected()).isEqualTo("on insert to public.orders do insert into public.orders_log(id, code)"
                    + " values(new.id, new.code)");
            assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.HIGH);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aRuleWrittenTwoWaysIsTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String tables = "CREATE TABLE public.orders (id bigint, code text);\n"
                + "CREATE TABLE public.orders_log (id bigint, code text);\n";
        String one = server.createDatabase("rule_one", tables + "CREATE RULE orders_log AS ON INSERT TO public.orders"
                + " DO ALSO INSERT INTO public.orders_log (id, code) VALUES (NEW.id, NEW.code)");
        String other = server.createDatabase("rule_other", tables + "create rule \"orders_log\" as on insert to orders"
                + " do insert into orders_log values (new.id, new.code)");

        Catalog captured = server.capture(one);
        assertThat(DIFFER.diff(captured, server.capture(other))).isEmpty();
        assertThat(captured.schemas().get(0).rules()).containsExactly(new RewriteRule("orders", "orders_log",
                "on insert to public.orders do insert into public.orders_log(id, code) values(new.id, new.code)",
                "ENABLED"));
        assertThat(captured.notCompared()).isEmpty();
    }
}
