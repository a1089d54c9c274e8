package io.github.schemaparity.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PgServerTest {

    @ParameterizedTest
    @ValueSource(strings = {PgServer.OLD, PgServer.NEW})
    void startsTheRequestedMajor(String major) throws Exception {
        PgServer server = PgServer.of(major);
        String db = server.createDatabase("probe", "CREATE TABLE t (id int)");
        try (Connection c = server.connect(db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            assertThat(rs.getString(1)).startsWith(major + ".");
        }
    }
}
