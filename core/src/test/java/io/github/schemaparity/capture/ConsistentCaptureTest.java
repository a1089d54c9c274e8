package io.github.schemaparity.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A capture racing DDL on the same real database: every captured catalog is one the database really
 * had after some commit. The states S0..Sn are captured first, one by one, on a quiet database; then a
 * fresh database runs the same DDL in a loop while captures run against it.
 */
class ConsistentCaptureTest {
    private static final int STATES = 30;
    private static final int CAPTURES = 25;

    /** PostgreSQL: each state is one transaction changing a column, an index, a view and a comment. */
    private static List<String> pgStates() {
        List<String> states = new ArrayList<>();
        for (int k = 1; k <= STATES; k++) {
            states.add("BEGIN; ALTER TABLE t ADD COLUMN c" + k + " int DEFAULT " + k + ";"
                    + " CREATE INDEX t_c" + k + "_idx ON t (c" + k + ");"
                    + " CREATE OR REPLACE VIEW v AS SELECT id, " + k + " AS state FROM t;"
                    + " COMMENT ON TABLE t IS 'state " + k + "'; COMMIT");
        }
        return states;
    }

    private static final String PG_START = "CREATE TABLE t (id int PRIMARY KEY);"
            + " CREATE VIEW v AS SELECT id, 0 AS state FROM t; COMMENT ON TABLE t IS 'state 0'";

    @Test
    void postgresCapturesOnlyCommittedStates() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        List<Catalog> committed = new ArrayList<>();
        String quiet = server.createDatabase("states", PG_START);
        JdbcSource quietSource = new JdbcSource(server.url(quiet), "postgres", "postgres");
        committed.add(capturePg(quietSource, s -> { }).value());
        for (String state : pgStates()) {
            server.execute(quiet, state);
            committed.add(capturePg(quietSource, s -> { }).value());
        }
        assertThat(committed.stream().distinct()).hasSize(STATES + 1);

        String racing = server.createDatabase("racing", PG_START);
        JdbcSource source = new JdbcSource(server.url(racing), "postgres", "postgres");
        race(pace -> {
            for (String state : pgStates()) {
                server.execute(racing, state);
                pace.run();
            }
        }, retries -> capturePg(source, retries), committed);
    }

    @Test
    void mariaDbCapturesOnlyCommittedStates() throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        List<String> statements = new ArrayList<>();
        for (int k = 1; k <= STATES; k++) {
            statements.add(k % 3 == 0 ? "CREATE OR REPLACE VIEW v AS SELECT id, " + k + " AS state FROM t"
                    : k % 3 == 1 ? "ALTER TABLE t ADD COLUMN c" + k + " INT DEFAULT " + k
                    : "CREATE INDEX t_c" + (k - 1) + "_idx ON t (c" + (k - 1) + ")");
        }
        String start = "CREATE TABLE t (id INT PRIMARY KEY); CREATE VIEW v AS SELECT id, 0 AS state FROM t";
        String quiet = server.createDatabase("states", start);
        JdbcSource quietSource = new JdbcSource(server.url(quiet), server.user(), server.password());
        List<Catalog> committed = new ArrayList<>();
        committed.add(captureMariaDb(quietSource, s -> { }).value());
        for (String statement : statements) {
            server.execute(quiet, statement);
            committed.add(captureMariaDb(quietSource, s -> { }).value());
        }
        assertThat(committed.stream().distinct()).hasSize(STATES + 1);

        String racing = server.createDatabase("racing", start);
        JdbcSource source = new JdbcSource(server.url(racing), server.user(), server.password());
        List<Catalog> renamed = committed.stream()
                .map(io.github.schemaparity.mapping.SchemaMapping.of(quiet, racing)::apply).toList();
        race(pace -> {
            for (String statement : statements) {
                server.execute(racing, statement);
                pace.run();
            }
        }, retries -> captureMariaDb(source, retries), renamed);
    }

    private interface Capture {
        ConsistentCapture.Result<Catalog> run(Consumer<String> retries) throws Exception;
    }

    /** The DDL loop: runs its statements, calling the pacer after each commit. */
    private interface Ddl {
        void run(Runnable pace);
    }

    /**
     * Runs the DDL loop and captures at the same time; every capture must be one of {@code committed}.
     * After each commit the loop waits (a little, or until the next capture has finished) so that on a
     * busy machine the captures still see the loop progress rather than only its end.
     */
    private static void race(Ddl ddl, Capture capture, List<Catalog> committed) throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        Runnable pace = () -> {
            int seen = finished.get();
            long deadline = System.nanoTime() + 30_000_000_000L;
            pauseMillis(20);
            while (finished.get() == seen && System.nanoTime() < deadline) {
                pauseMillis(5);
            }
        };
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
            try {
                ddl.run(pace);
            } finally {
                done.set(true);
            }
        });
        List<String> retries = new CopyOnWriteArrayList<>();
        List<Integer> seen = new ArrayList<>();
        int captures = 0;
        while (captures < CAPTURES || !done.get()) {
            Catalog catalog = capture.run(retries::add).value();
            int state = committed.indexOf(catalog);
            assertThat(state).as("capture %s equals a committed state", captures).isNotNegative();
            seen.add(state);
            captures++;
            finished.incrementAndGet();
        }
        loop.join();
        System.out.printf("%d captures racing %d DDL commits: states seen %s, %d retries%n", captures, STATES, seen,
                retries.size());
        retries.forEach(line -> System.out.println("  " + line));
        assertThat(seen.stream().distinct().count()).as("captures saw the DDL progress").isGreaterThan(2);
    }

    private static ConsistentCapture.Result<Catalog> capturePg(JdbcSource source, Consumer<String> retries)
            throws Exception {
        return ConsistentCapture.run(() -> io.github.schemaparity.database.EngineRegistry.openReadOnly(source),
                c -> new PgCatalogReader().read(c, CaptureOptions.defaults()), new CaptureRetry(20,
                        java.time.Duration.ofSeconds(60)), "database", retries);
    }

    private static ConsistentCapture.Result<Catalog> captureMariaDb(JdbcSource source, Consumer<String> retries)
            throws Exception {
        return ConsistentCapture.run(() -> io.github.schemaparity.database.EngineRegistry.openReadOnly(source),
                c -> new MySqlCatalogReader().read(c, CaptureOptions.defaults()), new CaptureRetry(20,
                        java.time.Duration.ofSeconds(60)), "database", retries);
    }

    private static void pauseMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
