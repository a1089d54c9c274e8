package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.DockerStatus;
import io.github.schemaparity.provision.ExistingServer;
import io.github.schemaparity.provision.TestcontainersDockerProbe;
import io.github.schemaparity.provision.LocalPostgresBinaries;
import io.github.schemaparity.provision.PostgresBinaries;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.snapshot.Snapshot;
import io.github.schemaparity.snapshot.SnapshotFile;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.DockerClientFactory;

/**
 * The check flow on real databases: a project's Flyway folder built on an embedded PostgreSQL 17
 * candidate and compared with a reference built the same way on the shared test server (as a snapshot,
 * or live). No Docker needed.
 */
class CheckFlowTest {
    static final String V1 = """
            CREATE TABLE customers (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email varchar(200) NOT NULL UNIQUE
            );
            """;
    static final String V2 = """
            CREATE TABLE orders (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                status varchar(50) NOT NULL DEFAULT 'new'
            );
            """;
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded PostgreSQL from .* on port (\\d+)");

    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();
    private final CountingBinaries binaries = new CountingBinaries();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void flywayFolderOnEmbeddedMatchesTheSnapshot() throws Exception {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_same", List.of(V1, V2));
        long started = System.nanoTime();

        CheckResult result = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());

        System.out.printf("[check] cold check on embedded PostgreSQL 17 took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.fromCache()).isFalse();
        assertThat(result.migration()).get().extracting(m -> m.applied()).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(result.reportFile()).isEqualTo(project.resolve("target/schemaparity/report.json"));
        assertThat(report.at("/expected/source").asText()).isEqualTo("migrations");
        assertThat(report.at("/expected/version").asText()).startsWith(PgServer.NEW + ".");
        assertThat(report.at("/actual/source").asText()).isEqualTo("snapshot");
        assertThat(report.get("verdict").asText()).isEqualTo("PASS");
        assertThat(binaries.calls).hasValue(1);
        assertThat(log.lines).contains("INFO Candidate provider: embedded - embedded requested, using embedded PostgreSQL 17");
        assertThat(log.lines).anyMatch(l -> l.matches(
                "INFO migrated candidate with Flyway: 2 migrations applied in \\d+ ms"));
        assertThat(log.lines).anyMatch(l -> l.matches("INFO candidate cache miss \\([0-9a-f]{12}\\): building the candidate"));
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO SchemaParity PASS"));
        assertThat(embeddedPortsClosed()).isTrue();
    }

    @Test
    void driftFailsWithExactlyTheDifferences() throws Exception {
        writeMigrations(V1, V2);
        // Production was changed by hand: a wider status and an index nobody migrated.
        Path snapshot = referenceSnapshot("prod_drift", List.of(V1, V2),
                "ALTER TABLE orders ALTER COLUMN status TYPE varchar(255)",
                "CREATE INDEX orders_status_idx ON orders (status)");

        CheckResult result = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        List<JsonNode> differences = new ArrayList<>();
        report.get("differences").forEach(differences::add);
        assertThat(differences)
                .extracting(d -> d.get("objectType").asText(), d -> d.get("object").asText(),
                        d -> d.get("change").asText(), d -> d.get("attribute").asText(null),
                        d -> d.get("expected").asText(null), d -> d.get("actual").asText(null))
                .containsExactlyInAnyOrder(
                        tuple("COLUMN", "public.orders.status", "CHANGED", "type", "varchar(50)", "varchar(255)"),
                        tuple("INDEX", "public.orders.orders_status_idx", "UNEXPECTED", null, null, "btree(status)"));
        assertThat(result.failureMessage(project))
                .isEqualTo("SchemaParity: 2 differences not allowed by the policy (see target/schemaparity/report.json)");
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO SchemaParity FAIL"));
    }

