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
import io.github.schemaparity.model.EventTrigger;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Triggers on views ({@code INSTEAD OF}) and event triggers on real PostgreSQL 14 and 17: each drift is
 * named exactly and its fix SQL (and adopt migration) applied to a copy leaves no difference; the same
 * trigger written two ways is no difference ({@link PgKindsSnapshotTest}: snapshots carry them).
 */
class PgTriggerKindsTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String VIEW_BASE = """
            CREATE TABLE public.orders (id bigint PRIMARY KEY, code text);
            CREATE VIEW public.order_view AS SELECT id, code FROM public.orders;
            CREATE FUNCTION public.write_order() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN INSERT INTO public.orders VALUES (NEW.id, NEW.code); RETURN NEW; END $$;
            CREATE TRIGGER order_view_write INSTEAD OF INSERT ON public.order_view
                FOR EACH ROW EXECUTE FUNCTION public.write_order()""";

    static final List<DriftScenario> VIEW_TRIGGERS = List.of(
            DriftScenario.of("view trigger dropped", "DROP TRIGGER order_view_write ON public.order_view",
                    new Expect(ObjectType.TRIGGER, "public.order_view.order_view_write", MISSING, null)),
            DriftScenario.of("view trigger on other events", "DROP TRIGGER order_view_write ON public.order_view;\n"
                    + "CREATE TRIGGER order_view_write INSTEAD OF INSERT OR UPDATE ON public.order_view"
                    + " FOR EACH ROW EXECUTE FUNCTION public.write_order()",
                    new Expect(ObjectType.TRIGGER, "public.order_view.order_view_write", CHANGED, "events")),
            DriftScenario.of("view trigger added", "CREATE FUNCTION public.no_delete() RETURNS trigger LANGUAGE plpgsql"
                    + " AS $$ BEGIN RETURN NULL; END $$;\n"
                    + "CREATE TRIGGER order_view_no_delete INSTEAD OF DELETE ON public.order_view"
                    + " FOR EACH ROW EXECUTE FUNCTION public.no_delete()",
                    new Expect(ObjectType.ROUTINE, "public.no_delete()", UNEXPECTED, null),
                    new Expect(ObjectType.TRIGGER, "public.order_view.order_view_no_delete", UNEXPECTED, null)),
            // the view is dropped and created again around the column's new type: its trigger with it
            DriftScenario.of("view recreated around a column type", "DROP VIEW public.order_view;\n"
                    + "ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(20);\n"
                    + "CREATE VIEW public.order_view AS SELECT id, code FROM public.orders;\n"
                    + "CREATE TRIGGER order_view_write INSTEAD OF UPDATE ON public.order_view"
                    + " FOR EACH ROW EXECUTE FUNCTION public.write_order()",
                    new Expect(ObjectType.COLUMN, "public.orders.code", CHANGED, "type"),
                    new Expect(ObjectType.TRIGGER, "public.order_view.order_view_write", CHANGED, "events")));

    static final String EVENT_BASE = """
            CREATE SCHEMA audit;
            CREATE FUNCTION audit.guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
            CREATE EVENT TRIGGER ddl_guard ON ddl_command_start WHEN TAG IN ('DROP TABLE', 'ALTER TABLE')
                EXECUTE FUNCTION audit.guard_ddl()""";

    static final List<DriftScenario> EVENT_TRIGGERS = List.of(
            DriftScenario.of("event trigger dropped", "DROP EVENT TRIGGER ddl_guard",
                    new Expect(ObjectType.EVENT_TRIGGER, "event-trigger:ddl_guard", MISSING, null)),
            DriftScenario.of("event trigger disabled", "ALTER EVENT TRIGGER ddl_guard DISABLE",
                    new Expect(ObjectType.EVENT_TRIGGER, "event-trigger:ddl_guard", CHANGED, "enabled")),
            DriftScenario.of("event trigger on other tags", "DROP EVENT TRIGGER ddl_guard;\n"
                    + "CREATE EVENT TRIGGER ddl_guard ON ddl_command_start WHEN TAG IN ('DROP TABLE')"
                    + " EXECUTE FUNCTION audit.guard_ddl()",
                    new Expect(ObjectType.EVENT_TRIGGER, "event-trigger:ddl_guard", CHANGED, "tags")),
            DriftScenario.of("event trigger added", "CREATE EVENT TRIGGER ddl_log ON sql_drop"
                    + " EXECUTE FUNCTION audit.guard_ddl()",
                    new Expect(ObjectType.EVENT_TRIGGER, "event-trigger:ddl_log", UNEXPECTED, null)));

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void viewTriggerDriftIsNamedAndFixed(String major) throws IOException {
        for (DriftScenario scenario : VIEW_TRIGGERS) {
            new FixRoundTrip(RoundTripServer.postgres(major), VIEW_BASE, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void eventTriggerDriftIsNamedRatedAndFixed(String major) throws Exception {
        for (DriftScenario scenario : EVENT_TRIGGERS) {
            new FixRoundTrip(RoundTripServer.postgres(major), EVENT_BASE, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
        PgServer server = PgServer.of(major);
        List<Difference> missing = DIFFER.diff(server.capture(server.createDatabase("evt_exp", EVENT_BASE)),
                server.capture(server.createDatabase("evt_act", EVENT_BASE, "DROP EVENT TRIGGER ddl_guard")));
        assertThat(missing).singleElement().satisfies(d -> {
            assertThat(d.expected()).isEqualTo("ON ddl_command_start WHEN TAG IN (ALTER TABLE, DROP TABLE)"
                    + " EXECUTE audit.guard_ddl()");
            assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.MEDIUM);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void triggersWrittenTwoWaysAreTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String tables = "CREATE TABLE public.orders (id bigint, code text);\n"
                + "CREATE VIEW public.order_view AS SELECT id, code FROM public.orders;\n"
                + "CREATE SCHEMA audit;\n"
                + "CREATE FUNCTION audit.guard_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;\n"
                + "CREATE FUNCTION public.write_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";
        String one = server.createDatabase("kinds_one", tables
                + "CREATE TRIGGER order_view_write INSTEAD OF INSERT OR UPDATE ON public.order_view"
                + " FOR EACH ROW EXECUTE FUNCTION public.write_order();\n"
                + "CREATE EVENT TRIGGER ddl_guard ON ddl_command_start WHEN TAG IN ('DROP TABLE', 'ALTER TABLE')"
                + " EXECUTE FUNCTION audit.guard_ddl()");
        String other = server.createDatabase("kinds_other", tables
                + "CREATE TRIGGER \"order_view_write\" INSTEAD OF UPDATE OR INSERT ON order_view"
                + " FOR EACH ROW EXECUTE PROCEDURE write_order();\n"
                + "CREATE EVENT TRIGGER \"ddl_guard\" ON ddl_command_start WHEN tag IN ('alter table', 'drop table')"
                + " EXECUTE PROCEDURE audit.guard_ddl()");

        Catalog captured = server.capture(one);
        assertThat(DIFFER.diff(captured, server.capture(other))).isEmpty();
        assertThat(captured.eventTriggers()).containsExactly(new EventTrigger("ddl_guard", "ddl_command_start",
                List.of("ALTER TABLE", "DROP TABLE"), "audit.guard_ddl()", "ENABLED"));
        assertThat(captured.schemas().get(1).views().get(0).triggers()).containsExactly(new Trigger("order_view_write",
                "INSTEAD OF", List.of("INSERT", "UPDATE"), "ROW", "public.write_order()", null, "ENABLED"));
        assertThat(captured.notCompared()).isEmpty();
    }
}
