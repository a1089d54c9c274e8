package io.github.schemaparity.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.model.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adopt migration's name for each tool and the Liquibase changelog's shape. */
class AdoptMigrationTest {
    private static final Difference D = new Difference(ObjectType.INDEX, "public.t.i", Change.UNEXPECTED, null, null, "x");

    @TempDir
    Path dir;

    static FixScript script(Engine engine) {
        return new FixScript(engine, EngineRegistry.of(engine).fixDialect().conventions(), engine == Engine.POSTGRESQL ? List.of("SET check_function_bodies = false") : List.of(),
                List.of(FixStatement.of(Step.DROP_TABLE, "DROP TABLE public.tmp", true, List.of(D)),
                        FixStatement.of(Step.CREATE_INDEX, "CREATE INDEX i ON public.t USING btree (a)", false, List.of(D)),
                        FixStatement.of(Step.CREATE_ROUTINE, "CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql "
                                + "VOLATILE\nAS $fn$ select 1; $fn$", false, List.of(D)),
                        FixStatement.cannot(Step.ALTER_TABLE, "table option x of public.t", List.of(D))));
    }

    @Test
    void flywayGetsTheNextVersionAfterTheHighestOfAllLocations() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b/nested"));
        Files.writeString(a.resolve("V1__init.sql"), "");
        Files.writeString(a.resolve("V1_9__later.sql"), "");
        Files.writeString(b.resolve("V1_10__latest.sql"), "");
        Files.writeString(a.resolve("R__view.sql"), "");
        Files.writeString(a.resolve("U1_10__undo.sql"), "");

        AdoptMigration migration = AdoptMigration.of(FlywayMigrations.inFolders(a, dir.resolve("b")), null,
                script(Engine.POSTGRESQL), false, "id");

        assertThat(migration.fileName()).isEqualTo("V1_11__adopt_production_drift.sql");
        assertThat(migration.content()).startsWith("-- Adopts production's schema drift into the project")
                .contains("-- Migrations: Flyway filesystem:")
                .contains("-- destructive, enable with schemaparity.fix.destructive=true\n-- DROP TABLE public.tmp;")
                .contains("CREATE INDEX i ON public.t USING btree (a);")
                .contains("-- cannot generate: table option x of public.t");
    }

    @Test
    void flywayClasspathLocationIsReadFromTheProjectResources() throws IOException {
        Path project = dir.resolve("project");
        Path folder = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(folder.resolve("V7__x.sql"), "");
        Files.writeString(folder.resolve("V2024.01.15__y.sql"), "");

        assertThat(AdoptMigration.of(new FlywayMigrations(List.of("classpath:db/migration")), project,
                script(Engine.POSTGRESQL), false, "id").fileName()).isEqualTo("V2024.01.16__adopt_production_drift.sql");
        assertThat(AdoptMigration.of(new FlywayMigrations(List.of("classpath:none")), project,
                script(Engine.POSTGRESQL), false, "id").fileName()).isEqualTo("V1__adopt_production_drift.sql");
    }

    @Test
    void sqlFolderGetsTheNextNumberKeepingTheFileNamingStyle() throws IOException {
        Files.writeString(dir.resolve("001_init.sql"), "");
        Files.writeString(dir.resolve("009_orders.sql"), "");
        Files.writeString(dir.resolve("README.md"), "");
        assertThat(AdoptMigration.of(new SqlFolder(dir), null, script(Engine.MARIADB), false, "id").fileName())
                .isEqualTo("010_adopt_production_drift.sql");

        Path flywayStyle = Files.createDirectories(dir.resolve("f"));
        Files.writeString(flywayStyle.resolve("V2__a.sql"), "");
        Files.writeString(flywayStyle.resolve("V10__b.sql"), "");
        assertThat(AdoptMigration.nextInFolder(flywayStyle)).isEqualTo("V11__adopt_production_drift.sql");
        assertThat(AdoptMigration.nextInFolder(Files.createDirectories(dir.resolve("empty"))))
                .isEqualTo("1_adopt_production_drift.sql");
    }

    @Test
    void withoutAProjectItIsAPlainScript() {
        assertThat(AdoptMigration.of(null, null, script(Engine.POSTGRESQL), true, "id").fileName())
                .isEqualTo("adopt_production_drift.sql");
    }

    @Test
    void liquibaseGetsAFormattedSqlChangelogWithOneChangesetPerStatement() {
        AdoptMigration migration = AdoptMigration.of(new LiquibaseChangelog("db/changelog.xml", List.of()), null,
                script(Engine.POSTGRESQL), false, "adopt-1");

        assertThat(migration.fileName()).isEqualTo("adopt_production_drift.changelog.sql");
        assertThat(migration.content()).startsWith("--liquibase formatted sql\n\n-- Adopts production's schema drift")
                .endsWith("""
                        -- destructive, enable with schemaparity.fix.destructive=true
                        -- --changeset schemaparity:adopt-1-1 splitStatements:false
                        -- DROP TABLE public.tmp;

                        --changeset schemaparity:adopt-1-2 splitStatements:false
                        SET check_function_bodies = false;
                        CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql VOLATILE
                        AS $fn$ select 1; $fn$;

                        -- cannot generate: table option x of public.t

                        --changeset schemaparity:adopt-1-3 splitStatements:false
                        CREATE INDEX i ON public.t USING btree (a);

                        """);
    }

    @Test
    void versionsIncrementInTheirLastComponent() {
        assertThat(AdoptMigration.next(List.of())).isEqualTo("1");
        assertThat(AdoptMigration.next(List.of("3", "12", "9"))).isEqualTo("13");
        assertThat(AdoptMigration.next(List.of("1.2", "1.10", "1.9"))).isEqualTo("1.11");
        assertThat(AdoptMigration.increment("007")).isEqualTo("008");
        assertThat(AdoptMigration.increment("099")).isEqualTo("100");
    }
}