    @Test
    void secondRunWithUnchangedMigrationsStartsNoDatabase() {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_cache", List.of(V1, V2));
        CandidateConfig config = config(snapshot).build();
        CheckResult cold = new ParityEngine(log).check(config, JudgingConfig.defaults());
        assertThat(binaries.calls).hasValue(1);
        log.lines.clear();
        long started = System.nanoTime();

        CheckResult warm = new ParityEngine(log).check(config, JudgingConfig.defaults());

        System.out.printf("[check] warm check (cache hit) took %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(binaries.calls).as("no embedded server asked for").hasValue(1);
        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.migration()).isEmpty();
        assertThat(warm.cacheKey()).isEqualTo(cold.cacheKey());
        assertThat(warm.verdict()).isEqualTo(Verdict.PASS);
        assertThat(log.lines).contains("INFO candidate catalog from cache (" + cold.cacheKey().orElseThrow()
                + "): no database started");
        assertThat(log.lines).noneMatch(l -> l.contains("Candidate provider"));
        // the same report, but for where the candidate came from: the cache says so instead of a server
        assertThat(warm.parity().report()).usingRecursiveComparison().ignoringFields("expected.origin.provider")
                .isEqualTo(cold.parity().report());
        assertThat(warm.parity().report().expected().origin().provider())
                .startsWith("the candidate cache (" + cold.cacheKey().orElseThrow() + ", built ");
    }

    @Test
    void aChangedMigrationInvalidatesTheCache() throws Exception {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_changed", List.of(V1, V2));
        CandidateConfig config = config(snapshot).build();
        CheckResult first = new ParityEngine(log).check(config, JudgingConfig.defaults());
        assertThat(first.passed()).isTrue();

        Files.writeString(migrationFolder().resolve("V2__orders.sql"), V2.replace("varchar(50)", "varchar(80)"));
        CheckResult second = new ParityEngine(log).check(config, JudgingConfig.defaults());

        assertThat(binaries.calls).hasValue(2);
        assertThat(second.fromCache()).isFalse();
        assertThat(second.cacheKey()).isNotEqualTo(first.cacheKey());
        assertThat(second.verdict()).isEqualTo(Verdict.FAIL);
        // The edited V2 is also an applied migration whose checksum no longer matches production's history.
        assertThat(second.parity().report().assessment().differences())
                .extracting(d -> d.difference().object(), d -> d.difference().attribute())
                .containsExactly(tuple("migration:2", "checksum"), tuple("public.orders.status", "type"));

        // A new file (not only new bytes) changes the key too; production has not applied it: pending.
        Files.writeString(migrationFolder().resolve("V3__note.sql"), "ALTER TABLE orders ADD COLUMN note text;");
        CheckResult third = new ParityEngine(log).check(config, JudgingConfig.defaults());
        assertThat(binaries.calls).hasValue(3);
        assertThat(third.parity().report().assessment().differences()).hasSize(2);
        assertThat(third.parity().report().pending()).extracting(p -> p.version()).containsExactly("3");
    }

    @Test
    void cacheOffBuildsTheCandidateEveryTime() {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_nocache", List.of(V1, V2));
        CandidateConfig config = config(snapshot).cache(false).build();

        new ParityEngine(log).check(config, JudgingConfig.defaults());
        new ParityEngine(log).check(config, JudgingConfig.defaults());

        assertThat(binaries.calls).hasValue(2);
        assertThat(log.lines).contains("INFO candidate cache off: building the candidate");
        assertThat(config.cacheDir()).doesNotExist();
    }

