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
        assertThat(JdbcUrls.mask("jdbc:sqlserver://h;user=u;PWD=s3cret")).isEqualTo("jdbc:sqlserver://h;user=u;PWD=****");
    }

    @Test
    void masksPasswordsThatADriverMessageEchoesOutsideAUrl() {
        assertThat(JdbcUrls.mask("Access denied for user=app password=hunter2 on db"))
                .isEqualTo("Access denied for user=app password=**** on db");
        assertThat(JdbcUrls.mask("password=hunter2")).isEqualTo("password=****");
        assertThat(JdbcUrls.mask("db_password=hunter2 and keystorePassword=k3y"))
                .isEqualTo("db_password=**** and keystorePassword=****");
        assertThat(JdbcUrls.mask("DOCKER_HOST=tcp://ci:s3cret@docker:2376"))
                .isEqualTo("DOCKER_HOST=tcp://ci:****@docker:2376");
    }

    @Test
    void swapsTheDatabaseKeepingHostsAndParameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db:5432/postgres?sslmode=require&user=u", "sp_x"))
                .isEqualTo("jdbc:postgresql://db:5432/sp_x?sslmode=require&user=u");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://h1:5432,h2:5433/app", "sp_x"))
                .isEqualTo("jdbc:postgresql://h1:5432,h2:5433/sp_x");
        assertThat(JdbcUrls.withDatabase("jdbc:mariadb://db:3306", "sp_x")).isEqualTo("jdbc:mariadb://db:3306/sp_x");
        assertThat(JdbcUrls.withDatabase("jdbc:mysql://db/?useSSL=false", "sp_x")).isEqualTo("jdbc:mysql://db/sp_x?useSSL=false");
        assertThat(JdbcUrls.withDatabase("jdbc:mysql:replication://a,b/app", "sp_x")).isEqualTo("jdbc:mysql:replication://a,b/sp_x");
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql:app?user=u", "sp_x")).isEqualTo("jdbc:postgresql:sp_x?user=u");
    }

    @Test
    void aUrlWithNoDatabaseToSwapFailsWithoutShowingThePassword() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:oracle:thin:@h:1521:x?password=secret", "d"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Cannot read host and database from JDBC URL jdbc:oracle:thin:@h:1521:x?password=****:"
                        + " use the form jdbc:<engine>://host:port/database");
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

    @Test
    void mySqlAndMariaDbUrlFormsAreReadAndMasked() {
        assertThat(JdbcUrls.engineOf("jdbc:mysql+srv://cluster.example/shop")).isEqualTo(Engine.MYSQL);
        assertThat(JdbcUrls.engineOf("jdbc:mysql:loadbalance://a,b/shop")).isEqualTo(Engine.MYSQL);
        assertThat(JdbcUrls.engineOf("jdbc:mariadb:replication://a,b/shop")).isEqualTo(Engine.MARIADB);
        assertThat(JdbcUrls.database("jdbc:mariadb:replication://a:3306,b:3306/shop?user=x")).isEqualTo("shop");
        assertThat(JdbcUrls.database("jdbc:mysql+srv://cluster.example/shop")).isEqualTo("shop");
        assertThat(JdbcUrls.database("jdbc:mysql://app:s3cret@db:3306/shop")).isEqualTo("shop");
        assertThat(JdbcUrls.hostAndPort("jdbc:mysql:replication://a:3306,b:3306/shop")).isEqualTo("a:3306,b:3306");

        assertThat(JdbcUrls.mask("jdbc:mysql://db/shop?user=app&password=hunter2&useSSL=false"))
                .isEqualTo("jdbc:mysql://db/shop?user=app&password=****&useSSL=false");
        assertThat(JdbcUrls.mask("jdbc:mariadb://db/shop?user=app&password=hunter2"))
                .isEqualTo("jdbc:mariadb://db/shop?user=app&password=****");
        assertThat(JdbcUrls.mask("jdbc:mysql://app:p@ss:w0rd@db:3306/shop"))
                .as("the password ends at the last @ of the authority").isEqualTo("jdbc:mysql://app:****@db:3306/shop");
        assertThat(JdbcUrls.mask("jdbc:mysql://db/shop?user=app&password1=a1&password2=b2&password3=c3"))
                .isEqualTo("jdbc:mysql://db/shop?user=app&password1=****&password2=****&password3=****");
        assertThat(JdbcUrls.mask("jdbc:mysql://(host=db,port=3306,user=app,password=hunter2)/shop"))
                .isEqualTo("jdbc:mysql://(host=db,port=3306,user=app,password=****)/shop");
        assertThat(JdbcUrls.mask("jdbc:mysql://address=(host=db)(port=3306)(password=hunter2)(user=app)/shop"))
                .isEqualTo("jdbc:mysql://address=(host=db)(port=3306)(password=****)(user=app)/shop");
        assertThat(JdbcUrls.mask("jdbc:mysql://db/shop?trustCertificateKeyStorePassword=ks&sslpassword=x"))
                .isEqualTo("jdbc:mysql://db/shop?trustCertificateKeyStorePassword=****&sslpassword=****");
        assertThat(JdbcUrls.withDatabase("jdbc:mysql+srv://cluster.example/app?x=1", "sp_x"))
                .isEqualTo("jdbc:mysql+srv://cluster.example/sp_x?x=1");
    }
}
