package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.testing.MariaDbServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data gate on other MariaDB majors (Testcontainers {@code mariadb:10.11} and {@code mariadb:11.8}):
 * identical copies pass, and the planted differences and integrity findings are named exactly.
 */
class MariaDbContainerDataParityTest {

    @ParameterizedTest
    @ValueSource(strings = {"10.11", "11.8"})
    void identicalCopiesPassAndChangesAreNamed(String version) {
        MariaDbServer server = MariaDbServer.container(version);
        try {
            DataResult identical = MariaDbDataFixture.create(server).run();
            assertThat(identical.tables()).allSatisfy(t -> assertThat(t.status()).as(t.table()).isEqualTo(TableStatus.EQUAL));
            assertThat(identical.verdict()).isEqualTo(DataVerdict.PASS);
            assertThat(identical.expected().version()).startsWith(version);

            DataResult changed = MariaDbDataFixture.create(server, "DELETE FROM orders WHERE id = 780",
                    "UPDATE customers SET name = CONCAT(name, ' ') WHERE id = 7",
                    "UPDATE tags SET weight = -1 WHERE name = 'zeta'",
                    "SET foreign_key_checks = 0",
                    "INSERT INTO orders (id, customer_id, number) VALUES (20001, 9999, 20001)").run();
            TableResult orders = changed.tables().stream().filter(t -> t.table().endsWith(".orders")).findFirst()
                    .orElseThrow();
            assertThat(orders.rows()).containsExactlyInAnyOrder(
                    new RowChange(ChangeKind.MISSING, Map.of("id", new BigDecimal("780")), List.of(), List.of()),
                    new RowChange(ChangeKind.UNEXPECTED, Map.of("id", new BigDecimal("20001")), List.of(), List.of()));
            assertThat(changed.tables()).filteredOn(t -> t.table().endsWith(".customers")).singleElement()
                    .satisfies(t -> assertThat(t.rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                            Map.of("id", new BigDecimal("7")), List.of("name"), List.of())));
            assertThat(changed.tables()).filteredOn(t -> t.table().endsWith(".tags")).singleElement()
                    .satisfies(t -> assertThat(t.rows()).containsExactly(new RowChange(ChangeKind.CHANGED,
                            Map.of("name", "zeta"), List.of("weight"), List.of())));
            assertThat(changed.integrity()).extracting(IntegrityFinding::check).contains(IntegrityCheck.ORPHAN_ROWS);
            assertThat(changed.verdict()).isEqualTo(DataVerdict.FAIL);
        } finally {
            server.stop();
        }
    }
}
