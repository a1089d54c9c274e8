package io.github.schemaparity.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void detectsTheEngineFromTheSubprotocol() {
        assertThat(JdbcUrls.engineOf("jdbc:postgresql://db:5432/shop")).isEqualTo(Engine.POSTGRESQL);
        assertThat(JdbcUrls.engineOf("JDBC:PostgreSQL:shop")).isEqualTo(Engine.POSTGRESQL);
        assertThat(JdbcUrls.engineOf("jdbc:mysql://db:3306/shop")).isEqualTo(Engine.MYSQL);
        assertThat(JdbcUrls.engineOf("jdbc:mariadb://db:3306/shop")).isEqualTo(Engine.MARIADB);
    }

    @Test
    void rejectsTextThatIsNoJdbcUrlInOneMaskedLine() {
        assertThatThrownBy(() -> JdbcUrls.engineOf("postgres://app:hunter2@db/shop"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Not a JDBC URL: 'postgres://app:****@db/shop'; expected e.g. jdbc:postgresql://host:5432/db");
        assertThatThrownBy(() -> JdbcUrls.engineOf(null)).hasMessageStartingWith("Not a JDBC URL: 'null'");
        assertThatThrownBy(() -> JdbcUrls.engineOf("jdbc:")).hasMessageStartingWith("Not a JDBC URL: 'jdbc:'");
    }

    @Test
    void rejectsAnUnsupportedEngineNamingIt() {
        assertThatThrownBy(() -> JdbcUrls.engineOf("jdbc:oracle:thin:@//db:1521/shop?password=hunter2"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Unsupported database 'oracle' in jdbc:oracle:thin:@//db:1521/shop?password=****:"
                        + " SchemaParity reads jdbc:postgresql:, jdbc:mysql: and jdbc:mariadb: URLs");
    }

    @Test
    void masksPasswordsInQueryStringsAndUserInfo() {
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/shop?user=app&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/shop?user=app&password=****&ssl=true");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/shop?PASSWORD=hunter2"))
                .isEqualTo("jdbc:postgresql://db/shop?PASSWORD=****");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db/shop?sslpassword=k3y&password=p%40ss"))
                .isEqualTo("jdbc:postgresql://db/shop?sslpassword=****&password=****");
        assertThat(JdbcUrls.mask("jdbc:mysql://app:hunter2@db:3306/shop"))
                .isEqualTo("jdbc:mysql://app:****@db:3306/shop");
        assertThat(JdbcUrls.mask("jdbc:mariadb://db:3306/shop;user=app;password=hunter2"))
                .isEqualTo("jdbc:mariadb://db:3306/shop;user=app;password=****");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db:5432/shop")).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(JdbcUrls.mask("jdbc:postgresql://db:5432/shop?user=a@b.c"))
                .isEqualTo("jdbc:postgresql://db:5432/shop?user=a@b.c");
    }

    @Test
    void readsHostPortDatabaseAndQueryParameters() {
        String url = "jdbc:postgresql://app:pw@db.example:6432/shop?user=x&password=a%26b";
        assertThat(JdbcUrls.hostAndPort(url)).isEqualTo("db.example:6432");
        assertThat(JdbcUrls.database(url)).isEqualTo("shop");
        assertThat(JdbcUrls.queryParameter(url, "password")).isEqualTo("a&b");
        assertThat(JdbcUrls.queryParameter(url, "missing")).isNull();
        assertThat(JdbcUrls.userInfoPassword(url)).isEqualTo("pw");
        assertThat(JdbcUrls.hostAndPort("jdbc:postgresql:shop")).isNull();
    }

    @Test
    void sourceNeverShowsItsPassword() {
        JdbcSource source = new JdbcSource("jdbc:postgresql://db/shop?password=inurl", "app", "hunter2");
        assertThat(source.toString()).doesNotContain("hunter2").doesNotContain("inurl")
                .isEqualTo("JdbcSource[url=jdbc:postgresql://db/shop?password=****, user=app, password=****]");
        assertThat(source.scrub("FATAL: bad password hunter2 for jdbc:postgresql://db/shop?password=inurl"))
                .isEqualTo("FATAL: bad password **** for jdbc:postgresql://db/shop?password=****");
        assertThat(JdbcSource.of("jdbc:postgresql://db/shop?user=app").effectiveUser()).isEqualTo("app");
        assertThat(JdbcSource.of("jdbc:postgresql://db/shop").password()).isNull();
    }
}
