package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logs in to real servers with {@code user:password@host} URLs whose passwords need care: MariaDB and
 * MySQL Connector/J, and pgjdbc, which know the form differently or not at all, all get it from
 * SchemaParity as properties.
 */
class UrlCredentialsLoginTest {
    private static final String PASSWORD = "Ca+n@ry:p&ss/w%rd";
    private static final String ENCODED = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8).replace("+", "%2B");

    @ParameterizedTest(name = "jdbc:{0}:")
    @ValueSource(strings = {"mariadb", "mysql"})
    void mariaDbLogsInWithAnEncodedAndARawAtPassword(String driver) throws Exception {
        MariaDbServer server = MariaDbServer.shared();
        String database = server.createDatabase("userinfo");
        // 'localhost': the embedded server's anonymous ''@'localhost' would shadow a '%' account
        server.execute(database, "CREATE USER IF NOT EXISTS 'canary'@'localhost' IDENTIFIED BY '" + PASSWORD + "'",
                "CREATE USER IF NOT EXISTS 'canary2'@'localhost' IDENTIFIED BY 'simple@at'",
                "GRANT SELECT ON `" + database + "`.* TO 'canary'@'localhost'",
                "GRANT SELECT ON `" + database + "`.* TO 'canary2'@'localhost'");
        String hostPart = server.url(database).substring(("jdbc:mariadb://").length());
        assertThat(currentUser("jdbc:" + driver + "://canary:" + ENCODED + "@" + hostPart)).startsWith("canary@");
        assertThat(currentUser("jdbc:" + driver + "://canary2:simple@at@" + hostPart)).startsWith("canary2@");
        assertThatThrownBy(() -> io.github.schemaparity.database.EngineRegistry.openReadOnly(JdbcSource.of("jdbc:" + driver + "://canary:wrong%40pw@" + hostPart)))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Authentication failed for user 'canary' at jdbc:" + driver + "://canary:****@")
                .message().doesNotContain("wrong").doesNotContain("@pw");
    }

    @Test
    void postgresLogsInWithUserInformation() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        String database = server.createDatabase("userinfo");
        server.execute(database, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canary') THEN"
                + " CREATE ROLE canary LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
        String url = server.url(database).replace("jdbc:postgresql://", "jdbc:postgresql://canary:" + ENCODED + "@");
        assertThat(currentUser(url)).isEqualTo("canary");
    }

    private static String currentUser(String url) throws Exception {
        JdbcSource source = JdbcSource.of(url);
        try (ReadOnlySession session = io.github.schemaparity.database.EngineRegistry.openReadOnly(source); Statement statement =
                session.connection().createStatement(); ResultSet row = statement.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        }
    }
}
