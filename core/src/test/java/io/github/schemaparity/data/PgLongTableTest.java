package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.PgServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A table long enough to be scanned in physical slices: progress lines (rows, rows/s, ETA) after each,
 * slices spread over the sessions of each side (two, or as many as the server gives by default) in one
 * snapshot per side, and the one changed row still found exactly.
 */
class PgLongTableTest {

    @Test
    void longTableReportsProgressAndFindsTheChangedRow() {
        PgServer server = PgServer.of(PgServer.NEW);
        String script = "CREATE TABLE events (id bigint PRIMARY KEY, kind int, body text);"
                + " INSERT INTO events SELECT g, g % 7, 'event ' || g FROM generate_series(1, 1100000) g";
        String expected = server.createDatabase("data_long_e", script, "VACUUM ANALYZE events");
        String actual = server.createDatabase("data_long_a", script, "UPDATE events SET kind = -1 WHERE id = 777777",
                "VACUUM ANALYZE events");
        List<String> lines = new CopyOnWriteArrayList<>();
        DataResult result = DataParity.create(lines::add).run(DataParityConfig.builder(
                new JdbcSource(server.url(expected), "postgres", "postgres"),
                new JdbcSource(server.url(actual), "postgres", "postgres")).parallelism(2).build());
        TableResult events = result.tables().get(0);
        assertThat(events.rowsExpected()).isEqualTo(1_100_000);
        assertThat(events.rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                Map.of("id", new BigDecimal("777777")), List.of("kind"), List.of()));
        assertThat(lines).filteredOn(l -> l.startsWith("public.events: ") && l.contains("rows hashed per side"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(l -> assertThat(l).matches("public\\.events: [0-9,]+ of ~[0-9,]+ rows hashed per side"
                        + " \\([0-9,]+ rows/s, ETA [0-9]+ s\\)"));
        assertThat(lines).anyMatch(l -> l.contains("of ~1,100,000 rows") || l.contains("1,100,000 of"));
    }

    /**
     * With the default parallelism, a side's sessions read the snapshot taken when the run started: rows another
     * connection updates, deletes and appends on the actual side while the slices are being hashed (at the first
     * progress line) are not seen, and the one changed row is still the only difference.
     */
    @Test
    void writesDuringTheScanAreNotSeen() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        String script = "CREATE TABLE events (id bigint PRIMARY KEY, kind int, body text);"
                + " INSERT INTO events SELECT g, g % 7, repeat('y', 40) || g FROM generate_series(1, 120000) g";
        String expected = server.createDatabase("data_snap_e", script, "VACUUM ANALYZE events");
        String actual = server.createDatabase("data_snap_a", script, "UPDATE events SET kind = -1 WHERE id = 4321",
                "VACUUM ANALYZE events");
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        List<String> lines = new CopyOnWriteArrayList<>();
        DataResult result = DataParity.create(line -> {
            lines.add(line);
            if (line.contains("rows hashed per side") && written.compareAndSet(false, true)) {
                server.execute(actual, "UPDATE events SET kind = 99 WHERE id IN (60000, 119999)",
                        "DELETE FROM events WHERE id = 118000",
                        "INSERT INTO events SELECT g, 0, 'late' FROM generate_series(120001, 121000) g");
            }
        }).run(DataParityConfig.builder(new JdbcSource(server.url(expected), "postgres", "postgres"),
                new JdbcSource(server.url(actual), "postgres", "postgres")).progressRows(20_000).build());
        assertThat(written).isTrue();
        TableResult events = result.tables().get(0);
        assertThat(events.rowsActual()).isEqualTo(120_000);
        assertThat(events.rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                Map.of("id", new BigDecimal("4321")), List.of("kind"), List.of()));
        assertThat(lines).filteredOn(l -> l.contains("rows hashed per side")).hasSizeGreaterThanOrEqualTo(6);
        try (java.sql.Connection check = java.sql.DriverManager.getConnection(server.url(actual), "postgres", "postgres");
                java.sql.ResultSet count = check.createStatement().executeQuery("SELECT count(*) FROM events")) {
            count.next();
            assertThat(count.getLong(1)).as("the writes were committed").isEqualTo(120_999);
        }
    }
}
