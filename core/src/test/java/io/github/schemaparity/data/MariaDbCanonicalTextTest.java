package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.MariaDbServer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MariaDB row text on a real MariaDB 11.4: character data is compared as UTF-8 whatever the column
 * charset (utf8mb4 columns are read as they are, latin1 ones converted), and values moved from one column
 * to the next, NULL swapped with '' or bytes holding the separator byte still tell two rows apart; decimals
 * compare by value whatever their scale.
 */
class MariaDbCanonicalTextTest {
    private static final String TABLE = """
            CREATE TABLE people (id INT PRIMARY KEY, a VARCHAR(20) CHARACTER SET %1$s, b VARCHAR(20) CHARACTER SET %1$s,
                c TEXT CHARACTER SET %1$s, kind ENUM('x', 'é') CHARACTER SET %1$s, code VARCHAR(10) CHARACTER SET %2$s,
                raw VARBINARY(8), tail VARBINARY(8)) ENGINE=InnoDB""";
    private static final String ROWS = """
            INSERT INTO people VALUES (1, 'café', 'naïve', 'Œuvre ß', 'é', 'A-1', X'FF61', X'62'),
                (2, 'a,b', 'c', NULL, 'x', 'B-2', NULL, X''), (3, NULL, '', '', NULL, NULL, X'00', NULL),
                (4, 'é', 'x', 'y', 'x', 'C-3', X'61FF', X'62'), (5, 'same', 'same', 'same', 'x', 'D-4', X'01', X'02')""";

    @Test
    void latin1AndUtf8mb4HoldingTheSameTextAreEqual() {
        MariaDbServer server = MariaDbServer.shared();
        String expected = server.createDatabase("canon_expected", TABLE.formatted("utf8mb4", "ascii"), ROWS);
        String actual = server.createDatabase("canon_actual", TABLE.formatted("latin1", "utf8mb3"), ROWS);
        DataResult result = run(server, expected, actual);
        assertThat(result.tables()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TableStatus.EQUAL));
        assertThat(result.verdict()).isEqualTo(DataVerdict.PASS);
    }

    @Test
    void shiftedValuesNullForEmptyAndSeparatorBytesAreChanges() {
        MariaDbServer server = MariaDbServer.shared();
        String expected = server.createDatabase("canon_expected", TABLE.formatted("utf8mb4", "ascii"), ROWS);
        String actual = server.createDatabase("canon_actual", TABLE.formatted("latin1", "utf8mb4"), ROWS,
                "UPDATE people SET a = 'a', b = 'b,c' WHERE id = 2",
                "UPDATE people SET a = '', b = NULL WHERE id = 3",
                "UPDATE people SET raw = X'61', tail = X'FF62' WHERE id = 4",
                "UPDATE people SET a = 'é ' WHERE id = 1",
                "UPDATE people SET kind = NULL WHERE id = 5");
        DataResult result = run(server, expected, actual);
        TableResult people = result.tables().get(0);
        assertThat(people.rows()).containsExactlyInAnyOrder(
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("1")), List.of("a"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("2")), List.of("a", "b"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("3")), List.of("a", "b"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("4")), List.of("raw", "tail"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("5")), List.of("kind"), List.of()));
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    /**
     * Decimals compare by value across scales (1.50 = 1.5000), and in their stored form where both sides declare
     * the same scale: a change in the last place is still found, in either kind of column.
     */
    @Test
    void decimalsCompareByValueAcrossScalesAndChangesInTheLastPlaceAreFound() {
        MariaDbServer server = MariaDbServer.shared();
        String table = "CREATE TABLE prices (id INT PRIMARY KEY, price DECIMAL(%s), rate DECIMAL(10,2)) ENGINE=InnoDB";
        String rows = "INSERT INTO prices VALUES (1, 1.50, 2.50), (2, 10.00, 0.00), (3, -0.10, 1.25), (4, NULL, NULL)";
        String expected = server.createDatabase("decimal_expected", table.formatted("10,2"), rows);
        String actual = server.createDatabase("decimal_actual", table.formatted("12,4"), rows);
        DataResult equal = run(server, expected, actual);
        assertThat(equal.tables()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TableStatus.EQUAL));

        String changed = server.createDatabase("decimal_changed", table.formatted("12,4"), rows,
                "UPDATE prices SET rate = 1.26 WHERE id = 3", "UPDATE prices SET price = 10.0001 WHERE id = 2",
                "UPDATE prices SET rate = 0.00 WHERE id = 4");
        TableResult prices = run(server, expected, changed).tables().get(0);
        assertThat(prices.rows()).containsExactlyInAnyOrder(
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("2")), List.of("price"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("3")), List.of("rate"), List.of()),
                new RowChange(ChangeKind.CHANGED, Map.of("id", new BigDecimal("4")), List.of("rate"), List.of()));

        // with values shown, the changed columns are still named by value: -0.10 = -0.1000 is no change
        TableResult shown = run(server, expected, changed, true).tables().get(0);
        assertThat(shown.rows()).extracting(RowChange::columns)
                .containsExactlyInAnyOrder(List.of("price"), List.of("rate"), List.of("rate"));
        assertThat(shown.rows()).flatExtracting(RowChange::values).containsExactlyInAnyOrder(
                new RowChange.ValuePair("price", "10", "10.0001"), new RowChange.ValuePair("rate", "1.25", "1.26"),
                new RowChange.ValuePair("rate", null, "0.00"));
    }

    private static DataResult run(MariaDbServer server, String expected, String actual) {
        return run(server, expected, actual, false);
    }

    private static DataResult run(MariaDbServer server, String expected, String actual, boolean showValues) {
        JdbcSource left = new JdbcSource(server.url(expected), server.user(), server.password());
        JdbcSource right = new JdbcSource(server.url(actual), server.user(), server.password());
        return DataParity.create(DataLog.silent())
                .run(DataParityConfig.builder(left, right).showValues(showValues).build());
    }
}
