package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.NotComparedLedger;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.diff.Uncompared;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.CompositeType;
import io.github.schemaparity.model.Coverage;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.RangeType;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.DriftScenario.Expect;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Composite types ({@code CREATE TYPE ... AS (...)}) and range types ({@code ... AS RANGE}) on real
 * PostgreSQL 14 and 17: each drift named exactly, with the fix and adopt round trips; the same type written
 * two ways is no difference; a type a column stores gets a note, not a failing statement; an older snapshot
 * without them lists them as not compared.
 */
class PgUserTypesTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    /** {@code a_slot} sorts before the types it uses, so the fix must order by dependency, not by name. */
    static final String BASE = """
            CREATE TYPE public.mood AS ENUM ('ok', 'sad');
            CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
            CREATE TYPE public.pair AS (id integer, label text);
            COMMENT ON TYPE public.pair IS 'two things';
            CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
            CREATE TYPE public.pricerange AS RANGE (subtype = numeric);
            CREATE TYPE public.labelrange AS RANGE (subtype = text);
            CREATE TYPE public.a_slot AS (m public.mood, r public.floatrange, n public.positive, p public.pair[]);
            CREATE TABLE public.t (id integer)""";

    static final List<DriftScenario> SCENARIOS = List.of(
            DriftScenario.of("composite type added", "CREATE TYPE public.extra AS (a int, b varchar(5) COLLATE \"C\")",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.extra", UNEXPECTED, null)),
            DriftScenario.of("composite type dropped", "DROP TYPE public.a_slot",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.a_slot", MISSING, null)),
            DriftScenario.of("composite and the types it uses dropped",
                    "DROP TYPE public.a_slot; DROP TYPE public.floatrange; DROP TYPE public.pair",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.a_slot", MISSING, null),
                    new Expect(ObjectType.RANGE_TYPE, "public.floatrange", MISSING, null),
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", MISSING, null)),
            DriftScenario.of("composite attribute type", "ALTER TYPE public.pair ALTER ATTRIBUTE label TYPE varchar(20)",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields")),
            DriftScenario.of("composite attribute collation",
                    "ALTER TYPE public.pair ALTER ATTRIBUTE label TYPE text COLLATE \"C\"",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields")),
            DriftScenario.of("composite attribute added", "ALTER TYPE public.pair ADD ATTRIBUTE note text",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields")),
            DriftScenario.of("composite attribute dropped", "ALTER TYPE public.pair DROP ATTRIBUTE label",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields")),
            DriftScenario.of("composite attributes reordered",
                    "ALTER TYPE public.pair DROP ATTRIBUTE id, ADD ATTRIBUTE id integer",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields")),
            DriftScenario.of("composite comment", "COMMENT ON TYPE public.pair IS 'two other things'",
                    new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "comment")),
            DriftScenario.of("range type added", "CREATE TYPE public.dayrange AS RANGE (subtype = date)",
                    new Expect(ObjectType.RANGE_TYPE, "public.dayrange", UNEXPECTED, null)),
            DriftScenario.of("range type dropped", "DROP TYPE public.pricerange",
                    new Expect(ObjectType.RANGE_TYPE, "public.pricerange", MISSING, null)),
            DriftScenario.of("range subtype", """
                    DROP TYPE public.pricerange; CREATE TYPE public.pricerange AS RANGE (subtype = float8)""",
                    new Expect(ObjectType.RANGE_TYPE, "public.pricerange", CHANGED, "subtype")),
            DriftScenario.of("range subtype diff", """
                    DROP TYPE public.pricerange;
                    CREATE TYPE public.pricerange AS RANGE (subtype = numeric, subtype_diff = pg_catalog.numrange_subdiff)""",
                    new Expect(ObjectType.RANGE_TYPE, "public.pricerange", CHANGED, "subtypeDiff")),
            DriftScenario.of("range multirange name", """
                    DROP TYPE public.pricerange;
                    CREATE TYPE public.pricerange AS RANGE (subtype = numeric, multirange_type_name = public.price_ranges)""",
                    new Expect(ObjectType.RANGE_TYPE, "public.pricerange", CHANGED, "multirange")),
            DriftScenario.of("range collation", """
                    DROP TYPE public.labelrange; CREATE TYPE public.labelrange AS RANGE (subtype = text, collation = "C")""",
                    new Expect(ObjectType.RANGE_TYPE, "public.labelrange", CHANGED, "collation")),
            DriftScenario.of("range operator class", """
                    DROP TYPE public.labelrange;
                    CREATE TYPE public.labelrange AS RANGE (subtype = text, subtype_opclass = text_pattern_ops)""",
                    new Expect(ObjectType.RANGE_TYPE, "public.labelrange", CHANGED, "subtypeOpClass")),
            DriftScenario.of("range comment", "COMMENT ON TYPE public.pricerange IS 'money'",
                    new Expect(ObjectType.RANGE_TYPE, "public.pricerange", CHANGED, "comment")));

    @TempDir
    Path work;

    static Stream<Arguments> scenarios() {
        return FixRoundTrip.onBothPgMajors(SCENARIOS);
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedAndTheFixAndAdoptRoundTripsLeaveNothing(String major, DriftScenario scenario) {
        new FixRoundTrip(RoundTripServer.postgres(major), BASE, true).check(scenario, false, work);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void capturedAsTheModelWritesThemAndOutOfTheLedger(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        Catalog catalog = server.capture(server.createDatabase("types", BASE));
        Schema schema = catalog.schemas().get(0);

        assertThat(schema.compositeTypes()).containsExactly(
                new CompositeType("a_slot", List.of(new CompositeType.Field("m", "public.mood", null),
                        new CompositeType.Field("r", "public.floatrange", null),
                        new CompositeType.Field("n", "public.positive", null),
                        new CompositeType.Field("p", "public.pair[]", null)), null),
                new CompositeType("pair", List.of(new CompositeType.Field("id", "integer", null),
                        new CompositeType.Field("label", "text", null)), "two things"));
        assertThat(schema.rangeTypes()).containsExactly(
                new RangeType("floatrange", "double precision", null, null, null, "float8mi", null, null),
                new RangeType("labelrange", "text", null, null, null, null, null, null),
                new RangeType("pricerange", "numeric", null, null, null, null, null, null));
        assertThat(catalog.notCompared()).extracting(n -> n.kind())
                .doesNotContain("composite type", "range type", "multirange type");
        assertThat(catalog.coverage()).contains(Coverage.COMPOSITE_TYPES, Coverage.RANGE_TYPES);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void theSameTypesWrittenTwoWaysAreEqual(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String one = server.createDatabase("types_one", """
                CREATE TYPE public.pair AS (id int4, label character varying(20), at timestamp with time zone,
                    code text COLLATE "C");
                CREATE TYPE public.floatrange AS RANGE (subtype = float8);
                CREATE TYPE public.textrange2 AS RANGE (subtype = text)""");
        String other = server.createDatabase("types_other", """
                create type public.pair as (id integer);
                alter type public.pair add attribute label varchar(20), add attribute gone int;
                alter type public.pair drop attribute gone, add attribute at timestamptz;
                alter type public.pair add attribute code text collate "C";
                create type public.floatrange as range (subtype = double precision, subtype_opclass = float8_ops,
                    multirange_type_name = public.floatmultirange);
                create type public.textrange2 as range (subtype = text, collation = "default")""");

        assertThat(DIFFER.diff(server.capture(one), server.capture(other))).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aTypeATableStoresGetsANoteNotAFailingStatement(String major) throws SQLException {
        PgServer server = PgServer.of(major);
        String expected = server.createDatabase("stored_exp", BASE,
                "CREATE TABLE public.stored (p public.pair, r public.pricerange)");
        String actual = server.createDatabase("stored_act", BASE,
                "CREATE TABLE public.stored (p public.pair, r public.pricerange)",
                "ALTER TYPE public.pair ADD ATTRIBUTE note text");
        Catalog want = server.capture(expected);
        Catalog have = server.capture(actual);
        List<Difference> differences = DIFFER.diff(want, have);
        assertThat(differences).map(Expect::of)
                .containsExactly(new Expect(ObjectType.COMPOSITE_TYPE, "public.pair", CHANGED, "fields"));
        assertThat(differences.get(0).expected()).isEqualTo("id integer, label text");
        assertThat(differences.get(0).actual()).isEqualTo("id integer, label text, note text");
        assertThat(RiskTable.defaults().severity(differences.get(0))).isEqualTo(Severity.HIGH);

        FixScript fix = FixPlanner.fix(EngineRegistry.of(Engine.POSTGRESQL).fixDialect(), want, have, differences);
        assertThat(fix.renderScript(List.of(), true))
                .contains("composite type public.pair is used by column public.stored.p")
                .doesNotContain("ALTER TYPE");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void anOlderSnapshotWithoutThemListsThemAsNotCompared(String major) throws Exception {
        PgServer server = PgServer.of(major);
        Catalog live = server.capture(server.createDatabase("types_live", BASE));
        Path file = work.resolve("old.json");
        SnapshotFile.write(Snapshot.of(List.of(), live), file);
        // as a snapshot written before composite and range types were captured: no such parts, no coverage
        String json = Files.readString(file);
        Catalog current = SnapshotFile.read(file).catalog();
        Catalog older = current.withSchemas(current.schemas().stream()
                .map(s -> s.withUserTypes(List.of(), List.of())).toList())
                .withLedger(current.databaseSettings(), current.notCompared(), current.coverage().stream()
                        .filter(c -> !Set.of(Coverage.COMPOSITE_TYPES, Coverage.RANGE_TYPES).contains(c)).toList());
        SnapshotFile.write(Snapshot.of(List.of(), older), file);
        assertThat(json).contains("\"compositeTypes\"", "\"rangeTypes\"");
        assertThat(Files.readString(file)).doesNotContain("compositeTypes", "rangeTypes", "a_slot");
        Catalog reread = SnapshotFile.read(file).catalog();

        assertThat(DIFFER.diff(reread, live)).isEmpty();
        assertThat(DIFFER.diff(live, reread)).isEmpty();
        assertThat(NotComparedLedger.of(reread, live)).extracting(Uncompared::kind, Uncompared::object)
                .contains(org.assertj.core.groups.Tuple.tuple("composite type", "public.a_slot"),
                        org.assertj.core.groups.Tuple.tuple("composite type", "public.pair"),
                        org.assertj.core.groups.Tuple.tuple("range type", "public.floatrange"));
        assertThat(SnapshotFile.read(work.resolve("old.json")).catalog().schemas().get(0).compositeTypes()).isEmpty();
    }
}
