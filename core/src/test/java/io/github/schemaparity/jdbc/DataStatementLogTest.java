package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.data.DataLog;
import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.DataVerdict;
import io.github.schemaparity.testing.PgServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Proves from the server's statement log ({@code log_statement = all}) that a data comparison, with
 * differences to narrow down and two sessions per side sharing a snapshot, sends nothing but reads,
 * session settings and transaction control to either database, all as application {@code schemaparity}.
 */
class DataStatementLogTest {
    private static final Pattern STATEMENT = Pattern.compile("LOG:\\s+(?:statement|execute [^:]+):\\s*(.*)", Pattern.DOTALL);
    private static final Pattern READ_ONLY_START = Pattern.compile("(?is)(SELECT|SET|BEGIN|ROLLBACK|SHOW)\\b.*");
    private static final Pattern WRITE_WORD = Pattern.compile(
            "(?i)\\b(INSERT|UPDATE|DELETE|MERGE|CREATE|ALTER|DROP|TRUNCATE|GRANT|REVOKE|COPY|LOCK|VACUUM|CALL|DO|COMMIT)\\b");

    @Test
    void aDataRunSendsOnlyReadsToBothDatabases() throws Exception {
        PgServer server = GuardedServer.get();
        String schema = """
                CREATE TABLE customers (id bigint PRIMARY KEY, email text);
                CREATE TABLE orders (id serial PRIMARY KEY, customer_id bigint REFERENCES customers (id), total numeric);
                CREATE TABLE notes (body text);
                INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 100) g;
                INSERT INTO orders (id, customer_id, total) SELECT g, 1 + g % 100, g FROM generate_series(1, 30000) g;
                INSERT INTO notes VALUES ('a'), ('b');
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO app;
                GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO app;
                """;
        String expected = server.createDatabase("logged_expected", schema);
        String actual = server.createDatabase("logged_actual", schema,
                "UPDATE orders SET total = 0 WHERE id IN (7, 25000)", "DELETE FROM orders WHERE id = 12000",
                "INSERT INTO notes VALUES ('c')");
        Path log = GuardedServer.log();
        String marker = "data-setup-done-" + java.util.UUID.randomUUID();
        server.execute(expected, "SELECT '" + marker + "'");
        server.execute(actual, "SELECT '" + marker + "'");

        DataResult result = DataParity.create(DataLog.silent()).run(DataParityConfig.builder(
                new JdbcSource(server.url(expected), GuardedServer.USER, GuardedServer.PASSWORD),
                new JdbcSource(server.url(actual), GuardedServer.USER, GuardedServer.PASSWORD)).parallelism(2).build());
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
        assertThat(result.tables()).filteredOn(t -> t.table().equals("public.orders")).singleElement()
                .satisfies(t -> assertThat(t.changed() + t.missing()).isEqualTo(3));

        for (String database : List.of(expected, actual)) {
            List<String> statements = awaitStatements(log, marker, database);
            assertThat(statements).as("statements to %s", database).hasSizeGreaterThan(10)
                    .anyMatch(sql -> sql.startsWith("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
                    .anyMatch(sql -> sql.contains("pg_export_snapshot()"))
                    .anyMatch(sql -> sql.startsWith("SET TRANSACTION SNAPSHOT"))
                    .anyMatch(sql -> sql.contains("hashtextextended"))
                    .allSatisfy(sql -> {
                        assertThat(sql).matches(READ_ONLY_START);
                        if (!sql.toUpperCase(Locale.ROOT).startsWith("SET")) {
                            assertThat(WRITE_WORD.matcher(sql.replaceAll("'(?:[^']|'')*'", "''")).find())
                                    .as("writes in: %s", sql).isFalse();
                        }
                        assertThat(sql.toUpperCase(Locale.ROOT)).doesNotContain("READ WRITE");
                    });
        }
    }

    /**
     * With the default parallelism (sessions from the server: {@code max_parallel_workers_per_gather} + 1 = 3), a
     * long table's ctid slices run on several sessions of each side, every one of them inside the snapshot the
     * side's first session exported, and still nothing but reads reaches either database.
     */
    @Test
    void theSlicesOfOneSideRunOnSeveralSessionsOfOneSnapshot() throws Exception {
        PgServer server = GuardedServer.get();
        String schema = """
                CREATE TABLE events (id bigint PRIMARY KEY, kind int, body text);
                INSERT INTO events SELECT g, g % 7, repeat('x', 60) || g FROM generate_series(1, 60000) g;
                ANALYZE events;
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO app;
                """;
        String expected = server.createDatabase("sliced_expected", schema);
        String actual = server.createDatabase("sliced_actual", schema, "UPDATE events SET kind = -1 WHERE id = 31234");
        Path log = GuardedServer.log();
        String marker = "data-setup-done-" + java.util.UUID.randomUUID();
        server.execute(expected, "SELECT '" + marker + "'");
        server.execute(actual, "SELECT '" + marker + "'");

        List<String> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        DataResult result = DataParity.create(progress::add).run(DataParityConfig.builder(
                new JdbcSource(server.url(expected), GuardedServer.USER, GuardedServer.PASSWORD),
                new JdbcSource(server.url(actual), GuardedServer.USER, GuardedServer.PASSWORD)).progressRows(5_000).build());
        assertThat(result.tables()).singleElement().satisfies(t -> {
            assertThat(t.changed()).isEqualTo(1);
            assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.columns()).containsExactly("kind"));
        });
        assertThat(progress).filteredOn(l -> l.contains("rows hashed per side")).hasSizeGreaterThanOrEqualTo(3);

        for (String database : List.of(expected, actual)) {
            List<Logged> entries = awaitEntries(log, marker, database);
            java.util.Set<String> slicing = new java.util.TreeSet<>();
            java.util.Set<String> inSnapshot = new java.util.TreeSet<>();
            for (Logged entry : entries) {
                if (entry.sql().contains("ctid") && entry.sql().contains("hashtextextended")) {
                    slicing.add(entry.session());
                }
                if (entry.sql().contains("pg_export_snapshot()") || entry.sql().startsWith("SET TRANSACTION SNAPSHOT")) {
                    inSnapshot.add(entry.session());
                }
            }
            assertThat(entries.stream().filter(e -> e.sql().contains("pg_export_snapshot()")).count())
                    .as("one exported snapshot on %s", database).isEqualTo(1);
            assertThat(slicing).as("sessions running slices on %s", database).hasSizeGreaterThan(1);
            assertThat(inSnapshot).as("sessions in the exported snapshot on %s", database).containsAll(slicing);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.sql()).matches(READ_ONLY_START);
                if (!e.sql().toUpperCase(Locale.ROOT).startsWith("SET")) {
                    assertThat(WRITE_WORD.matcher(e.sql().replaceAll("'(?:[^']|'')*'", "''")).find())
                            .as("writes in: %s", e.sql()).isFalse();
                }
            });
        }
    }

    /** The statements the run sent to {@code database} (entries after the marker), once its sessions have rolled back. */
    private static List<String> awaitStatements(Path log, String marker, String database) throws Exception {
        return awaitEntries(log, marker, database).stream().map(Logged::sql).toList();
    }

    private static List<Logged> awaitEntries(Path log, String marker, String database) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<Logged> statements = List.of();
        while (System.nanoTime() < deadline) {
            statements = statements(Files.readString(log, StandardCharsets.UTF_8), marker, database);
            // every session of the run has rolled back (its last statement), and there were two or more
            java.util.Set<String> sessions = new java.util.HashSet<>();
            java.util.Set<String> done = new java.util.HashSet<>();
            statements.forEach(s -> {
                sessions.add(s.session());
                if (s.sql().equals("ROLLBACK")) {
                    done.add(s.session());
                }
            });
            if (done.size() >= 2 && done.containsAll(sessions)) {
                break;
            }
            Thread.sleep(100);
        }
        return statements;
    }

    /** A statement of the log and the session ({@code %c}) that sent it. */
    private record Logged(String session, String sql) {
    }

    private static List<Logged> statements(String text, String marker, String database) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith(GuardedServer.LOG_MARK)) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        List<Logged> statements = new ArrayList<>();
        boolean afterMarker = false;
        String prefix = GuardedServer.LOG_MARK;
        for (String entry : entries) {
            // application|database|session|message (GuardedServer's log_line_prefix)
            String[] parts = entry.substring(prefix.length()).split("\\|", 4);
            if (parts.length < 4 || !parts[1].equals(database)) {
                continue;
            }
            if (!afterMarker) {
                afterMarker = entry.contains(marker);
                continue;
            }
            assertThat(parts[0]).as("application of %s", parts[3]).isEqualTo("schemaparity");
            assertThat(parts[3]).as("errors").doesNotStartWith("ERROR");
            Matcher statement = STATEMENT.matcher(parts[3].strip());
            if (statement.matches()) {
                statements.add(new Logged(parts[2], statement.group(1).strip()));
            }
        }
        return statements;
    }
}
