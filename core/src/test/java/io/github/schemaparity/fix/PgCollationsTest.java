package io.github.schemaparity.fix;

import static io.github.schemaparity.diff.Change.CHANGED;
import static io.github.schemaparity.diff.Change.MISSING;
import static io.github.schemaparity.diff.Change.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Collation;
import io.github.schemaparity.model.Engine;
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
 * User-defined collations ({@code CREATE COLLATION}) on real PostgreSQL 14 and 17: each drift is named exactly,
 * its fix SQL (and adopt migration) applied to a copy leaves no difference, the same collation written two
 * ways is no difference, and a changed collation that columns use gets a note instead of a failing drop.
 */
class PgCollationsTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static final String BASE = """
            CREATE COLLATION public.plain (provider = libc, locale = 'C');
            CREATE TABLE public.codes (code text COLLATE public.plain)""";

    @TempDir
    Path work;

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void collationDriftIsNamedRatedAndFixed(String major) throws Exception {
        String base = "CREATE COLLATION public.spare (provider = libc, locale = 'C')";
        List<DriftScenario> drifts = List.of(
                DriftScenario.of("collation dropped", "DROP COLLATION public.spare",
                        new Expect(ObjectType.COLLATION, "public.spare", MISSING, null)),
                DriftScenario.of("collation of another ctype", "DROP COLLATION public.spare;\n"
                        + "CREATE COLLATION public.spare (lc_collate = 'C', lc_ctype = 'POSIX')",
                        new Expect(ObjectType.COLLATION, "public.spare", CHANGED, "ctype")),
                DriftScenario.of("collation added", "CREATE COLLATION public.posix (provider = libc, locale = 'POSIX')",
                        new Expect(ObjectType.COLLATION, "public.posix", UNEXPECTED, null)));
        for (DriftScenario scenario : drifts) {
            new FixRoundTrip(RoundTripServer.postgres(major), base, true)
                    .check(scenario, false, Files.createDirectories(work.resolve(scenario.name().replace(' ', '_'))));
        }
        PgServer server = PgServer.of(major);
        List<Difference> missing = DIFFER.diff(server.capture(server.createDatabase("coll_exp", base)),
                server.capture(server.createDatabase("coll_act", base, "DROP COLLATION public.spare")));
        assertThat(missing).singleElement().satisfies(d -> {
            assertThat(d.expected()).isEqualTo("libc C");
            assertThat(RiskTable.defaults().severity(d)).isEqualTo(Severity.HIGH);
        });
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void aCollationWrittenThreeWaysIsTheSame(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String one = server.createDatabase("coll_one", "CREATE COLLATION public.plain (provider = libc, locale = 'C')");
        String other = server.createDatabase("coll_other", "CREATE COLLATION \"plain\" (LC_COLLATE = 'C', LC_CTYPE = 'C')");
        String copied = server.createDatabase("coll_copy", "CREATE COLLATION public.plain FROM \"C\"");

        Catalog captured = server.capture(one);
        assertThat(DIFFER.diff(captured, server.capture(other))).isEmpty();
        assertThat(DIFFER.diff(captured, server.capture(copied))).isEmpty();
        assertThat(captured.schemas().get(0).collations()).containsExactly(
                new Collation("plain", "libc", "C", "C", null, null, true));
        assertThat(captured.notCompared()).isEmpty();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(strings = {PgServer.NEW})
    void aChangedCollationColumnsUseGetsANoteNotAFailingDrop(String major) throws Exception {
        PgServer server = PgServer.of(major);
        Catalog expected = server.capture(server.createDatabase("coll_used_exp", BASE));
        Catalog actual = server.capture(server.createDatabase("coll_used_act",
                "CREATE COLLATION public.plain (lc_collate = 'C', lc_ctype = 'POSIX');\n"
                        + "CREATE TABLE public.codes (code text COLLATE public.plain)"));
        List<Difference> differences = DIFFER.diff(expected, actual);
        assertThat(differences).map(Expect::of).containsExactly(
                new Expect(ObjectType.COLLATION, "public.plain", CHANGED, "ctype"));

        FixScript fix = FixPlanner.fix(EngineRegistry.of(Engine.POSTGRESQL).fixDialect(), expected, actual, differences);
        assertThat(fix.executable(true)).noneMatch(sql -> sql.contains("COLLATION"));
        assertThat(fix.unresolved(true)).containsExactlyElementsOf(differences);
        assertThat(fix.renderScript(List.of(), true)).contains("collation public.plain is used by columns");
    }
}
