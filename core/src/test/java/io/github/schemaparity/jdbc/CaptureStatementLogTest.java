package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.engine.CandidateConfig;
import io.github.schemaparity.engine.CheckResult;
import io.github.schemaparity.engine.JudgingConfig;
import io.github.schemaparity.engine.ParityConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.engine.ParityResult;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.github.schemaparity.provision.ProviderChoice;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.PgServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Proves from the server's own statement log ({@code log_statement = all}) that a full capture through
 * a read-only session sends nothing but reads and session settings, all under application name
 * {@code schemaparity}.
 */
class CaptureStatementLogTest {
    private static final Pattern ENTRY = Pattern.compile(
            Pattern.quote(GuardedServer.LOG_MARK) + "([^|]*)\\|([^|]*)\\|([^|]*)\\|(.*)", Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile(
            "LOG:\\s+(?:statement|execute [^:]+):\\s*(.*)", Pattern.DOTALL);
    private static final Pattern READ_ONLY_START = Pattern.compile(
            "(?is)(SELECT|SHOW|SET|BEGIN|START TRANSACTION|COMMIT|ROLLBACK|WITH)\\b.*");
    private static final Pattern WRITE_WORD = Pattern.compile(
            "(?i)\\b(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|COPY|LOCK|VACUUM|CALL|DO)\\s");

    @Test
    void fullCaptureSendsOnlyReads() throws Exception {
        PgServer server = GuardedServer.get();
        String database = server.createDatabase("logged", """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE SEQUENCE invoice_no;
                CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE,
                    mood mood DEFAULT 'happy', CHECK (email LIKE '%@%'));
                CREATE TABLE orders (id serial PRIMARY KEY, customer_id bigint REFERENCES customers (id)
                    ON DELETE CASCADE, total numeric(10,2) NOT NULL DEFAULT 0);
                CREATE INDEX orders_customer_idx ON orders (customer_id) WHERE total > 0;
                CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100;
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE TRIGGER big_orders_write INSTEAD OF INSERT ON big_orders FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE FUNCTION guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
                CREATE EVENT TRIGGER logged_guard ON ddl_command_start EXECUTE FUNCTION guard();
                COMMENT ON TABLE orders IS 'what customers bought';
                CREATE TYPE pair AS (id integer, label text);
                CREATE TYPE price_range AS RANGE (subtype = numeric);
                CREATE PUBLICATION logged_pub FOR TABLE orders WITH (publish = 'insert');
                CREATE FOREIGN DATA WRAPPER logged_fdw OPTIONS (debug 'true');
                """);
        Path log = GuardedServer.log();
        long offset = offsetAfterSetup(server, database, log);

        Catalog catalog;
        try (ReadOnlySession session = EngineRegistry.openReadOnly(
                new JdbcSource(server.url(database), GuardedServer.USER, GuardedServer.PASSWORD))) {
            catalog = new PgCatalogReader().read(session.connection(), CaptureOptions.defaults());
        }
        assertThat(catalog.schemas()).anySatisfy(schema -> {
            assertThat(schema.tables()).hasSize(2);
            assertThat(schema.compositeTypes()).hasSize(1);
            assertThat(schema.rangeTypes()).hasSize(1);
            assertThat(schema.views().get(0).triggers()).hasSize(1);
        });
        assertThat(catalog.eventTriggers()).extracting(e -> e.name()).containsExactly("logged_guard");
        assertThat(catalog.publications()).extracting(p -> p.name()).containsExactly("logged_pub");
        assertThat(catalog.foreignDataWrappers()).extracting(w -> w.name()).containsExactly("logged_fdw");

        assertOnlyReads(awaitEntries(log, offset, database), database);
    }

    /**
     * A compare of two databases captures both sides at once, each on its own session: the log shows
     * two sessions, one per database, each of them only reads.
     */
    @Test
    void bothSidesOfACompareReadOnTheirOwnSessions() throws Exception {
        PgServer server = GuardedServer.get();
        String schema = "CREATE TABLE customers (id bigint PRIMARY KEY, email text UNIQUE);"
                + " CREATE INDEX customers_email_idx ON customers (lower(email));";
        String expected = server.createDatabase("logged_expected", schema);
        String actual = server.createDatabase("logged_actual", schema);
        Path log = GuardedServer.log();
        long offset = offsetAfterSetup(server, actual, log);
        String credentials = "?user=" + GuardedServer.USER + "&password=" + GuardedServer.PASSWORD;

        Path reports = Files.createTempDirectory("compare-log");
        ParityResult result = new ParityEngine().compare(ParityConfig.builder()
                .expected(server.url(expected) + credentials).actual(server.url(actual) + credentials)
                .judging(j -> j.reportDir(reports)).build());
        assertThat(result.failingCount()).isZero();

        List<String[]> expectedEntries = awaitEntries(log, offset, expected);
        List<String[]> actualEntries = awaitEntries(log, offset, actual);
        assertOnlyReads(expectedEntries, expected);
        assertOnlyReads(actualEntries, actual);
        Set<String> expectedSessions = sessions(expectedEntries);
        Set<String> actualSessions = sessions(actualEntries);
        assertThat(expectedSessions).as("sessions on %s", expected).hasSize(1);
        assertThat(actualSessions).as("sessions on %s", actual).hasSize(1);
        assertThat(expectedSessions).doesNotContainAnyElementsOf(actualSessions);
    }

    /**
     * A check of a live reference reads its version and migration history on one short session, then captures
     * it on another while the candidate is built: the reference's log shows exactly those two sessions, both
     * only reading.
     */
    @Test
    void aCheckReadsTheReferenceOnTwoReadOnlySessions() throws Exception {
        PgServer server = GuardedServer.get();
        String reference = server.createDatabase("logged_reference");
        Path project = Files.createTempDirectory("check-log");
        Path folder = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(folder.resolve("V1__init.sql"), "CREATE TABLE customers (id bigint PRIMARY KEY, email text UNIQUE);");
        // Production migrated by Flyway before the logged part: it has a history the check reads.
        new Migrator().apply(FlywayMigrations.inFolders(folder), server.url(reference), "postgres", "postgres");
        server.execute(reference, "GRANT SELECT ON flyway_schema_history TO " + GuardedServer.USER);
        Path log = GuardedServer.log();
        long offset = offsetAfterSetup(server, reference, log);

        CheckResult result = new ParityEngine().check(CandidateConfig.builder()
                .reference(Source.jdbc(server.url(reference), GuardedServer.USER, GuardedServer.PASSWORD))
                .projectDir(project).provider(ProviderChoice.EMBEDDED).cache(false).build(), JudgingConfig.defaults());
        assertThat(result.passed()).isTrue();

        List<String[]> entries = awaitSessions(log, offset, reference, 2);
        assertOnlyReads(entries, reference);
        Set<String> sessions = sessions(entries);
        assertThat(sessions).as("sessions on %s", reference).hasSize(2);
        for (String session : sessions) {
            List<String> statements = entries.stream().filter(e -> e[3].equals(session))
                    .map(e -> STATEMENT.matcher(e[2])).filter(Matcher::matches).map(m -> m.group(1).strip()).toList();
            assertThat(statements).as("statements of session %s", session)
                    .contains("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY").endsWith("ROLLBACK");
        }
    }

    /** The entries of {@code database} once {@code count} sessions have each sent their closing ROLLBACK. */
    private static List<String[]> awaitSessions(Path log, long offset, String database, int count) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            List<String[]> entries = entries(log, offset, database);
            long closed = entries.stream()
                    .filter(e -> e[2].matches("(?s)LOG:\\s+(statement|execute [^:]+):\\s*ROLLBACK.*"))
                    .map(e -> e[3]).distinct().count();
            if (closed >= count || System.nanoTime() > deadline) {
                return entries;
            }
            Thread.sleep(100);
        }
    }

    private static Set<String> sessions(List<String[]> entries) {
        Set<String> sessions = new TreeSet<>();
        entries.forEach(entry -> sessions.add(entry[3]));
        return sessions;
    }

    /** The entries of one session: only reads and session settings, under application schemaparity. */
    private static void assertOnlyReads(List<String[]> entries, String database) {
        assertThat(entries).as("log entries for %s", database).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry[0]).as("application of %s", entry[2]).isEqualTo("schemaparity"));
        assertThat(entries).noneSatisfy(entry -> assertThat(entry[2]).startsWith("ERROR"));

        List<String> statements = new ArrayList<>();
        for (String[] entry : entries) {
            Matcher statement = STATEMENT.matcher(entry[2]);
            if (statement.matches()) {
                statements.add(statement.group(1).strip());
            }
        }
        assertThat(statements).as("statements").hasSizeGreaterThan(5)
                .contains("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                .contains("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                .anyMatch(sql -> sql.contains("pg_class"))
                .endsWith("ROLLBACK")
                .allSatisfy(sql -> {
                    assertThat(sql).matches(READ_ONLY_START);
                    if (!sql.toUpperCase(Locale.ROOT).startsWith("SET")) {
                        assertThat(WRITE_WORD.matcher(withoutLiterals(sql)).find()).as("writes in: %s", sql).isFalse();
                    }
                    assertThat(sql.toUpperCase(Locale.ROOT)).doesNotContain("READ WRITE")
                            .doesNotContain("TRANSACTION_READ_ONLY");
                })
                .noneMatch(sql -> sql.toUpperCase(Locale.ROOT).startsWith("COMMIT"));
    }

    /**
     * Where the capture's entries start: after a marker statement sent once the setup is done. The
     * server's logger may still be writing the setup's statements when the test goes on, so the log's
     * size at that moment is no boundary.
     */
    private static long offsetAfterSetup(PgServer server, String database, Path log) throws Exception {
        String marker = "setup-done-" + java.util.UUID.randomUUID();
        server.execute(database, "SELECT '" + marker + "'");
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                byte[] bytes = Files.readAllBytes(log);
                int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf(marker);
                if (at >= 0) {
                    int lineEnd = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\n', at);
                    return lineEnd < 0 ? bytes.length : lineEnd + 1;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("marker " + marker + " never reached the server log " + log);
    }

    /** Function bodies and strings quoted in a catalog query are data, not statements. */
    private static String withoutLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    /** The log entries of {@code database} written after {@code offset}, once the closing ROLLBACK is in. */
    private static List<String[]> awaitEntries(Path log, long offset, String database) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            List<String[]> entries = entries(log, offset, database);
            boolean closed = entries.stream().anyMatch(e -> e[2].matches("(?s)LOG:\\s+(statement|execute [^:]+):\\s*ROLLBACK.*"));
            if (closed || System.nanoTime() > deadline) {
                return entries;
            }
            Thread.sleep(100);
        }
    }

    /** Entries as {application, database, message, session}; continuation lines are joined to their entry. */
    private static List<String[]> entries(Path log, long offset, String database) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        byte[] bytes = Files.readAllBytes(log);
        String text = new String(bytes, (int) offset, bytes.length - (int) offset, StandardCharsets.UTF_8);
        List<String[]> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(GuardedServer.LOG_MARK)) {
                addEntry(entries, current, database);
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        addEntry(entries, current, database);
        return entries;
    }

    private static void addEntry(List<String[]> entries, StringBuilder entry, String database) {
        if (entry == null) {
            return;
        }
        Matcher matcher = ENTRY.matcher(entry.toString().strip());
        if (matcher.matches() && matcher.group(2).equals(database)) {
            entries.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(4).strip(), matcher.group(3)});
        }
    }
}
