package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PgGeneratedNamesTest {

    @Test
    void recognisesEachLabel() {
        assertThat(PgGeneratedNames.isGenerated("orders_pkey", "orders", List.of(), "pkey")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_customer_id_fkey", "orders", List.of("customer_id"), "fkey")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_a_b_key", "orders", List.of("a", "b"), "key")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_total_check", "orders", List.of("total"), "check")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_check", "orders", List.of(), "check")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_lower_idx", "orders", List.of("lower"), "idx")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_expr_idx", "orders", List.of("expr"), "idx")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("rooms_during_excl", "rooms", List.of("during"), "excl")).isTrue();
    }

    @Test
    void acceptsTheNumberAddedWhenTheFirstChoiceWasTaken() {
        assertThat(PgGeneratedNames.isGenerated("orders_a_idx1", "orders", List.of("a"), "idx")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_check12", "orders", List.of(), "check")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("orders_a_idx01", "orders", List.of("a"), "idx")).isFalse();
    }

    @Test
    void rejectsChosenNames() {
        assertThat(PgGeneratedNames.isGenerated("pk_orders", "orders", List.of(), "pkey")).isFalse();
        assertThat(PgGeneratedNames.isGenerated("orders_b_idx", "orders", List.of("a"), "idx")).isFalse();
        assertThat(PgGeneratedNames.isGenerated("orders_a_key", "orders", List.of("a"), "idx")).isFalse();
        assertThat(PgGeneratedNames.isGenerated("customers_pkey", "orders", List.of(), "pkey")).isFalse();
    }

    @Test
    void truncatesTheLongerPartToFit63Bytes() {
        String table = "t".repeat(60);
        // 63 - len("_pkey") = 58 bytes of table name.
        assertThat(PgGeneratedNames.objectName(table, null, "pkey")).isEqualTo("t".repeat(58) + "_pkey");
        String column = "c".repeat(40);
        // 63 - "_" - "_fkey" = 57 bytes for both parts: the longer (table, 60) shrinks to 40, then they
        // shrink in turn (column first when equal) to 28 + 29... until the sum fits.
        String name = PgGeneratedNames.objectName(table, column, "fkey");
        assertThat(name.length()).isEqualTo(63);
        assertThat(name).isEqualTo("t".repeat(29) + "_" + "c".repeat(28) + "_fkey");
        assertThat(PgGeneratedNames.isGenerated(name, table, List.of(column), "fkey")).isTrue();
        assertThat(PgGeneratedNames.isGenerated("t".repeat(28) + "_" + "c".repeat(28) + "_fkey1", table,
                List.of(column), "fkey")).isTrue();
    }

    @Test
    void cutsTheJoinedColumnNamesAt63BytesAndNeverSplitsACharacter() {
        String table = "é".repeat(40); // 80 bytes
        // 59 bytes allowed: the 30th two-byte character would be cut in half, so it goes entirely.
        assertThat(PgGeneratedNames.objectName(table, null, "key")).isEqualTo("é".repeat(29) + "_key");
        List<String> columns = List.of("a".repeat(40), "b".repeat(40));
        String index = PgGeneratedNames.objectName("t", "a".repeat(40) + "_" + "b".repeat(22), "idx");
        assertThat(PgGeneratedNames.isGenerated(index, "t", columns, "idx")).isTrue();
    }
}
