package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.report.TenantRow;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenants mode on a real PostgreSQL (embedded): a database of tenant schemas built by the same DDL, two of
 * them changed by hand, compared with the migrations' schema (compare: another database's schema; check: the
 * candidate built from a Flyway folder) and with one reference tenant.
 */
class TenantsModeTest {
    /** What the migrations build, in the schema {@code %1$s}. */
    static final String SHOP = """
            CREATE SCHEMA IF NOT EXISTS %1$s;
            CREATE TABLE %1$s.customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email varchar(200) NOT NULL UNIQUE
            );
            CREATE TABLE %1$s.orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES %1$s.customers (id),
                status varchar(50) NOT NULL DEFAULT 'new'
            );
            CREATE INDEX orders_customer_idx ON %1$s.orders (customer_id);
            """;
    static final String HOTFIX = "CREATE INDEX orders_hotfix_idx ON tenant_004.orders (status)";
    static final String WIDENED = "ALTER TABLE tenant_011.orders ALTER COLUMN status TYPE varchar(255)";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private final PgServer server = PgServer.of(PgServer.NEW);

    @Test
    void twentyTenantsTwoDriftedExactlyThoseTwoFail() throws IOException {
        String template = server.createDatabase("tenants_template", SHOP.formatted("app"));
        String production = tenantDatabase("tenants_prod", 20, HOTFIX, WIDENED);

        TenantsResult result = new ParityEngine(log).compareTenants(ParityConfig.builder()
                .expected(server.urlWithCredentials(template)).actual(server.urlWithCredentials(production))
                .judging(j -> j.reportDir(project.resolve("reports"))).build(), Tenants.matching("tenant_*"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.tenants()).hasSize(20);
        assertThat(result.failingTenants()).containsExactly("tenant_004", "tenant_011");
        assertThat(result.driftedTenants()).containsExactly("tenant_004", "tenant_011");
        assertThat(result.excluded()).containsExactly("public");
        assertThat(result.parity().report().assessment().differences())
                .extracting(d -> d.difference().objectType().name(), d -> d.difference().object(),
                        d -> d.difference().change().name())
                .containsExactlyInAnyOrder(tuple("INDEX", "tenant_004.orders.orders_hotfix_idx", "UNEXPECTED"),
                        tuple("COLUMN", "tenant_011.orders.status", "CHANGED"));

        // The console: one summary line, one line per drifted tenant, nothing per equal tenant.
        List<String> console = result.parity().consoleLines();
        assertThat(console.get(0)).isEqualTo("SchemaParity FAIL: 20 tenants: 18 equal, 2 drifted (2 failing);"
                + " compared with expected schema app");
        assertThat(console).hasSize(3);
        assertThat(console.get(1)).startsWith("  tenant_004  FAIL  1 difference (1 failing): ")
                .contains("INDEX tenant_004.orders.orders_hotfix_idx UNEXPECTED");
        assertThat(console.get(2)).startsWith("  tenant_011  FAIL  1 difference (1 failing): ")
                .contains("COLUMN tenant_011.orders.status CHANGED type: varchar(50) -> varchar(255)");
        assertThat(log.lines).contains("INFO " + console.get(0));
        assertThat(log.lines).filteredOn(l -> l.startsWith("ERROR")).hasSize(2);
        assertThat(log.lines).contains("INFO tenants (tenant_*): 20 schemas compared with expected schema app;"
                + " not tenants, left out: public");
        assertThat(result.failureMessage(project)).isEqualTo(
                "SchemaParity: 2 of 20 tenants fail: tenant_004, tenant_011 (see reports/report.json)");

        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.get("verdict").asText()).isEqualTo("FAIL");
        List<String> failing = new ArrayList<>();
        report.get("tenants").forEach(t -> {
            if (t.get("verdict").asText().equals("FAIL")) {
                failing.add(t.get("tenant").asText() + ":" + t.get("differences").asInt() + ":" + t.get("failing").asInt());
            }
        });
        assertThat(failing).containsExactly("tenant_004:1:1", "tenant_011:1:1");
        assertThat(report.get("tenants")).hasSize(20);
        assertThat(report.at("/tenants/0/tenant").asText()).isEqualTo("tenant_001");
        assertThat(report.at("/tenants/0/verdict").asText()).isEqualTo("PASS");
        List<String> objects = new ArrayList<>();
        report.get("differences").forEach(d -> objects.add(d.get("object").asText()));
        assertThat(objects).containsExactlyInAnyOrder("tenant_004.orders.orders_hotfix_idx", "tenant_011.orders.status");
        // The full detail is in the other reports too, under the tenants' names.
        assertThat(Files.readString(project.resolve("reports/report.md"))).contains("tenant_004.orders.orders_hotfix_idx");
        assertThat(Files.readString(project.resolve("reports/fix.sql"))).contains("tenant_011.orders");
    }

