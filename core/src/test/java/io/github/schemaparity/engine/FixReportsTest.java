package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.model.Engine;
import io.github.schemaparity.database.EngineRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.migrate.SqlFolder;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fix SQL through the engine on real PostgreSQL: the fix of each difference in report.json, fix.sql and
 * the adopt migration in the report folder, the destructive switch, and the adopt migration of a check
 * that, moved into the project, makes the next check pass.
 */
class FixReportsTest {
    private static final String V1 = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            """;
    private static final String V2 = """
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new');
            """;
    private static final String[] DRIFT = {
        "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
        "CREATE INDEX orders_status_idx ON orders (status)",
        "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'"
    };
    private static PgServer server;

    @TempDir
    Path work;

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void compareWritesAFixPerDifferenceAndFixSqlThatRemovesTheSafeOnes() throws Exception {
        String expected = server.createDatabase("fx_expected", V1, V2);
        String actual = server.createDatabase("fx_actual", V1, V2, String.join(";", DRIFT));
        RecordingLog log = new RecordingLog();
        Path reports = work.resolve("reports");

        ParityResult result = new ParityEngine(log).compare(config(expected, actual, reports).build());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        Map<String, String> fixes = fixesByDifference(result.reportFile());
        assertThat(fixes).containsOnlyKeys("public.orders.status type", "public.orders.status default",
                "public.orders.orders_status_idx null");
        assertThat(fixes.get("public.orders.status type")).isEqualTo("""
                -- destructive, enable with schemaparity.fix.destructive=true
                -- ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);""");
        assertThat(fixes.get("public.orders.status default"))
                .isEqualTo("ALTER TABLE public.orders ALTER COLUMN status SET DEFAULT 'new';");
        assertThat(fixes.get("public.orders.orders_status_idx null")).isEqualTo("DROP INDEX public.orders_status_idx;");

        Path fixSql = reports.resolve("fix.sql");
        assertThat(fixSql).content().startsWith("-- SchemaParity fix script: turns production (jdbc postgresql ")
                .contains("REVIEW IT BEFORE RUNNING").contains("3 differences, 1 of them left by this script")
                .contains("SET check_function_bodies = false;");
        assertThat(reports.resolve("adopt_production_drift.sql")).content()
                .contains("ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(255);")
                .contains("CREATE INDEX orders_status_idx ON public.orders USING btree (status);");
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO fix SQL: " + fixSql + " (3 statements, "
                + "1 destructive commented out (enable with schemaparity.fix.destructive=true); review before running)"));
        assertThat(log.lines).contains("INFO adopt migration: " + reports.resolve("adopt_production_drift.sql")
                + " (production's drift as the next migration; review it, then move it into your migrations)");

        // fix.sql as written, run against production: only the destructive difference is left.
        Path folder = Files.createDirectories(work.resolve("apply"));
        Files.copy(fixSql, folder.resolve("fix.sql"));
        new Migrator().withScriptSyntax(EngineRegistry.of(Engine.POSTGRESQL).scriptSyntax()).apply(new SqlFolder(folder), server.url(actual), "postgres", "postgres");
        ParityResult after = new ParityEngine().compare(config(expected, actual, work.resolve("after")).build());
        assertThat(after.report().assessment().differences()).extracting(d -> d.difference().object() + " "
                + d.difference().attribute()).containsExactly("public.orders.status type");
    }

    @Test
    void destructiveFixesAreActiveWhenAskedFor() throws Exception {
        String expected = server.createDatabase("fx_expected", V1, V2);
        String actual = server.createDatabase("fx_actual", V1, V2, String.join(";", DRIFT));
        Path reports = work.resolve("reports");

        ParityResult result = new ParityEngine().compare(config(expected, actual, reports).judging(j -> j.destructiveFixes(true)).build());

        assertThat(fixesByDifference(result.reportFile()).get("public.orders.status type"))
                .isEqualTo("ALTER TABLE public.orders ALTER COLUMN status TYPE varchar(50);");
        Path folder = Files.createDirectories(work.resolve("apply"));
        Files.copy(reports.resolve("fix.sql"), folder.resolve("fix.sql"));
        new Migrator().withScriptSyntax(EngineRegistry.of(Engine.POSTGRESQL).scriptSyntax()).apply(new SqlFolder(folder), server.url(actual), "postgres", "postgres");
        assertThat(new ParityEngine().compare(config(expected, actual, work.resolve("after")).build()).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void differencesThePolicyAllowsKeepTheirFixInTheReportButStayOutOfTheScripts() throws Exception {
        String expected = server.createDatabase("fx_expected", V1, V2);
        String actual = server.createDatabase("fx_actual", V1, V2, String.join(";", DRIFT));
        Path reports = work.resolve("reports");

        ParityResult result = new ParityEngine().compare(config(expected, actual, reports)
                .judging(j -> j.ignore(List.of("public.orders.orders_status_idx"))).build());

        assertThat(fixesByDifference(result.reportFile()).get("public.orders.orders_status_idx null"))
                .isEqualTo("DROP INDEX public.orders_status_idx;");
        assertThat(reports.resolve("fix.sql")).content().doesNotContain("orders_status_idx")
                .contains("SET DEFAULT 'new';")
                .contains("1 allowed by the policy and left alone (their fix is in report.json)");
        assertThat(reports.resolve("adopt_production_drift.sql")).content().doesNotContain("orders_status_idx")
                .contains("SET DEFAULT 'open';");
    }

    @Test
    void noDifferencesGiveAnEmptyFixAndNoAdoptMigration() throws Exception {
        String expected = server.createDatabase("fx_expected", V1, V2);
        String actual = server.createDatabase("fx_actual", V1, V2);
        Path reports = work.resolve("reports");

        new ParityEngine().compare(config(expected, actual, reports).build());

        assertThat(reports.resolve("fix.sql")).content().contains("No differences: nothing to fix.")
                .doesNotContain("ALTER").doesNotContain("DROP");
        assertThat(reports.resolve("adopt_production_drift.sql")).doesNotExist();
    }

    @Test
    void checkWritesTheNextFlywayMigrationWhichAdoptsTheDrift() throws Exception {
        Path project = work.resolve("project");
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(migrations.resolve("V1__customers.sql"), V1);
        Files.writeString(migrations.resolve("V2__orders.sql"), V2);
        String production = server.createDatabase("fx_production");
        new Migrator().apply(FlywayMigrations.inFolders(migrations), server.url(production), "postgres", "postgres");
        server.execute(production, DRIFT);
        RecordingLog log = new RecordingLog();

        CheckResult first = new ParityEngine(log).check(check(project, production).build(), JudgingConfig.defaults());

        assertThat(first.verdict()).isEqualTo(Verdict.FAIL);
        Path adopt = project.resolve("target/schemaparity/V3__adopt_production_drift.sql");
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO adopt migration: " + adopt + " "));
        assertThat(adopt).content().startsWith("-- Adopts production's schema drift into the project")
                .contains("Migrations: Flyway ");
        assertThat(migrations.resolve("V3__adopt_production_drift.sql")).as("never written into the sources")
                .doesNotExist();

        // The team adopts the drift: the migration moves into the project and is marked applied in production,
        // which already has its changes (as the file's header says); the next check passes.
        Files.copy(adopt, migrations.resolve(adopt.getFileName()));
        org.flywaydb.core.Flyway.configure().dataSource(server.url(production), "postgres", "postgres")
                .locations("filesystem:" + migrations).skipExecutingMigrations(true).load().migrate();
        CheckResult second = new ParityEngine().check(check(project, production).build(), JudgingConfig.defaults());
        assertThat(second.parity().report().assessment().differences()).isEmpty();
        assertThat(second.verdict()).isEqualTo(Verdict.PASS);
    }

    private static ParityConfig.Builder config(String expected, String actual, Path reports) {
        return ParityConfig.builder().expected(server.urlWithCredentials(expected))
                .actual(Source.jdbc(server.url(actual), "postgres", "postgres")).judging(j -> j.reportDir(reports));
    }

    private static CandidateConfig.Builder check(Path project, String production) {
        return CandidateConfig.builder().reference(Source.jdbc(server.url(production), "postgres", "postgres"))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).binaries(LocalPostgresBinaries.defaults())
                .cache(false);
    }

    /** {@code object attribute} to fix, for every difference in a report.json. */
    private static Map<String, String> fixesByDifference(Path report) throws IOException {
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        Map<String, String> fixes = new HashMap<>();
        for (JsonNode d : json.get("differences")) {
            fixes.put(d.get("object").asText() + " " + d.get("attribute").asText(null), d.get("fix").asText(null));
        }
        return fixes;
    }
}
