package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.MigrationSource;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.scenarios.DriftScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The fix round trip for any drift suite on any server: build the base schema (expected) and base plus
 * drift (actual) in real databases, plan the fix, apply the rendered {@code fix.sql} (on PostgreSQL its
 * {@code BEGIN; ... COMMIT;} form, statement by statement as psql sends it) to fresh copies of
 * actual through the project's SQL-folder runner, capture and diff again; then apply the adopt migration
 * to a database built from the base with the project's migration tool and diff it with actual.
 *
 * <p>The base's own catalog (expected) is built and captured once per server and base script and shared by
 * every scenario of the JVM: it is the same database for each of them, and building it again for every leg
 * made a scenario cost three extra databases and captures.
 */
final class FixRoundTrip {
    /** Expected, by server and base script. */
    private static final Map<String, Catalog> EXPECTED = new ConcurrentHashMap<>();

    private final CatalogDiffer differ;
    private final DiffOptions options;

    private final RoundTripServer server;
    private final String baseSql;
    private final boolean flyway;

    /** Each scenario on both PostgreSQL majors of the suite, as (major, scenario) arguments. */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> onBothPgMajors(
            List<DriftScenario> scenarios) {
        return java.util.stream.Stream.of(io.github.schemaparity.testing.PgServer.OLD,
                io.github.schemaparity.testing.PgServer.NEW).flatMap(major -> scenarios.stream()
                .map(s -> org.junit.jupiter.params.provider.Arguments.of(major, s)));
    }

    /**
     * @param flyway whether the adopt migration runs through Flyway ({@code V1__base.sql} then the adopt
     *               file), else through the SQL-folder runner ({@code 1_base.sql} then the adopt file)
     */
    FixRoundTrip(RoundTripServer server, String baseSql, boolean flyway) {
        this(server, baseSql, flyway, DiffOptions.defaults());
    }

    /** As above, every diff (the drift, after the fix, the adopt migration's) with these options. */
    FixRoundTrip(RoundTripServer server, String baseSql, boolean flyway, DiffOptions options) {
        this.options = options;
        this.differ = new CatalogDiffer(options);
        this.server = server;
        this.baseSql = baseSql;
        this.flyway = flyway;
    }

    /**
     * Runs one scenario and asserts every leg.
     *
     * @param destructiveFix whether the scenario's fix is destructive: then, with destructive statements
     *                       off, exactly its differences must remain; else none
     */
    void check(DriftScenario scenario, boolean destructiveFix, Path work) {
        Catalog expected = expected();
        String actualDb = server.create("act", baseSql, scenario.sql());
        Catalog actual = server.capture(actualDb);
        List<Difference> differences = differ.diff(expected, actual);
        assertThat(differences).as("the drift itself").map(DriftScenario.Expect::of)
                .containsExactlyInAnyOrderElementsOf(scenario.expected());

        FixScript fix = FixPlanner.fix(EngineRegistry.of(actual.engine()).fixDialect(), expected, actual, differences);
        assertThat(differences).as("every difference has a fix").allSatisfy(d ->
                assertThat(fix.fixFor(d, true)).isNotNull());

        List<Difference> afterFullFix = applyFix(fix, expected, true, scenario, work.resolve("all"));
        assertThat(afterFullFix).as("differences left after fix.sql with destructive statements:\n%s",
                fix.renderScript(List.of(), true)).isEmpty();

        List<Difference> afterSafeFix = applyFix(fix, expected, false, scenario, work.resolve("safe"));
        Set<DriftScenario.Expect> left = expects(afterSafeFix);
        assertThat(left).as("differences left after the default (non-destructive) fix.sql:\n%s",
                fix.renderScript(List.of(), false))
                .isEqualTo(destructiveFix ? Set.copyOf(scenario.expected()) : Set.of());
        assertThat(expects(fix.unresolved(false))).as("what the script says it leaves").isEqualTo(left);

        FixScript adopt = FixPlanner.adopt(EngineRegistry.of(expected.engine()).fixDialect(), expected, actual, options);
        Catalog adopted = applyAdopt(adopt, work.resolve("adopt"));
        assertThat(differ.diff(actual, adopted)).as("expected + adopt migration vs actual:\n%s",
                adopt.render(List.of(), true)).isEmpty();
    }

    /** The base built in a database of its own and captured, the first time this server and base ask for it. */
    private Catalog expected() {
        return EXPECTED.computeIfAbsent(server + "\u0000" + baseSql, key -> server.capture(server.create("exp", baseSql)));
    }

    private List<Difference> applyFix(FixScript fix, Catalog expected, boolean destructive, DriftScenario scenario,
            Path folder) {
        String copy = server.create("fix", baseSql, scenario.sql());
        String script = fix.renderScript(List.of("round trip"), destructive);
        write(folder.resolve("fix.sql"), script);
        try {
            server.migrate(copy, new SqlFolder(folder));
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + " in fix.sql:\n" + script, e);
        }
        return differ.diff(expected, server.capture(copy));
    }

    /**
     * Flyway: the base and the adopt migration both run through Flyway. SQL folder: the base script is run
     * as the suite runs it (it may hold routine bodies written without a client DELIMITER), then the adopt
     * file, named after a folder holding the base, through the SQL-folder runner.
     */
    private Catalog applyAdopt(FixScript adopt, Path folder) {
        MigrationSource source;
        String database;
        if (flyway) {
            database = server.create("adopt");
            write(folder.resolve("V1__base.sql"), baseSql);
            source = FlywayMigrations.inFolders(folder);
        } else {
            database = server.create("adopt", baseSql);
            write(folder.resolve("1_base.sql"), baseSql);
            source = new SqlFolder(folder);
        }
        AdoptMigration migration = AdoptMigration.of(source, null, adopt, true, "rt");
        assertThat(migration.fileName()).isEqualTo(flyway ? "V2__adopt_production_drift.sql" : "2_adopt_production_drift.sql");
        if (flyway) {
            write(folder.resolve(migration.fileName()), migration.content());
        } else {
            Path next = folder.resolve("next");
            write(next.resolve(migration.fileName()), migration.content());
            source = new SqlFolder(next);
        }
        try {
            server.migrate(database, source);
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + " in " + migration.fileName() + ":\n" + migration.content(), e);
        }
        server.dropTable(database, "flyway_schema_history");
        return server.capture(database);
    }

    private static Set<DriftScenario.Expect> expects(java.util.Collection<Difference> differences) {
        return differences.stream().map(DriftScenario.Expect::of).collect(Collectors.toSet());
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
