package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.PgServer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys whose text order is not their order: a fractional numeric key (where "10.5" sorts before "2.25") and
 * a composite key led by an integer, in tables large enough to be cut into ranges and narrowed. The rows
 * that differ are still named exactly. (Reverting the leaf queries' table-qualified ORDER BY does not make
 * this fail: in these shapes the text-ordered sort cost time, not correctness.)
 */
class PgKeyOrderDataTest {
    private static final String SCHEMA = """
            CREATE TABLE prices (amount numeric(12,2) PRIMARY KEY, label text);
            CREATE TABLE stock (site int, sku text, qty int, PRIMARY KEY (site, sku));
            INSERT INTO prices SELECT g * 0.25, 'p' || g FROM generate_series(1, 40000) g;
            INSERT INTO stock SELECT g % 97, 's' || g, g % 13 FROM generate_series(1, 40000) g;
            """;

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void oneChangedRowIsFoundWhereTextOrderAndKeyOrderDisagree(String major) {
        PgServer server = PgServer.of(major);
        String expected = server.createDatabase("keyorder_expected", SCHEMA);
        String actual = server.createDatabase("keyorder_actual", SCHEMA,
                "UPDATE prices SET label = 'changed' WHERE amount = 2345.75",
                "UPDATE stock SET qty = -1 WHERE site = 9 AND sku = 's30079'",
                "DELETE FROM prices WHERE amount = 9.50");
        DataResult result = DataParity.create(DataLog.silent()).run(DataParityConfig.builder(
                new JdbcSource(server.url(expected), "postgres", "postgres"),
                new JdbcSource(server.url(actual), "postgres", "postgres")).build());

        TableResult prices = table(result, "public.prices");
        assertThat(prices.rowsExpected()).isEqualTo(40000);
        assertThat(prices.changed()).isEqualTo(1);
        assertThat(prices.missing()).isEqualTo(1);
        assertThat(prices.unexpected()).isZero();
        assertThat(prices.rows()).extracting(RowChange::change, r -> new BigDecimal(r.key().get("amount").toString()))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MISSING, new BigDecimal("9.50")),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, new BigDecimal("2345.75")));

        TableResult stock = table(result, "public.stock");
        assertThat(stock.changed()).isEqualTo(1);
        assertThat(stock.missing() + stock.unexpected()).isZero();
        assertThat(stock.rows()).singleElement().satisfies(r -> {
            assertThat(r.key()).containsEntry("sku", "s30079");
            assertThat(r.key().get("site").toString()).isEqualTo("9");
            assertThat(r.columns()).isEqualTo(List.of("qty"));
        });
        assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
    }

    private static TableResult table(DataResult result, String name) {
        return result.tables().stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
    }
}
