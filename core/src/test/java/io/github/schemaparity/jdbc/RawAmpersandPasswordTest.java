package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.testing.PgServer;
import org.junit.jupiter.api.Test;

/** A raw {@code &} in a PostgreSQL URL password: the driver cuts it; the one line says to encode it. */
class RawAmpersandPasswordTest {

    @Test
    void aPasswordCutAtARawAmpersandIsNamedAndMasked() {
        PgServer server = GuardedServer.get();
        String url = server.url("postgres") + "?user=" + GuardedServer.USER + "&password=Tr1ck&y-Secret";
        assertThatThrownBy(() -> io.github.schemaparity.database.EngineRegistry.openReadOnly(JdbcSource.of(url)))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Authentication failed for user '" + GuardedServer.USER + "' at " + server.url("postgres")
                        + "?user=" + GuardedServer.USER + "&password=****: check the user and password; the password in"
                        + " the URL is cut at a raw '&': write it as %26, or give the password through settings.xml or"
                        + " the environment instead")
                .message().doesNotContain("Tr1ck").doesNotContain("y-Secret");
    }
}
