package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of a live reference captures it on its own read-only session while the candidate is provisioned
 * (embedded PostgreSQL 17), migrated and captured: the log's timings show the two overlapping, and a failing
 * candidate ends the check with its one error, nothing left running.
 */
class ParallelCheckTest {
    private static final Pattern OVERLAP = Pattern.compile(
            "INFO captured reference \\+(\\d+) to \\+(\\d+) ms, while the candidate was built \\+(\\d+) to \\+(\\d+) ms");
    private static final Pattern EMBEDDED_PORT = Pattern.compile("Embedded PostgreSQL from .* on port (\\d+)");
    /** Enough tables that the reference capture takes measurable time. */
    private static final String TABLES = IntStream.range(0, 120)
            .mapToObj(i -> "CREATE TABLE t" + i + " (id bigint PRIMARY KEY, name text NOT NULL, at timestamptz);")
            .collect(Collectors.joining("\n"));

    private static PgServer server;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeAll
    static void startServer() {
        server = PgServer.of(PgServer.NEW);
    }

    @Test
    void theReferenceIsCapturedWhileTheCandidateIsBuilt() throws IOException {
        String production = production("prod_parallel");
        writeMigration(TABLES);

        CheckResult result = new ParityEngine(log).check(config(production), JudgingConfig.defaults());

        assertThat(result.passed()).isTrue();
        assertThat(log.lines).anyMatch(l -> l.matches(
                "INFO read reference's version and migration history \\(jdbc postgresql 17\\.\\d+, 1 history rows\\) in \\d+ ms"));
        // 120 tables and Flyway's history table.
        assertThat(log.lines).anyMatch(l -> l.matches("INFO captured reference \\(jdbc postgresql 17\\.\\d+\\): 121 tables in \\d+ ms"));
        long[] spans = overlap();
        long referenceStart = spans[0];
        long referenceEnd = spans[1];
        long candidateStart = spans[2];
        long candidateEnd = spans[3];
        // Both ran at the same time: each started before the other ended.
        assertThat(referenceStart).isLessThan(candidateEnd);
        assertThat(candidateStart).isLessThan(referenceEnd);
        // The facts are read before the candidate is provisioned: the provider line comes after them.
        assertThat(indexOf("INFO read reference's version")).isLessThan(indexOf("INFO Candidate provider"));
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("schemaparity-side"));
    }

    @Test
    void aFailingMigrationEndsTheCheckWithItsErrorAndNothingLeftRunning() throws IOException {
        String production = production("prod_broken");
        writeMigration(TABLES + "\nCREATE TABLE broken (id int REFERENCES nowhere (id));");

        assertThatThrownBy(() -> new ParityEngine(log).check(config(production), JudgingConfig.defaults()))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageContaining("nowhere");

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("schemaparity-side"));
        List<Integer> ports = log.lines.stream().map(EMBEDDED_PORT::matcher).filter(Matcher::find)
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(ports).as("an embedded candidate was started").isNotEmpty();
        assertThat(ports).noneMatch(CheckFlowTest::listening);
    }

    private CandidateConfig config(String production) {
        return CandidateConfig.builder().reference(Source.jdbc(server.url(production), "postgres", "postgres"))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).cache(false).build();
    }

    private long[] overlap() {
        for (String line : log.lines) {
            Matcher m = OVERLAP.matcher(line);
            if (m.matches()) {
                return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
            }
        }
        throw new AssertionError("no overlap line in " + log.lines);
    }

    private int indexOf(String prefix) {
        for (int i = 0; i < log.lines.size(); i++) {
            if (log.lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting " + prefix + " in " + log.lines);
    }

    private void writeMigration(String script) throws IOException {
        Path folder = project.resolve("src/main/resources/db/migration");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("V1__init.sql"), script);
    }

    /** Production: the tables applied by Flyway, so it has a history table. */
    private String production(String name) throws IOException {
        String database = server.createDatabase(name);
        Path folder = Files.createDirectories(project.resolve("production-" + name));
        Files.writeString(folder.resolve("V1__init.sql"), TABLES);
        new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(database), "postgres", "postgres");
        return database;
    }
}
