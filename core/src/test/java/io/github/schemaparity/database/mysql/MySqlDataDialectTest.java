package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.data.ColumnShape;
import io.github.schemaparity.data.DataDialect;
import io.github.schemaparity.data.KeyKind;
import io.github.schemaparity.data.KeyOrdering;
import io.github.schemaparity.data.KeyRange;
import io.github.schemaparity.data.SqlQuery;
import io.github.schemaparity.data.TableShape;
import io.github.schemaparity.data.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which row hash the MySQL/MariaDB dialect picks for a pair of servers, and how it buckets whole-number keys. */
class MySqlDataDialectTest {
    private static final TableShape ORDERS = new TableShape("shop", "orders", List.of(
            new ColumnShape("id", "bigint(20)", ValueKind.INTEGER, KeyOrdering.NATURAL),
            new ColumnShape("note", "text", ValueKind.TEXT, KeyOrdering.BINARY)), List.of("id"), KeyKind.PRIMARY,
            1000, -1);

    @Test
    void crc32cOnlyFromMariaDb108() {
        assertThat(MySqlDataDialect.hasCrc32c("11.4.5-MariaDB")).isTrue();
        assertThat(MySqlDataDialect.hasCrc32c("10.11.6-MariaDB-0+deb12u1")).isTrue();
        assertThat(MySqlDataDialect.hasCrc32c("5.5.5-10.8.2-MariaDB")).isTrue();
        assertThat(MySqlDataDialect.hasCrc32c("10.6.16-MariaDB")).isFalse();
        assertThat(MySqlDataDialect.hasCrc32c("8.0.36")).isFalse();
        assertThat(MySqlDataDialect.hasCrc32c(null)).isFalse();
    }

    @Test
    void bothSidesMustHaveCrc32cForTheCrcHash() {
        DataDialect dialect = new MySqlDataDialect();
        assertThat(digests(dialect.forServers("11.4.5-MariaDB", "11.8.2-MariaDB"))).contains("CRC32C(").doesNotContain("MD5(");
        assertThat(digests(dialect.forServers("11.4.5-MariaDB", "10.6.16-MariaDB"))).contains("MD5(").doesNotContain("CRC32");
        assertThat(digests(dialect.forServers("8.0.36", "8.0.36"))).contains("MD5(");
    }

    @Test
    void wholeNumberBucketsAreOneRangeScanEach() {
        SqlQuery query = new MySqlDataDialect().digests(ORDERS, null, KeyRange.ALL, List.of(List.of("10"), List.of("20")));
        assertThat(query.sql().split(" UNION ALL ")).hasSize(3);
        assertThat(query.sql()).doesNotContain("GROUP BY");
        assertThat(query.parameters()).containsExactly("10", "10", "20", "20");
    }

    private static String digests(DataDialect dialect) {
        return dialect.digests(ORDERS, null, KeyRange.ALL, List.of()).sql();
    }
}
