package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.scenarios.DriftScenario;
import io.github.schemaparity.scenarios.PgDriftScenarios;
import io.github.schemaparity.testing.PgServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adopt migration of a Liquibase project, run by real Liquibase: for every PostgreSQL drift scenario,
 * the formatted-SQL changelog written for production's drift, applied on top of the base schema, gives a
 * database equal to production.
 */
class LiquibaseAdoptRoundTripTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    static Stream<DriftScenario> scenarios() {
        return PgDriftScenarios.ALL.stream();
    }

    @ParameterizedTest(name = "PostgreSQL 17, Liquibase: {0}")
    @MethodSource("scenarios")
    void theAdoptChangelogRunsInLiquibaseAndGivesProductionsSchema(DriftScenario scenario, @TempDir Path work)
            throws Exception {
        RoundTripServer server = RoundTripServer.postgres(PgServer.NEW);
        String base = PgDriftScenarios.baseSql();
        Catalog expected = server.capture(server.create("lqexp", base));
        Catalog actual = server.capture(server.create("lqact", base, scenario.sql()));

        Path changelog = work.resolve("db.changelog-master.sql");
        Files.writeString(changelog, "-- liquibase formatted sql\n");
        LiquibaseChangelog project = LiquibaseChangelog.ofFile(changelog);
        AdoptMigration migration = AdoptMigration.of(project, work,
                FixPlanner.adopt(EngineRegistry.of(expected.engine()).fixDialect(), expected, actual, DiffOptions.defaults()), true, "rt");
        Path adoptFile = work.resolve(migration.fileName());
        Files.writeString(adoptFile, migration.content());

        String adopted = server.create("lqadopt", base);
        try {
            server.migrate(adopted, LiquibaseChangelog.ofFile(adoptFile));
        } catch (RuntimeException e) {
            throw new AssertionError(e.getMessage() + " in " + migration.fileName() + ":\n" + migration.content(), e);
        }
        server.dropTable(adopted, "databasechangelog");
        server.dropTable(adopted, "databasechangeloglock");

        assertThat(migration.fileName()).isEqualTo("adopt_production_drift.changelog.sql");
        assertThat(DIFFER.diff(actual, server.capture(adopted)))
                .as("base + adopt changelog (Liquibase) vs production:\n%s", migration.content()).isEmpty();
    }
}
