package io.github.schemaparity.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.engine.ParityConfig;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.PgServer;
import io.github.schemaparity.testing.PgStandby;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures from a real streaming hot standby while the primary runs DDL and VACUUM on an ~80 MB table:
 * 40 of 40 succeed, retries allowed (and printed), with the default {@code max_standby_streaming_delay}
 * and with {@code max_standby_streaming_delay = 0}; the standby and its lag appear in report.json.
 */
class StandbyCaptureTest {
    private static final int CAPTURES = 40;

    @Test
    void capturesFromABusyStandbySucceed(@TempDir Path reports) throws Exception {
        long start = System.nanoTime();
        PgServer primary = PgServer.startDedicated(PgServer.NEW, Map.of("wal_level", "replica",
                "max_wal_senders", "4", "autovacuum", "off"));
        try {
            String database = primary.createDatabase("shop", """
                    CREATE TABLE big (id int PRIMARY KEY, qty int NOT NULL DEFAULT 1 CHECK (qty > 0), pad text);
                    INSERT INTO big SELECT g, 1 + g % 7, repeat('x', 60) FROM generate_series(1, 800000) g;
                    CREATE INDEX big_qty_idx ON big ((qty * 2)) WHERE qty > 2;
                    CREATE VIEW big_view AS SELECT id, qty FROM big WHERE qty > 3;
                    CREATE TABLE small (id int PRIMARY KEY, big_id int REFERENCES big (id), note text DEFAULT 'n');
                    """);
            String size;
            try (Connection c = primary.connect(database); Statement s = c.createStatement();
                    var row = s.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('big'))")) {
                row.next();
                size = row.getString(1);
            }
            try (PgStandby standby = PgStandby.of(primary, List.of())) {
                standby.awaitCaughtUp(primary);
                JdbcSource source = new JdbcSource(standby.url(database), "postgres", "postgres");

                Figures defaults = captureWhileBusy(primary, database, source);
                standby.reconfigure("max_standby_streaming_delay = 0");
                Figures noDelay = captureWhileBusy(primary, database, source);

                System.out.printf("standby capture (big table %s): default delay %s; max_standby_streaming_delay=0 %s;"
                        + " total %.1f s%n", size, defaults, noDelay, (System.nanoTime() - start) / 1e9);
                defaults.retryLines.forEach(line -> System.out.println("  default: " + line));
                noDelay.retryLines.forEach(line -> System.out.println("  delay 0: " + line));
                assertThat(defaults.failures).as("failures, default delay").isEmpty();
                assertThat(noDelay.failures).as("failures, delay 0").isEmpty();
                assertThat(defaults.successes).isEqualTo(CAPTURES);
                assertThat(noDelay.successes).isEqualTo(CAPTURES);

                // lag in the log and in report.json
                primary.execute(database, "CREATE TABLE lag_marker (id int)");
                List<String> lines = new CopyOnWriteArrayList<>();
                new ParityEngine(log(lines)).compare(ParityConfig.builder()
                        .expected(primary.url(database) + "?user=postgres&password=postgres")
                        .actual(standby.url(database) + "?user=postgres&password=postgres")
                        .judging(j -> j.reportDir(reports)).build());
                lines.stream().filter(line -> line.contains("standby")).forEach(System.out::println);
                assertThat(lines).anyMatch(line -> line.matches("actual is a standby, \\d+\\.\\d s behind its primary"));
                JsonNode actual = new ObjectMapper().readTree(Files.readString(reports.resolve("report.json")))
                        .get("actual");
                assertThat(actual.get("replica").get("kind").asText()).isEqualTo("standby");
                assertThat(actual.get("replica").get("lagSeconds").isNumber()).isTrue();
                assertThat(new ObjectMapper().readTree(Files.readString(reports.resolve("report.json")))
                        .get("expected").has("replica")).isFalse();
            }
        } finally {
            primary.stop();
        }
    }

    /** What {@value #CAPTURES} captures from the standby did while the primary's loop ran. */
    private record Figures(int successes, List<String> failures, List<String> retryLines, int loopRounds,
            double seconds) {
        @Override
        public String toString() {
            return String.format("%d of %d succeeded, %d retries, %d primary rounds, %.1f s", successes, CAPTURES,
                    retryLines.size(), loopRounds, seconds);
        }
    }

    private static Figures captureWhileBusy(PgServer primary, String database, JdbcSource source) throws Exception {
        long start = System.nanoTime();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> busyPrimary(primary, database, stop, rounds));
        List<String> retries = new CopyOnWriteArrayList<>();
        List<String> failures = new ArrayList<>();
        int successes = 0;
        try {
            for (int i = 0; i < CAPTURES; i++) {
                try {
                    Catalog catalog = ConsistentCapture.run(() -> io.github.schemaparity.database.EngineRegistry.openReadOnly(source),
                            c -> new PgCatalogReader().read(c, CaptureOptions.defaults()), CaptureRetry.defaults(),
                            "reference", retries::add).value();
                    assertThat(catalog.schemas().get(0).tables()).extracting(t -> t.name()).contains("big", "small");
                    successes++;
                } catch (SQLException | RuntimeException e) {
                    failures.add(e.getMessage());
                }
            }
        } finally {
            stop.set(true);
            loop.join();
        }
        return new Figures(successes, failures, retries, rounds.get(), (System.nanoTime() - start) / 1e9);
    }

    /** DDL (an AccessExclusiveLock the standby replays) and VACUUM (cleanup that conflicts with snapshots). */
    private static void busyPrimary(PgServer primary, String database, AtomicBoolean stop, AtomicInteger rounds) {
        try (Connection connection = primary.connect(database); Statement statement = connection.createStatement()) {
            for (int i = 0; !stop.get() && i < 500; i++) {
                statement.execute("UPDATE big SET pad = repeat('y', 60) WHERE id % 40 = " + i % 40);
                statement.execute("ALTER TABLE big ADD COLUMN extra_" + i + " int");
                statement.execute("ALTER TABLE big DROP COLUMN extra_" + i);
                statement.execute("DELETE FROM big WHERE id > 799000 - " + i * 10);
                statement.execute("VACUUM big");
                statement.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS big_pad_" + i % 2 + " ON small (note)");
                statement.execute("DROP INDEX IF EXISTS big_pad_" + (i + 1) % 2);
                rounds.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("primary loop: " + e.getMessage(), e);
        }
    }

    private static ParityLog log(List<String> lines) {
        return new ParityLog() {
            @Override
            public void info(String line) {
                lines.add(line);
            }

            @Override
            public void warn(String line) {
                lines.add(line);
            }

            @Override
            public void error(String line) {
                lines.add(line);
            }
        };
    }
}