    @Test
    void aTenantMissingATableFailsAndASchemaOutsideThePatternIsLeftOut() throws IOException {
        String template = server.createDatabase("tenants_template", SHOP.formatted("app"));
        String production = tenantDatabase("tenants_missing", 3, "DROP TABLE tenant_002.orders",
                // tenant-like, but not matching tenant_*: an archive the application keeps beside the tenants
                SHOP.formatted("tenants_archive"), "CREATE TABLE tenants_archive.old_orders (id bigint)");

        TenantsResult result = new ParityEngine(log).compareTenants(ParityConfig.builder()
                .expected(server.urlWithCredentials(template)).actual(server.urlWithCredentials(production))
                .judging(j -> j.reportDir(project.resolve("reports"))).build(), Tenants.matching("tenant_*"));

        assertThat(result.tenants()).extracting(TenantRow::tenant, TenantRow::verdict)
                .containsExactly(tuple("tenant_001", Verdict.PASS), tuple("tenant_002", Verdict.FAIL),
                        tuple("tenant_003", Verdict.PASS));
        assertThat(result.parity().report().assessment().differences())
                .extracting(d -> d.difference().objectType().name(), d -> d.difference().object(),
                        d -> d.difference().change().name())
                .containsExactly(tuple("TABLE", "tenant_002.orders", "MISSING"));
        assertThat(result.excluded()).containsExactly("public", "tenants_archive");
        assertThat(result.parity().consoleLines()).hasSize(2);
        assertThat(result.parity().consoleLines().get(1)).startsWith("  tenant_002  FAIL  1 difference (1 failing): "
                + "CRITICAL TABLE tenant_002.orders MISSING");
        String json = Files.readString(result.reportFile());
        assertThat(json).doesNotContain("tenants_archive");
    }

    @Test
    void theOtherTenantsAreComparedWithAReferenceTenant() {
        String production = tenantDatabase("tenants_ref", 5, HOTFIX);
        String url = server.urlWithCredentials(production);

        TenantsResult result = new ParityEngine(log).compareTenants(ParityConfig.builder().expected(url).actual(url)
                        .judging(j -> j.reportDir(project.resolve("reports"))).build(),
                Tenants.matching("tenant_*").against("tenant_001"));

        assertThat(result.tenants()).extracting(TenantRow::tenant)
                .as("the reference tenant is not compared with itself")
                .containsExactly("tenant_002", "tenant_003", "tenant_004", "tenant_005");
        assertThat(result.failingTenants()).containsExactly("tenant_004");
        assertThat(result.parity().consoleLines().get(0))
                .isEqualTo("SchemaParity FAIL: 4 tenants: 3 equal, 1 drifted (1 failing); compared with reference tenant tenant_001");
    }

