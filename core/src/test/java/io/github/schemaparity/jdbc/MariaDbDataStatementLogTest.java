package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.data.DataLog;
import io.github.schemaparity.data.DataParityConfig;
import io.github.schemaparity.data.DataResult;
import io.github.schemaparity.data.DataVerdict;
import io.github.schemaparity.engine.DataParity;
import io.github.schemaparity.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves from MariaDB's general query log (every statement every session sent, written to
 * {@code mysql.general_log}) that a data comparison with differences to narrow down sends nothing but
 * reads, session settings and transaction control to either database. A server of its own, because the
 * general log is a global setting.
 */
class MariaDbDataStatementLogTest {
    private static final Pattern READ_ONLY_START = Pattern.compile(
            "(?is)(SELECT|SET|START TRANSACTION|ROLLBACK|SHOW|/\\*).*");
    private static final Pattern WRITE_WORD = Pattern.compile("(?i)\\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|CREATE|ALTER"
            + "|DROP|TRUNCATE|GRANT|REVOKE|LOCK|CALL|DO|COMMIT|HANDLER|LOAD|OPTIMIZE|ANALYZE|REPAIR|FLUSH)\\b");
    private static final Pattern CONNECT = Pattern.compile("\\S+ on (\\S+) using .*", Pattern.DOTALL);

    private static MariaDbServer server;

    @BeforeAll
    static void start() {
        server = MariaDbServer.startDedicated();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void aDataRunSendsOnlyReadsToBothDatabases() throws Exception {
        String schema = """
                CREATE TABLE customers (id BIGINT PRIMARY KEY, email VARCHAR(40) COLLATE utf8mb4_general_ci) ENGINE=InnoDB;
                CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT, total DECIMAL(10,2),
                    FOREIGN KEY (customer_id) REFERENCES customers (id)) ENGINE=InnoDB;
                CREATE TABLE notes (body TEXT) ENGINE=InnoDB;
                INSERT INTO customers SELECT seq, CONCAT('c', seq) FROM seq_1_to_100;
                INSERT INTO orders SELECT seq, 1 + seq % 100, seq FROM seq_1_to_30000;
                INSERT INTO notes VALUES ('a'), ('b')""";
        String expected = server.createDatabase("logged_expected", schema);
        String actual = server.createDatabase("logged_actual", schema,
                "UPDATE orders SET total = 0 WHERE id IN (7, 25000)", "DELETE FROM orders WHERE id = 12000",
                "INSERT INTO notes VALUES ('c')");

        List<String[]> log;
        try (Connection control = server.connect(expected); Statement statement = control.createStatement()) {
            long controlThread = connectionId(statement);
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("TRUNCATE TABLE mysql.general_log");
            statement.execute("SET GLOBAL general_log = 1");
            DataResult result;
            try {
                result = DataParity.create(DataLog.silent()).run(DataParityConfig.builder(
                        new JdbcSource(server.url(expected), server.user(), server.password()),
                        new JdbcSource(server.url(actual), server.user(), server.password())).build());
            } finally {
                statement.execute("SET GLOBAL general_log = 0");
            }
            assertThat(result.verdict()).isEqualTo(DataVerdict.FAIL);
            assertThat(result.tables()).filteredOn(t -> t.table().endsWith(".orders")).singleElement()
                    .satisfies(t -> assertThat(t.changed() + t.missing()).isEqualTo(3));
            log = generalLog(statement, controlThread);
        }

        Map<String, String> databaseOfThread = new HashMap<>();
        for (String[] entry : log) {
            Matcher connect = CONNECT.matcher(entry[2]);
            if (entry[1].equals("Connect") && connect.matches()) {
                databaseOfThread.put(entry[0], connect.group(1));
            }
        }
        for (String database : List.of(expected, actual)) {
            List<String> statements = new ArrayList<>();
            for (String[] entry : log) {
                boolean sent = entry[1].equals("Query") || entry[1].equals("Execute") || entry[1].equals("Prepare");
                if (sent && database.equals(databaseOfThread.get(entry[0]))) {
                    statements.add(entry[2].strip());
                }
            }
            assertThat(statements).as("statements to %s", database).hasSizeGreaterThan(10)
                    .anyMatch(sql -> sql.toUpperCase(Locale.ROOT).contains("START TRANSACTION WITH CONSISTENT SNAPSHOT"))
                    .anyMatch(sql -> sql.contains("MD5("))
                    .allSatisfy(sql -> {
                        assertThat(sql).matches(READ_ONLY_START);
                        if (!sql.toUpperCase(Locale.ROOT).startsWith("SET")) {
                            assertThat(WRITE_WORD.matcher(sql.replaceAll("'(?:[^'\\\\]|\\\\.|'')*'", "''")).find())
                                    .as("writes in: %s", sql).isFalse();
                        }
                        assertThat(sql.toUpperCase(Locale.ROOT)).doesNotContain("READ WRITE");
                    });
        }
    }

    private static long connectionId(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT CONNECTION_ID()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Thread id, command type and statement of every entry the run's sessions wrote, in order. */
    private static List<String[]> generalLog(Statement statement, long controlThread) throws SQLException {
        List<String[]> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT thread_id, command_type, CONVERT(argument USING utf8mb4)"
                + " FROM mysql.general_log WHERE thread_id <> " + controlThread + " ORDER BY event_time")) {
            while (rows.next()) {
                entries.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return entries;
    }
}
