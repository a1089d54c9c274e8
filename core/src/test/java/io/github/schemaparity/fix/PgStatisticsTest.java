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
import io.github.schemaparity.model.Statistics;
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
 * Extended statistics ({@code CREATE STATISTICS}) on real PostgreSQL 14 and 17: each drift is named exactly and
 * rated LOW, its fix SQL (and adopt migration) applied to a copy leaves no difference, and the same statistics
 * written two ways is no difference.
 */
class PgStatisticsTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE TABLE public.orders (id bigint PRIMARY KEY, code text, qty int, created date);
            CREATE STATISTICS public.orders_code_qty ON code, qty FROM public.orders""";

    static final List<DriftScenario> DRIFTS = List.of(
            DriftScenario.of("statistics dropped", "DROP STATISTICS public.orders_code_qty",
                    new Expect(ObjectType.STATISTICS, "public.orders_code_qty", MISSING, null)),
            DriftScenario.of("statistics of fewer kinds", "DROP STATISTICS public.orders_code_qty;\n"
                    + "CREATE STATISTICS public.orders_code_qty (ndistinct) ON code, qty FROM public.orders",
                    new Expect(ObjectType.STATISTICS, "public.orders_code_qty", CHANGED, "kinds")),
            DriftScenario.of("statistics on other columns", "DROP STATISTICS public.orders_code_qty;\n"
                    + "CREATE STATISTICS public.orders_code_qty ON code, created FROM public.orders",
                    new Expect(ObjectType.STATISTICS, "public.orders_code_qty", CHANGED, "columns")),
            DriftScenario.of("statistics target set", "ALTER STATISTICS public.orders_code_qty SET STATISTICS 500",
                    new Expect(ObjectType.STATISTICS, "public.orders_code_qty", CHANGED, "target")),
            DriftScenario.of("expression statistics added",
                    "CREATE STATISTICS public.orders_lower_code ON (lower(code)), qty FROM public.orders",
                    new Expect(ObjectType.STATISTICS, "public.orders_lower_code", UNEXPECTED, null)));

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void statisticsDriftIsNamedRatedAndFixed(String major) throws Exception {
        for (DriftScenario scenario : DRIFTS) {
            new FixRoundTrip(RoundTripServer.postgres(major), BASE, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
        PgServer server = PgServer.of(major);
        List<Difference> missing = DIFFER.diff(server.capture(server.createDatabase("stx_exp", BASE)),
                server.capture(server.createDatabase("stx_act", BASE, "DROP STATISTICS public.orders_code_qty")));
        assertThat(missing).singleElement().satisfies(d -> {
            assertThat(d.expected()).isEqualTo("ON code, qty FROM public.orders");
            assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.LOW);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void statisticsWrittenTwoWaysAreTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String table = "CREATE TABLE public.orders (id bigint, code text, qty int);\n";
        String one = server.createDatabase("stx_one", table
                + "CREATE STATISTICS public.orders_code_qty ON code, qty FROM public.orders;\n"
                + "CREATE STATISTICS public.orders_expr ON (lower(code)), qty FROM public.orders");
        String other = server.createDatabase("stx_other", table
                + "CREATE STATISTICS orders_code_qty (mcv, ndistinct, dependencies) ON qty, \"code\" FROM orders;\n"
                + "ALTER STATISTICS orders_code_qty SET STATISTICS -1;\n"
                + "CREATE STATISTICS public.orders_expr ON qty, (LOWER(code)) FROM public.orders");

        Catalog captured = server.capture(one);
        assertThat(DIFFER.diff(captured, server.capture(other))).isEmpty();
        assertThat(captured.schemas().get(0).statistics()).containsExactly(
                new Statistics("orders_code_qty", "public.orders", List.of("code", "qty"),
                        List.of("dependencies", "mcv", "ndistinct"), null),
                new Statistics("orders_expr", "public.orders", List.of("qty", "(lower(code))"),
                        List.of("dependencies", "mcv", "ndistinct"), null));
        assertThat(captured.notCompared()).isEmpty();
    }
}