    @Test
    void checkBuildsOneCandidateForAllTenants() throws IOException {
        Path folder = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V1__shop.sql"), SHOP.formatted("public").replace("CREATE SCHEMA IF NOT EXISTS public;", ""));
        String production = tenantDatabase("tenants_check", 20, HOTFIX, WIDENED);

        TenantsResult result = new ParityEngine(log).checkTenants(CandidateConfig.builder()
                .reference(server.urlWithCredentials(production)).projectDir(project)
                .provider(ProviderChoice.EMBEDDED).binaries(LocalPostgresBinaries.defaults()).build(),
                JudgingConfig.defaults(), Tenants.matching("tenant_*"));

        assertThat(result.failingTenants()).containsExactly("tenant_004", "tenant_011");
        assertThat(result.template()).isEqualTo("migrations schema public");
        assertThat(result.parity().report().assessment().differences()).filteredOn(d -> !d.allowed())
                .extracting(d -> d.difference().object())
                .containsExactlyInAnyOrder("tenant_004.orders.orders_hotfix_idx", "tenant_011.orders.status");
        assertThat(log.lines).filteredOn(l -> l.contains("migrated candidate with Flyway")).hasSize(1);
        assertThat(result.parity().consoleLines().get(0))
                .startsWith("SchemaParity FAIL: 20 tenants: 18 equal, 2 drifted (2 failing)");
        assertThat(result.reportFile()).isEqualTo(project.resolve("target/schemaparity/report.json"));
    }

    @Test
    void checkOfTenantsEachMigratedByFlywayComparesTheirHistoryTablesToo() throws IOException {
        Path folder = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(folder);
        // Unqualified, as migrations run once per tenant are written: each run creates them in its own schema.
        Files.writeString(folder.resolve("V1__shop.sql"), SHOP.formatted("x").replace("CREATE SCHEMA IF NOT EXISTS x;", "")
                .replace("x.", ""));
        // Production as SaaS teams run it: Flyway once per tenant schema, each with its own history table.
        String production = server.createDatabase("tenants_flyway");
        for (String tenant : List.of("tenant_001", "tenant_002", "tenant_003")) {
            server.execute(production, "CREATE SCHEMA " + tenant);
            new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(production) + "?currentSchema=" + tenant,
                    "postgres", "postgres");
        }
        server.execute(production, HOTFIX.replace("tenant_004", "tenant_002"));

        TenantsResult result = new ParityEngine(log).checkTenants(CandidateConfig.builder()
                .reference(server.urlWithCredentials(production)).projectDir(project)
                .provider(ProviderChoice.EMBEDDED).binaries(LocalPostgresBinaries.defaults()).build(),
                JudgingConfig.defaults(), Tenants.matching("tenant_*"));

        assertThat(result.failingTenants()).containsExactly("tenant_002");
        assertThat(result.parity().report().assessment().differences()).filteredOn(d -> !d.allowed())
                .extracting(d -> d.difference().object())
                .containsExactly("tenant_002.orders.orders_hotfix_idx");
    }

    @Test
    void noMatchingSchemaAndSchemasTogetherWithTenantsAreOneLineErrors() {
        String template = server.createDatabase("tenants_template", SHOP.formatted("app"));
        String url = server.urlWithCredentials(template);
        ParityConfig config = ParityConfig.builder().expected(url).actual(url)
                .judging(j -> j.reportDir(project.resolve("reports"))).build();

        assertThatThrownBy(() -> new ParityEngine(log).compareTenants(config, Tenants.matching("tenant_*")))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("No schema matches tenants pattern 'tenant_*'; the actual side holds app, public:"
                        + " fix the pattern (* any characters, ? one)");
        assertThatThrownBy(() -> new ParityEngine(log).compareTenants(config.toBuilder().schemas("app").build(),
                Tenants.matching("tenant_*")))
                .hasMessage("Tenants mode (tenant_*) picks the actual side's schemas by the pattern: remove schemas (app)");
        assertThatThrownBy(() -> new ParityEngine(log).compareTenants(config, Tenants.matching("a*").against("nope")))
                .hasMessageContaining("Schema 'nope' does not exist in the database (existing schemas: app, public)");
    }

    /** A database of {@code count} tenant schemas {@code tenant_001...} built by {@link #SHOP}, then {@code changes}. */
    private String tenantDatabase(String prefix, int count, String... changes) {
        List<String> scripts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            scripts.add(SHOP.formatted(String.format("tenant_%03d", i)));
        }
        scripts.addAll(List.of(changes));
        return server.createDatabase(prefix, scripts.toArray(String[]::new));
    }

}