    @Test
    void aCorruptCacheEntryIsIgnoredWithAWarningAndRebuilt() throws Exception {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_corrupt", List.of(V1, V2));
        CandidateConfig config = config(snapshot).build();
        CheckResult first = new ParityEngine(log).check(config, JudgingConfig.defaults());
        Path entry;
        try (var files = Files.list(config.cacheDir())) {
            entry = files.filter(f -> f.getFileName().toString().contains(first.cacheKey().orElseThrow()))
                    .findFirst().orElseThrow();
        }
        Files.writeString(entry, "{\"format\": \"schemaparity-snapshot/1\", \"catalog\": [");

        CheckResult second = new ParityEngine(log).check(config, JudgingConfig.defaults());

        assertThat(second.passed()).isTrue();
        assertThat(second.fromCache()).isFalse();
        assertThat(binaries.calls).hasValue(2);
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN ignoring corrupt candidate cache entry " + entry)
                && l.endsWith("; building the candidate again"));
        assertThat(SnapshotFile.read(entry).catalog().schemas()).isNotEmpty();
        log.lines.clear();
        assertThat(new ParityEngine(log).check(config, JudgingConfig.defaults()).fromCache()).isTrue();
    }

    @Test
    void aFailingMigrationFailsWithItsFileAndStopsTheCandidate() {
        writeMigrations(V1, "ALTER TABLE orderz ADD COLUMN note text;");
        Path snapshot = referenceSnapshot("prod_failing", List.of(V1, V2));

        assertThatThrownBy(() -> new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Migration V2__orders.sql failed")
                .hasMessageContaining("orderz");

        List<Integer> ports = embeddedPorts();
        assertThat(ports).hasSize(1);
        assertThat(listening(ports.get(0))).as("embedded candidate stopped").isFalse();
        assertThat(project.resolve("target/schemaparity/cache")).doesNotExist();
    }

    @Test
    void liveReferenceWithSeparateCredentials() throws Exception {
        writeMigrations(V1, V2);
        String production = referenceDatabase("prod_live", List.of(V1, V2));

        CheckResult result = new ParityEngine(log).check(CandidateConfig.builder()
                .reference(Source.jdbc(server.url(production), "postgres", "postgres"))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).binaries(binaries).build(), JudgingConfig.defaults());

        assertThat(result.passed()).isTrue();
        JsonNode report = new ObjectMapper().readTree(result.reportFile().toFile());
        assertThat(report.at("/actual/source").asText()).isEqualTo("jdbc");
        assertThat(report.at("/expected/source").asText()).isEqualTo("migrations");
        assertThat(log.lines).anyMatch(l -> l.matches("INFO captured reference \\(jdbc postgresql 17\\.\\d+\\): 3 tables in \\d+ ms"));
        assertThat(String.join("\n", log.lines)).doesNotContain("password=postgres");

        // Warm: the reference is still read live, the candidate comes from the cache.
        server.execute(production, "ALTER TABLE customers ADD COLUMN phone text");
        CheckResult warm = new ParityEngine(log).check(CandidateConfig.builder()
                .reference(Source.jdbc(server.url(production), "postgres", "postgres"))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).binaries(binaries).build(), JudgingConfig.defaults());
        assertThat(warm.fromCache()).isTrue();
        assertThat(binaries.calls).hasValue(1);
        assertThat(warm.parity().report().assessment().differences())
                .extracting(d -> d.difference().object(), d -> d.difference().change().name())
                .containsExactly(tuple("public.customers.phone", "UNEXPECTED"));
    }

    @Test
    void theSnapshotsSchemasRestrictTheCandidateCapture() throws Exception {
        String app = "CREATE SCHEMA app; CREATE TABLE app.items (id int PRIMARY KEY, name text NOT NULL);";
        writeMigrations(app, "CREATE SCHEMA scratch; CREATE TABLE scratch.tmp (id int);");
        String production = referenceDatabase("prod_schemas", List.of(app));
        Path snapshot = project.resolve("src/test/resources/schemaparity/snapshot.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)),
                CaptureOptions.schemas("app"), snapshot);

        CheckResult result = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());

        assertThat(result.passed()).as("scratch is outside the snapshot's schemas").isTrue();
        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertThat(log.lines).anyMatch(l -> l.contains("captured candidate") && l.contains(": 1 tables in"));
    }

    @Test
    void aSchemaTheMigrationsDoNotCreateIsNamed() {
        String app = "CREATE SCHEMA app; CREATE TABLE app.items (id int PRIMARY KEY);";
        writeMigrations("CREATE TABLE items (id int PRIMARY KEY);");
        String production = referenceDatabase("prod_noschema", List.of(app));
        Path snapshot = project.resolve("snapshot.json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(production)),
                CaptureOptions.schemas("app"), snapshot);

        assertThatThrownBy(() -> new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults()))
                .hasMessage("The migrations do not create schema 'app', which the comparison is restricted to (app):"
                        + " create it in a migration, or fix schemas");
        assertThat(embeddedPortsClosed()).isTrue();
    }

    @Test
    void aMissingReferenceSnapshotIsOneLineWithTheFix() {
        writeMigrations(V1);
        Path missing = project.resolve("src/test/resources/schemaparity/snapshot.json");

        assertThatThrownBy(() -> new ParityEngine(log).check(config(missing).build(), JudgingConfig.defaults()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Reference snapshot not found: " + missing + "; create it with `mvn schemaparity:snapshot"
                        + " -Dschemaparity.url=<replica>` or set schemaparity.reference");
        assertThat(binaries.calls).hasValue(0);
    }

    @Test
    void missingMigrationsNameWhereTheyWereLookedFor() {
        Path snapshot = referenceSnapshot("prod_nomig", List.of(V1));

        assertThatThrownBy(() -> new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("No migrations found in " + project.toAbsolutePath().normalize())
                .hasMessageContaining("src/main/resources/db/migration");
        assertThat(binaries.calls).hasValue(0);
    }

    @Test
    void aMysqlProductionWithoutDockerSaysHowToGetACandidateBeforeAnythingStarts() {
        writeMigrations(V1);
        Path snapshot = project.resolve("mysql.json");
        SnapshotFile.write(Snapshot.of(List.of(), new Catalog(Engine.MYSQL, "8.0.36", List.of(), List.of(), List.of())),
                snapshot);

        assertThatThrownBy(() -> new ParityEngine(log).check(config(snapshot)
                .docker(() -> new DockerStatus(false, "no socket at /var/run/docker.sock"))
                .build(), JudgingConfig.defaults()))
                .hasMessageStartingWith("There is no embedded MySQL: start Docker (provider testcontainers)");
        assertThat(binaries.calls).hasValue(0);
    }

    @Test
    void testcontainersWithoutDockerIsOneLine() {
        writeMigrations(V1);
        Path snapshot = referenceSnapshot("prod_nodocker", List.of(V1));

        assertThatThrownBy(() -> new ParityEngine(log).check(config(snapshot)
                .provider(ProviderChoice.TESTCONTAINERS)
                .docker(() -> new DockerStatus(false, "no socket at /var/run/docker.sock"))
                .build(), JudgingConfig.defaults()))
                .hasMessage("Testcontainers requested but Docker is not available (no socket at /var/run/docker.sock):"
                        + " start Docker, or use provider embedded or server");
    }

    @Test
    void historyTablesAreIgnoredUnlessAskedNotTo() throws Exception {
        writeMigrations(V1, V2);
        // Production was migrated with an older Flyway whose history table had another column.
        Path snapshot = referenceSnapshot("prod_history", List.of(V1, V2),
                "ALTER TABLE flyway_schema_history ADD COLUMN legacy text");

        CheckResult ignored = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.defaults());
        CheckResult compared = new ParityEngine(log).check(config(snapshot).build(), JudgingConfig.builder().ignoreMigrationHistory(false).build());

        assertThat(ignored.passed()).isTrue();
        assertThat(ignored.parity().report().assessment().differences()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("ignored by pattern '*.flyway_schema_history'"));
        assertThat(compared.passed()).isFalse();
        assertThat(binaries.calls).as("the policy is not part of the cache key").hasValue(1);
    }

    @Test
    void autoWithoutDockerBuildsOnEmbedded() {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_auto", List.of(V1, V2));

        CheckResult result = new ParityEngine(log).check(config(snapshot).provider(ProviderChoice.AUTO)
                .docker(() -> new DockerStatus(false, "no Docker here")).build(), JudgingConfig.defaults());

        assertThat(result.passed()).isTrue();
        assertThat(log.lines).contains("INFO Candidate provider: embedded - Docker not available (no Docker here),"
                + " using embedded PostgreSQL 17");
    }

    @Test
    void aScratchDatabaseOnAnExistingServer() {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_server", List.of(V1, V2));

        CheckResult result = new ParityEngine(log).check(config(snapshot).provider((ProviderChoice) null)
                .server(new ExistingServer(server.url("postgres"), "postgres", "postgres")).build(), JudgingConfig.defaults());

        assertThat(result.passed()).isTrue();
        assertThat(binaries.calls).hasValue(0);
        assertThat(log.lines).anyMatch(l -> l.startsWith("INFO Candidate provider: server - existing server"));
        assertThat(String.join("\n", log.lines)).doesNotContain("password=postgres");
    }

    @Test
    void testcontainersCandidateOfProductionsMajor() {
        DockerStatus docker = new TestcontainersDockerProbe(Duration.ofSeconds(30)).check();
        if (!docker.available()) {
            if (Boolean.getBoolean("schemaparity.requireDocker")) {
                fail("Docker is not available (" + docker.detail() + ") and -Dschemaparity.requireDocker=true");
            }
            Assumptions.abort("Docker is not available (" + docker.detail() + "); Testcontainers check skipped");
        }
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_tc", List.of(V1, V2));
        long started = System.nanoTime();

        CheckResult result = new ParityEngine(log).check(config(snapshot).provider(ProviderChoice.TESTCONTAINERS)
                .docker(() -> docker).build(), JudgingConfig.defaults());

        System.out.printf("[check] cold check on Testcontainers postgres:17 took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(result.passed()).isTrue();
        assertThat(result.parity().report().expected().version()).startsWith("17.");
        assertThat(log.lines).contains("INFO Candidate provider: testcontainers - Testcontainers requested, "
                + docker.detail() + ", image postgres:17");
        assertThat(DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of("org.testcontainers.sessionId", DockerClientFactory.SESSION_ID)).exec())
                .as("candidate container removed").isEmpty();
    }

    @Test
    void aCandidateOfAnotherMajorIsReportedPlainly() {
        writeMigrations(V1, V2);
        Path snapshot = referenceSnapshot("prod_major", List.of(V1, V2));
        PgServer old = PgServer.of(PgServer.OLD);

        CheckResult result = new ParityEngine(log).check(config(snapshot).provider(ProviderChoice.SERVER)
                .server(new ExistingServer(old.url("postgres"), "postgres", "postgres")).build(), JudgingConfig.defaults());

        assertThat(result.parity().warnings()).singleElement().asString().matches(
                "Version mismatch: the candidate built from the migrations is postgresql 14\\.\\d+, production \\(the"
                        + " reference\\) is 17\\.\\d+; some differences may come from the server versions rather than the schema");
        assertThat(log.lines).anyMatch(l -> l.matches("WARN the candidate runs PostgreSQL 14\\.\\d+ but production runs"
                + " PostgreSQL 17 .*"));
    }

    // --- helpers ---

    private CandidateConfig.Builder config(Path snapshot) {
        return CandidateConfig.builder().reference(Source.snapshot(snapshot)).projectDir(project)
                .provider(ProviderChoice.EMBEDDED).binaries(binaries);
    }

    private Path migrationFolder() {
        return project.resolve("src/main/resources/db/migration");
    }

    /** Writes V1__..., V2__... into the project's default Flyway folder. */
    private void writeMigrations(String... scripts) {
        String[] names = {"init", "orders", "extra"};
        try {
            Files.createDirectories(migrationFolder());
            for (int i = 0; i < scripts.length; i++) {
                Files.writeString(migrationFolder().resolve("V" + (i + 1) + "__" + names[i] + ".sql"), scripts[i]);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Production: the migrations applied by Flyway (so it has a history table), then changes made by hand. */
    private String referenceDatabase(String name, List<String> migrations, String... changes) {
        String database = server.createDatabase(name);
        Path folder = project.resolve("production-" + name);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < migrations.size(); i++) {
                Files.writeString(folder.resolve("V" + (i + 1) + "__step.sql"), migrations.get(i));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(database), "postgres", "postgres");
        server.execute(database, changes);
        return database;
    }

    private Path referenceSnapshot(String name, List<String> migrations, String... changes) {
        String database = referenceDatabase(name, migrations, changes);
        Path file = project.resolve("snapshots/" + name + ".json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(database)), CaptureOptions.defaults(), file);
        return file;
    }

    private List<Integer> embeddedPorts() {
        List<Integer> ports = new ArrayList<>();
        for (String line : log.lines) {
            Matcher m = EMBEDDED_PORT.matcher(line);
            if (m.find()) {
                ports.add(Integer.parseInt(m.group(1)));
            }
        }
        return ports;
    }

    private boolean embeddedPortsClosed() {
        List<Integer> ports = embeddedPorts();
        assertThat(ports).as("an embedded candidate was started").isNotEmpty();
        return ports.stream().noneMatch(CheckFlowTest::listening);
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The local binaries lookup, counting how often a candidate asked for binaries. */
    static final class CountingBinaries implements PostgresBinaries {
        final AtomicInteger calls = new AtomicInteger();
        private final PostgresBinaries delegate = LocalPostgresBinaries.defaults();

        @Override
        public Optional<Path> jarFor(String major) {
            calls.incrementAndGet();
            return delegate.jarFor(major);
        }
    }
}
