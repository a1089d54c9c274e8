package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.PgServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input to the data gate: one clear, password-free line each, before or instead of any result. */
class PgDataErrorsTest {
    private static final String SECRET = "Data-S3cret";

    private static void oneLine(Throwable error, String... parts) {
        assertThat(error).isInstanceOf(SchemaParityException.class);
        assertThat(error.getMessage()).doesNotContain("\n").doesNotContain(SECRET).contains(parts);
    }

    @Test
    void unreachableSideIsNamed() {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("data_reachable", "CREATE TABLE t (id int PRIMARY KEY)");
        DataParityConfig config = DataParityConfig.builder(
                        JdbcSource.of(server.url(database) + "?user=postgres&password=" + SECRET),
                        JdbcSource.of("jdbc:postgresql://127.0.0.1:1/shop?user=postgres&password=" + SECRET))
                .connectTimeout(Duration.ofSeconds(2)).build();
        assertThatThrownBy(() -> PgDataFixture.run(config))
                .satisfies(e -> oneLine(e, "Cannot connect to", "127.0.0.1:1", "connection refused"));
    }

    @Test
    void crossEngineIsRefusedInOneLine() {
        DataParityConfig config = DataParityConfig.builder(JdbcSource.of("jdbc:postgresql://127.0.0.1:1/a"),
                JdbcSource.of("jdbc:mariadb://127.0.0.1:1/b?password=" + SECRET)).build();
        assertThatThrownBy(() -> PgDataFixture.run(config))
                .satisfies(e -> oneLine(e, "cross-engine data comparison is not supported yet"));
    }

    @Test
    void tableFilterMatchingNothingAndBadColumnFilter() {
        PgDataFixture fixture = PgDataFixture.create(PgServer.NEW);
        assertThatThrownBy(() -> PgDataFixture.run(fixture.config().include(List.of("public.nosuch_*")).build()))
                .satisfies(e -> oneLine(e, "No table to compare", "public.nosuch_*"));
        assertThatThrownBy(() -> fixture.config().excludeColumns(List.of("orders.[total")).build())
                .satisfies(e -> oneLine(e, "Column filter 'orders.[total' is not a column glob", "*.updated_at"));
        assertThatThrownBy(() -> fixture.config().excludeColumns(List.of("updated_at")).build())
                .satisfies(e -> oneLine(e, "Column filter 'updated_at'"));
        assertThatThrownBy(() -> fixture.config().rowFilters(List.of("placed_at < now()")).build())
                .satisfies(e -> oneLine(e, "Row filter", "schema.table: condition"));
        assertThatThrownBy(() -> fixture.config().allow(List.of("extra rows: public.audit_*")).build())
                .satisfies(e -> oneLine(e, "names no known kind", "unexpected-rows"));
    }

    @Test
    void statementTimeoutOnAHugeTableNamesTheTableAndTheSetting() {
        PgServer server = PgServer.of(PgServer.NEW);
        String script = "CREATE TABLE huge (id bigint PRIMARY KEY, payload text);"
                + " INSERT INTO huge SELECT g, repeat(md5(g::text), 4) FROM generate_series(1, 1000000) g; ANALYZE huge";
        String expected = server.createDatabase("data_huge_e", script);
        String actual = server.createDatabase("data_huge_a", script);
        DataParityConfig config = DataParityConfig.builder(
                new JdbcSource(server.url(expected), "postgres", SECRET), new JdbcSource(server.url(actual), "postgres",
                        SECRET)).statementTimeout(Duration.ofMillis(150)).build();
        assertThatThrownBy(() -> PgDataFixture.run(config)).satisfies(e -> oneLine(e, "Timed out hashing the rows of"
                + " public.huge", "schemaparity.data.statementTimeout (150 ms", "statement_timeout", "raise it"));
    }

    @Test
    void rowFilterLimitsBothSides() {
        PgDataFixture fixture = PgDataFixture.create(PgServer.NEW,
                "INSERT INTO orders (id, customer_id, total) VALUES (30000, 1, 1)",
                "UPDATE orders SET label = 'after cutover' WHERE id > 19000");
        DataResult result = PgDataFixture.run(fixture.config().rowFilters(List.of("public.orders: id <= 19000"))
                .excludeColumns(List.of("*.note")).build());
        TableResult orders = result.tables().stream().filter(t -> t.table().equals("public.orders")).findFirst()
                .orElseThrow();
        assertThat(orders.status()).isEqualTo(TableStatus.EQUAL);
        assertThat(orders.rowsExpected()).isEqualTo(19_000);
        assertThat(result.tables()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TableStatus.EQUAL));
        // the sequence is behind the unfiltered column on the actual side: integrity ignores row filters
        assertThat(result.integrity()).extracting(IntegrityFinding::check).containsExactly(IntegrityCheck.SEQUENCE_BEHIND);
    }
}
