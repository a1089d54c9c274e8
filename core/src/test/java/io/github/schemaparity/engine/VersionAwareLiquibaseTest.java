package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.migrate.LiquibaseChangelog;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.policy.AssessedDifference;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.policy.Verdict;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.report.PendingMigration;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Version awareness with Liquibase on real PostgreSQL 17: production ran the first three changesets of the
 * changelog (from its own copy, at the same logical path), the project's changelog has five.
 */
class VersionAwareLiquibaseTest {
    private static final String MASTER = "db/changelog/db.changelog-master.sql";
    private static final String HEADER = "--liquibase formatted sql\n\n";
    private static final List<String> CHANGESETS = List.of("""
            --changeset alice:1
            CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(200) NOT NULL, legacy_code varchar(20));
            """, """
            --changeset alice:2
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
            """, """
            --changeset bob:3
            CREATE INDEX orders_customer_idx ON orders (customer_id);
            """, """
            --changeset bob:4
            ALTER TABLE orders ADD COLUMN notes text;
            """, """
            --changeset carol:5
            ALTER TABLE customers DROP COLUMN legacy_code;
            """);

    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void productionAtChangesetThreeOfFiveHasNoDriftAndTwoPendingChangesets() {
        Path changelog = changelog(project, CHANGESETS);
        Path snapshot = production("lb_three", CHANGESETS.subList(0, 3));

        CheckResult result = new ParityEngine(log).check(config(snapshot, changelog).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.PASS);
        assertThat(result.parity().report().assessment().differences()).isEmpty();
        assertThat(log.lines).contains("INFO version aware: production has run 3 Liquibase changesets; the candidate "
                + "gets those, later ones are pending");
        List<PendingMigration> pending = result.parity().report().pending();
        assertThat(pending).extracting(PendingMigration::version).containsExactly(
                "4::bob::" + MASTER, "5::carol::" + MASTER);
        assertThat(pending.get(0).differences()).extracting(d -> d.difference().object(), d -> d.severity())
                .containsExactly(tuple("public.orders.notes", Severity.LOW));
        assertThat(pending.get(1).differences()).extracting(d -> d.difference().object(),
                d -> d.difference().change().name(), d -> d.severity())
                .containsExactly(tuple("public.customers.legacy_code", "MISSING", Severity.CRITICAL));

        log.lines.clear();
        CheckResult warm = new ParityEngine(log).check(config(snapshot, changelog).build(), JudgingConfig.defaults());
        assertThat(warm.fromCache()).isTrue();
        assertThat(warm.parity().report().pending()).isEqualTo(pending);
    }

    @Test
    void anEditedChangesetIsAChecksumDifference() {
        Path changelog = changelog(project, List.of(CHANGESETS.get(0),
                CHANGESETS.get(1).replace("NOT NULL", "not null"), CHANGESETS.get(2), CHANGESETS.get(3), CHANGESETS.get(4)));
        Path snapshot = production("lb_edited", CHANGESETS.subList(0, 3));

        CheckResult result = new ParityEngine(log).check(config(snapshot, changelog).build(), JudgingConfig.defaults());

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        List<AssessedDifference> differences = result.parity().report().assessment().differences();
        assertThat(differences).extracting(d -> d.difference().objectType().name(), d -> d.difference().object(),
                d -> d.difference().attribute()).containsExactly(tuple("MIGRATION", "migration:2::alice::" + MASTER,
                        "checksum"));
        assertThat(differences.get(0).difference().expected()).startsWith("9:");
        assertThat(result.parity().report().pending()).hasSize(2);
    }

    private CandidateConfig.Builder config(Path snapshot, Path changelog) {
        return CandidateConfig.builder().reference(Source.snapshot(snapshot)).projectDir(project)
                .liquibaseChangelog(changelog.toString()).provider(ProviderChoice.EMBEDDED);
    }

    private static Path changelog(Path root, List<String> changesets) {
        Path file = root.resolve("src/main/resources").resolve(MASTER);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, HEADER + String.join("\n", changesets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Production: its own copy of the changelog (same logical path) with the first changesets, run by Liquibase. */
    private Path production(String name, List<String> changesets) {
        String database = server.createDatabase(name);
        Path changelog = changelog(project.resolve("production-" + name), changesets);
        new Migrator().apply(LiquibaseChangelog.ofFile(changelog), server.url(database), "postgres", "postgres");
        Path file = project.resolve("snapshots/" + name + ".json");
        new ParityEngine().snapshot(JdbcSource.of(server.urlWithCredentials(database)), CaptureOptions.defaults(), file);
        return file;
    }
}
