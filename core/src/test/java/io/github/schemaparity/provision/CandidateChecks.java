package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.log.ParityLog;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What every provider test does with a candidate: use it for real, and find where it listens. */
final class CandidateChecks {
    /** Log lines (warnings prefixed {@code WARNING: }), also printed so the timings show in the build output. */
    static final class Log implements ParityLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void info(String line) {
            lines.add(line);
            System.out.println("[provision] " + line);
        }

        @Override
        public void warn(String line) {
            info("WARNING: " + line);
        }

        @Override
        public void error(String line) {
            info("ERROR: " + line);
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    private CandidateChecks() {
    }

    /** Creates a table, writes and reads a row through the candidate. */
    static void createTableAndSelect(CandidateDatabase candidate) throws SQLException {
        try (Connection c = candidate.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE orders (id int PRIMARY KEY, status varchar(20) NOT NULL)");
            s.execute("INSERT INTO orders VALUES (1, 'new')");
            try (ResultSet rs = s.executeQuery("SELECT status FROM orders WHERE id = 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("new");
            }
        }
    }

    /** The TCP port in a candidate's JDBC URL. */
    static int port(CandidateDatabase candidate) {
        return URI.create(candidate.jdbcUrl().substring("jdbc:".length())).getPort();
    }

    /** Whether something accepts connections on a loopback port. */
    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
