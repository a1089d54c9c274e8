package io.github.schemaparity.data;

import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.testing.MariaDbServer;

/**
 * Two databases on one real MariaDB server holding the same shop data; the actual one is written in
 * another row order, under another session time zone and with case-insensitive, PAD SPACE collations.
 */
final class MariaDbDataFixture {
    static final String SCHEMA = """
            CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(80) COLLATE %1$s NOT NULL,
                name VARCHAR(40) COLLATE %1$s, note TEXT COLLATE %1$s) ENGINE=InnoDB;
            CREATE SEQUENCE order_no;
            CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT,
                number BIGINT DEFAULT (NEXT VALUE FOR order_no), total DECIMAL(10,2), placed_at TIMESTAMP(3) NULL,
                local_at DATETIME, ratio DOUBLE, payload VARBINARY(32), doc JSON, code CHAR(6), flag BOOLEAN,
                label VARCHAR(30) COLLATE %1$s, FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
            CREATE TABLE tags (name VARCHAR(40) COLLATE %1$s PRIMARY KEY, weight INT) ENGINE=InnoDB;
            CREATE TABLE events (kind VARCHAR(20), at DATETIME) ENGINE=InnoDB""";
    static final String DATA = """
            INSERT INTO customers SELECT seq, CONCAT('user', seq, '@example.org'), CONCAT('Name ', seq),
                CASE WHEN seq %% 3 = 0 THEN NULL ELSE '' END FROM seq_1_to_500;
            INSERT INTO orders (id, customer_id, number, total, placed_at, local_at, ratio, payload, doc, code, flag, label)
            SELECT seq, 1 + seq %% 500, seq, seq * 1.25, FROM_UNIXTIME(1767225600 + seq * 60),
                '2026-01-01 00:00:00' + INTERVAL seq SECOND, seq / 7.0, UNHEX(MD5(seq)),
                JSON_OBJECT('n', seq), LPAD(seq, 6, '0'), seq %% 2 = 0, CONCAT('label ', seq)
            FROM seq_1_to_20000 ORDER BY %2$s;
            SELECT SETVAL(order_no, 20000);
            INSERT INTO tags SELECT CONCAT(CHAR(65 + seq %% 26), IF(seq %% 2 = 0, 'a', 'B'), seq), seq FROM seq_1_to_3000;
            INSERT INTO tags VALUES ('_under', 1), ('zeta', 2), ('éclair', 4);
            INSERT INTO events SELECT CONCAT('kind', seq %% 5), '2026-02-01' + INTERVAL seq HOUR FROM seq_1_to_50""";

    private final MariaDbServer server;
    final String expected;
    final String actual;

    private MariaDbDataFixture(MariaDbServer server, String expected, String actual) {
        this.server = server;
        this.expected = expected;
        this.actual = actual;
    }

    static MariaDbDataFixture create(String... actualChanges) {
        return create(MariaDbServer.shared(), actualChanges);
    }

    static MariaDbDataFixture create(MariaDbServer server, String... actualChanges) {
        String expected = server.createDatabase("data_expected", "SET time_zone = '+00:00'",
                SCHEMA.formatted("utf8mb4_bin"), DATA.formatted("", "seq"));
        String actual = server.createDatabase("data_actual", "SET time_zone = '+05:30'",
                SCHEMA.formatted("utf8mb4_general_ci"), DATA.formatted("", "MD5(seq)"));
        if (actualChanges.length > 0) {
            server.execute(actual, actualChanges);
        }
        return new MariaDbDataFixture(server, expected, actual);
    }

    MariaDbServer server() {
        return server;
    }

    JdbcSource source(String database) {
        return new JdbcSource(server.url(database), server.user(), server.password());
    }

    DataParityConfig.Builder config() {
        return DataParityConfig.builder(source(expected), source(actual));
    }

    DataResult run() {
        return DataParity.create(DataLog.silent()).run(config().build());
    }
}
