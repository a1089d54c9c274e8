package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept-open check flow on real databases: a Flyway folder built on an embedded PostgreSQL 17
 * candidate that stays up for queries, compared with references built on the shared test server.
 */
class LiveCandidateTest {
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded PostgreSQL from .* on port (\\d+)");
    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void theCandidateStaysUpForQueriesAndIsComparedAsMigrated() throws Exception {
        writeMigrations(CheckFlowTest.V1, CheckFlowTest.V2);
        Path snapshot = referenceSnapshot("live_same");
        CandidateConfig config = config(snapshot).build();

        try (LiveCandidate candidate = LiveCandidate.start(config, log)) {
            assertThat(candidate.migration().applied()).isEqualTo(2);
            try (Connection connection = candidate.open(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO customers (email) VALUES ('ada@example.com')");
                // What tests do to the database later does not change the verdict: the capture was taken after migrating.
                statement.executeUpdate("CREATE TABLE scratch (id int)");
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM customers")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
            }

            CandidateComparison first = candidate.compare(JudgingConfig.defaults());
            CandidateComparison second = candidate.compare(JudgingConfig.builder().reportDir(project.resolve("other")).build());

            assertThat(first.result().verdict()).isEqualTo(Verdict.PASS);
            assertThat(first.result().migration()).contains(candidate.migration());
            assertThat(first.candidate()).isEqualTo(candidate.catalog());
            assertThat(first.reference()).isEqualTo(candidate.referenceCatalog());
            assertThat(second.result().reportFile()).isEqualTo(project.resolve("other/report.json")).exists();
            assertThat(log.lines).filteredOn(l -> l.contains("Candidate provider")).hasSize(1);
        }
        assertThat(embeddedPorts()).singleElement().satisfies(port ->
                assertThat(CheckFlowTest.listening(port)).as("stopped by close").isFalse());
    }

    @Test
    void eachComparisonHasItsOwnPolicy() {
        writeMigrations(CheckFlowTest.V1, CheckFlowTest.V2);
        Path snapshot = referenceSnapshot("live_drift", "CREATE INDEX orders_status_idx ON orders (status)");

        try (LiveCandidate candidate = LiveCandidate.start(config(snapshot).build(), log)) {
            CheckResult strict = candidate.compare(JudgingConfig.defaults()).result();
            CheckResult lenient = candidate.compare(JudgingConfig.builder().ignore(List.of("public.orders.*")).build()).result();

            assertThat(strict.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(lenient.verdict()).isEqualTo(Verdict.PASS);
            assertThat(lenient.parity().report().assessment().differences())
                    .extracting(d -> d.difference().object(), d -> d.allowed())
                    .containsExactly(tuple("public.orders.orders_status_idx", true));
        }
    }

    @Test
    void aFailingMigrationLeavesNothingRunning() {
        writeMigrations(CheckFlowTest.V1, "ALTER TABLE orderz ADD COLUMN note text;");
        Path snapshot = referenceSnapshot("live_broken");

        assertThatThrownBy(() -> LiveCandidate.start(config(snapshot).build(), log))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Migration V2__orders.sql failed");
        assertThat(embeddedPorts()).singleElement().satisfies(port ->
                assertThat(CheckFlowTest.listening(port)).isFalse());
    }

    @Test
    void aDatabaseSomeoneElseMigratedIsComparedReadOnlyAndHandedBackAsItWas() throws Exception {
        Path snapshot = referenceSnapshot("live_reference");
        String application = productionDatabase("live_app", "ALTER TABLE orders ALTER COLUMN status TYPE varchar(80)");

        try (Connection connection = server.connect(application)) {
            CandidateComparison comparison = LiveCandidate.compareMigrated(connection, "the application's database",
                    config(snapshot).build(), JudgingConfig.defaults(), log);

            assertThat(comparison.result().verdict()).isEqualTo(Verdict.FAIL);
            assertThat(comparison.result().migration()).isEmpty();
            assertThat(comparison.result().parity().report().assessment().differences())
                    .extracting(d -> d.difference().object(), d -> d.difference().expected(), d -> d.difference().actual())
                    .containsExactly(tuple("public.orders.status", "varchar(80)", "varchar(50)"));
            assertThat(comparison.result().parity().report().expected().source()).isEqualTo("migrations");
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
            assertThat(log.lines).anyMatch(l -> l.startsWith("INFO captured candidate (the application's database, postgresql 17."));
            assertThat(log.lines).noneMatch(l -> l.contains("Candidate provider"));

            connection.setAutoCommit(false);
            assertThatThrownBy(() -> LiveCandidate.compareMigrated(connection, "the application's database",
                    config(snapshot).build(), JudgingConfig.defaults(), log))
                    .hasMessage("The connection of the application's database is inside a transaction;"
                            + " compare a connection in auto-commit mode");
        }
    }

    // --- helpers ---

    private CandidateConfig.Builder config(Path snapshot) {
        return CandidateConfig.builder().reference(Source.snapshot(snapshot)).projectDir(project)
                .provider(ProviderChoice.EMBEDDED).cache(false);
    }

    private void writeMigrations(String... scripts) {
        Path folder = project.resolve("src/main/resources/db/migration");
        try {
            Files.createDirectories(folder);
            String[] names = {"init", "orders"};
            for (int i = 0; i < scripts.length; i++) {
                Files.writeString(folder.resolve("V" + (i + 1) + "__" + names[i] + ".sql"), scripts[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A database migrated with V1 and V2 by Flyway, then changed by hand. */
    private String productionDatabase(String name, String... changes) {
        String database = server.createDatabase(name);
        Path folder = project.resolve("production-" + name);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("V1__init.sql"), CheckFlowTest.V1);
            Files.writeString(folder.resolve("V2__orders.sql"), CheckFlowTest.V2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(database), "postgres", "postgres");
        server.execute(database, changes);
        return database;
    }

    private Path referenceSnapshot(String name, String... changes) {
        String database = productionDatabase(name, changes);
        Path file = project.resolve("snapshots/" + name + ".json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(database)), CaptureOptions.defaults(), file);
        return file;
    }

    private List<Integer> embeddedPorts() {
        return log.lines.stream().map(EMBEDDED_PORT::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
    }
}
