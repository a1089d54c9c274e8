package io.github.schemaparity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class MariaDbServerTest {
    @Test
    void createsDatabasesAndRunsMultiStatementScripts() throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        String db = server.createDatabase("harness", "CREATE TABLE t (id int primary key); INSERT INTO t VALUES (1), (2)");
        assertThat(server.serverVersion()).contains("MariaDB").startsWith(MariaDbServer.VERSION);
        try (Connection c = server.connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
        assertThat(MariaDbServer.shared()).isSameAs(server);
    }
}
