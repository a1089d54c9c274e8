package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.testing.PgServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every data scenario of the gate on real PostgreSQL 14 and 17: differences found exactly, equalities kept. */
class PgDataParityTest {

    private static TableResult table(DataResult result, String name) {
        return result.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }

    private static void onlyDifferent(DataResult result, String name) {
        assertThat(result.tables()).filteredOn(t -> !t.table().equals(name))
                .allSatisfy(t -> assertThat(t.status()).as(t.table()).isEqualTo(TableStatus.EQUAL));
        assertThat(table(result, name).status()).isEqualTo(TableStatus.DIFFERENT);
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void identicalCopiesPass(String major) {
        DataResult result = PgDataFixture.create(major).run();
        assertThat(result.tables()).extracting(TableResult::table)
                .containsExactly("public.customers", "public.events", "public.orders", "public.tags");
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.status()).as(t.table()).isEqualTo(TableStatus.EQUAL));
        assertThat(table(result, "public.orders").rowsExpected()).isEqualTo(20_000);
        assertThat(table(result, "public.orders").rowsActual()).isEqualTo(20_000);
        assertThat(table(result, "public.events").note()).contains("no primary or non-null unique key");
        assertThat(result.integrity()).isEmpty();
        assertThat(result.schema()).isEmpty();
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
        assertThat(result.expected().engine()).isEqualTo("postgresql");
        assertThat(result.expected().version()).startsWith(major + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void missingAndExtraAndChangedRowsAreNamed(String major) {
        DataResult result = PgDataFixture.create(major, "DELETE FROM orders WHERE id = 780",
                "INSERT INTO orders (id, customer_id, total) VALUES (25000, 1, 9.99)",
                "UPDATE orders SET total = total + 1 WHERE id = 4242").run();
        TableResult orders = table(result, "public.orders");
        onlyDifferent(result, "public.orders");
        assertThat(orders.missing()).isEqualTo(1);
        assertThat(orders.unexpected()).isEqualTo(1);
        assertThat(orders.changed()).isEqualTo(1);
        assertThat(orders.rowsActual()).isEqualTo(20_000);
        assertThat(orders.rows()).containsExactlyInAnyOrder(
                new RowChange(ChangeKind.MISSING, Map.of("id", new BigDecimal("780")), List.of(), List.of()),
                new RowChange(ChangeKind.UNEXPECTED, Map.of("id", new BigDecimal("25000")), List.of(), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("4242")), List.of("total"), List.of()));
        assertThat(orders.rowsTruncated()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void timestampsShiftedByAnHourOnAFewRows(String major) {
        DataResult result = PgDataFixture.create(major,
                "UPDATE orders SET placed_at = placed_at + interval '1 hour' WHERE id IN (10, 11000, 19999)").run();
        TableResult orders = table(result, "public.orders");
        onlyDifferent(result, "public.orders");
        assertThat(orders.changed()).isEqualTo(3);
        assertThat(orders.rows()).extracting(r -> r.key().get("id").toString()).containsExactlyInAnyOrder("10", "11000", "19999");
        assertThat(orders.rows()).allSatisfy(r -> assertThat(r.columns()).containsExactly("placed_at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void trailingSpaceNullVersusEmptyAndBytesAreDifferences(String major) {
        DataResult result = PgDataFixture.create(major,
                "UPDATE customers SET name = name || ' ' WHERE id = 7",
                "UPDATE customers SET note = NULL WHERE id = 1",
                "UPDATE customers SET email = upper(email) WHERE id = 2",
                "UPDATE orders SET payload = payload || '\\x00'::bytea WHERE id = 99").run();
        TableResult customers = table(result, "public.customers");
        assertThat(customers.changed()).isEqualTo(3);
        assertThat(customers.rows()).containsExactlyInAnyOrder(
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("1")), List.of("note"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("2")), List.of("email"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("7")), List.of("name"), List.of()));
        TableResult orders = table(result, "public.orders");
        assertThat(orders.rows()).containsExactly(
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("99")), List.of("payload"), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void droppedTableAndDuplicatedRowWithoutKey(String major) {
        DataResult result = PgDataFixture.create(major, "DROP TABLE tags",
                "INSERT INTO events SELECT * FROM events WHERE kind = 'kind1' LIMIT 1").run();
        assertThat(table(result, "public.tags").status()).isEqualTo(TableStatus.MISSING);
        TableResult events = table(result, "public.events");
        assertThat(events.status()).isEqualTo(TableStatus.DIFFERENT);
        assertThat(events.key()).isEmpty();
        assertThat(events.rowsExpected()).isEqualTo(50);
        assertThat(events.rowsActual()).isEqualTo(51);
        assertThat(events.unexpected()).isEqualTo(1);
        assertThat(events.missing()).isZero();
        assertThat(events.note()).contains("whole-table checksum");
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void manyChangedRowsAreCountedExactlyAndListedUpToTheLimit(String major) {
        DataResult result = PgDataFixture.create(major, "UPDATE orders SET flag = NOT flag WHERE id % 50 = 0",
                "UPDATE orders SET qty = qty + 1 WHERE id % 1000 = 0").run();
        TableResult orders = table(result, "public.orders");
        assertThat(orders.changed()).isEqualTo(400);
        assertThat(orders.rows()).hasSize(DataParityConfig.DEFAULT_MAX_ROWS);
        assertThat(orders.rowsTruncated()).isTrue();
        assertThat(orders.rows()).allSatisfy(r -> assertThat(Long.parseLong(r.key().get("id").toString()) % 50).isZero());
        assertThat(orders.rows()).filteredOn(r -> r.key().get("id").toString().endsWith("000"))
                .allSatisfy(r -> assertThat(r.columns()).containsExactly("flag", "qty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void orphansDisabledTriggersNotValidAndSequenceBehind(String major) {
        DataResult result = PgDataFixture.create(major,
                "ALTER TABLE orders DISABLE TRIGGER ALL",
                "INSERT INTO orders (id, customer_id) VALUES (20001, 9999), (20002, 9998)",
                "ALTER TABLE tags ADD CONSTRAINT weight_positive CHECK (weight > 0) NOT VALID",
                "SELECT setval(pg_get_serial_sequence('orders', 'id'), 1, false)").run();
        assertThat(result.integrity()).allSatisfy(f -> assertThat(f.side()).isEqualTo("actual"));
        assertThat(result.integrity()).extracting(IntegrityFinding::check).containsExactlyInAnyOrder(
                IntegrityCheck.ORPHAN_ROWS, IntegrityCheck.NOT_VALID_CONSTRAINT, IntegrityCheck.DISABLED_TRIGGERS,
                IntegrityCheck.SEQUENCE_BEHIND);
        IntegrityFinding orphans = finding(result, IntegrityCheck.ORPHAN_ROWS);
        assertThat(orphans.table()).isEqualTo("public.orders");
        assertThat(orphans.object()).isEqualTo("orders_customer_id_fkey");
        assertThat(orphans.rows()).isEqualTo(2);
        assertThat(orphans.firstKeys()).containsExactly(Map.of("id", "20001"), Map.of("id", "20002"));
        assertThat(finding(result, IntegrityCheck.NOT_VALID_CONSTRAINT).object()).isEqualTo("weight_positive");
        assertThat(finding(result, IntegrityCheck.DISABLED_TRIGGERS).object()).contains("foreign-key trigger");
        IntegrityFinding sequence = finding(result, IntegrityCheck.SEQUENCE_BEHIND);
        assertThat(sequence.object()).isEqualTo("public.orders_id_seq");
        assertThat(sequence.value()).isEqualTo("1");
        assertThat(sequence.max()).isEqualTo("20002");
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void equalitiesNegativeZeroOtherOrderAndOtherTimeZone(String major) {
        PgDataFixture fixture = PgDataFixture.create(major, "UPDATE orders SET ratio = '-0'::float8 WHERE id = 5",
                "UPDATE orders SET total = total WHERE id % 3 = 0",
                "VACUUM FULL orders");
        fixture.server().execute(fixture.expected, "UPDATE orders SET ratio = 0 WHERE id = 5");
        fixture.server().execute("postgres", "ALTER DATABASE " + fixture.actual + " SET TimeZone = 'Asia/Kolkata'",
                "ALTER DATABASE " + fixture.expected + " SET TimeZone = 'America/Los_Angeles'");
        DataResult result = fixture.run();
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.status()).as(t.table()).isEqualTo(TableStatus.EQUAL));
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void textKeysUnderAnotherCollationStillFindTheOneChangedRow(String major) {
        DataResult result = PgDataFixture.create(major, "UPDATE tags SET weight = -1 WHERE name = 'Zeta'").run();
        TableResult tags = table(result, "public.tags");
        onlyDifferent(result, "public.tags");
        assertThat(tags.rowsExpected()).isEqualTo(3005);
        assertThat(tags.rows()).containsExactly(
                new RowChange(ChangeKind.CHANGED, Map.of("name", "Zeta"), List.of("weight"), List.of()));
        assertThat(tags.missing() + tags.unexpected()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.NEW})
    void valuesOnlyWhenAskedFor(String major) {
        PgDataFixture fixture = PgDataFixture.create(major, "UPDATE orders SET label = 'Secret-Label' WHERE id = 42");
        TableResult hidden = table(fixture.run(), "public.orders");
        assertThat(hidden.rows()).singleElement().satisfies(r -> assertThat(r.values()).isEmpty());
        assertThat(io.github.schemaparity.data.report.DataJsonReport.render(fixture.run())).doesNotContain("Secret-Label")
                .doesNotContain("label 42");
        DataResult shown = PgDataFixture.run(fixture.config().showValues(true).build());
        assertThat(table(shown, "public.orders").rows()).singleElement().satisfies(r -> assertThat(r.values())
                .containsExactly(new RowChange.ValuePair("label", "label 42", "Secret-Label")));
        assertThat(io.github.schemaparity.data.report.DataJsonReport.render(shown)).contains("Secret-Label");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void tablesWithEveryColumnExcludedAreSkippedAndTheSummarySaysSo(String major) {
        PgDataFixture fixture = PgDataFixture.create(major, "UPDATE events SET kind = 'changed' WHERE kind = 'kind1'",
                "DELETE FROM tags WHERE name = 'zeta'");
        DataResult result = PgDataFixture.run(fixture.config().excludeColumns(List.of("events.*", "public.tags.*"))
                .build());
        for (String name : List.of("public.events", "public.tags")) {
            TableResult skipped = table(result, name);
            assertThat(skipped.status()).as(name).isEqualTo(TableStatus.SKIPPED);
            assertThat(skipped.note()).contains("every column is left out by schemaparity.data.excludeColumns");
            assertThat(skipped.rowsExpected()).isEqualTo(-1);
        }
        assertThat(table(result, "public.orders").status()).isEqualTo(TableStatus.EQUAL);
        assertThat(result.skippedTables()).isEqualTo(2);
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
        List<String> console = io.github.schemaparity.data.report.DataConsoleReport.lines(result);
        assertThat(console.get(console.size() - 1)).startsWith("Data parity PASS: 4 tables, 2 equal, 0 different,"
                + " 2 SKIPPED (not compared: public.events, public.tags)");
        String json = io.github.schemaparity.data.report.DataJsonReport.render(result);
        assertThat(json).contains("\"status\" : \"SKIPPED\"").contains("\"reason\" : \"every column is left out")
                .contains("\"skipped\" : 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {PgServer.NEW})
    void progressLinesWithoutParallelSessions(String major) {
        PgDataFixture fixture = PgDataFixture.create(major, "UPDATE orders SET qty = -1 WHERE id = 15000");
        fixture.server().execute(fixture.expected, "ANALYZE");
        fixture.server().execute(fixture.actual, "ANALYZE");
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        DataResult result = io.github.schemaparity.engine.DataParity.create(lines::add)
                .run(fixture.config().parallelism(1).progressRows(5_000).build());
        assertThat(table(result, "public.orders").rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                Map.of("id", new BigDecimal("15000")), List.of("qty"), List.of()));
        onlyDifferent(result, "public.orders");
        assertThat(lines).filteredOn(l -> l.startsWith("public.orders: ") && l.contains("rows hashed per side"))
                .hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(l -> assertThat(l).matches("public\\.orders: [0-9,]+ of ~[0-9,]+ rows hashed per side"
                        + " \\([0-9,]+ rows/s, ETA [0-9]+ s\\)"))
                .anyMatch(l -> l.startsWith("public.orders: 20,000 of ~20,000 rows"));
        assertThat(lines).anyMatch(l -> l.matches("public\\.orders: 20,000 rows per side checked in .*"));
    }

    private static IntegrityFinding finding(DataResult result, IntegrityCheck check) {
        return result.integrity().stream().filter(f -> f.check() == check).findFirst().orElseThrow();
    }
}
