package io.github.schemaparity.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.model.Engine;
import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void swapsTheDatabaseKeepingHostAndParameters() {
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
    void unknownShapesFailWithoutShowingThePassword() {
        assertThatThrownBy(() -> JdbcUrls.withDatabase("jdbc:oracle:thin:@h:1521:x?password=secret", "d"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageNotContaining("secret")
                .hasMessageContaining("jdbc:<engine>://host:port/database");
    }

    @Test
    void masksPasswordsInParametersAndUserInfo() {
        assertThat(JdbcUrls.mask("jdbc:postgresql://h/db?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
        assertThat(JdbcUrls.mask("jdbc:mysql://u:s3cret@h:3306/db")).isEqualTo("jdbc:mysql://u:****@h:3306/db");
        assertThat(JdbcUrls.mask("jdbc:sqlserver://h;user=u;PWD=s3cret")).isEqualTo("jdbc:sqlserver://h;user=u;PWD=****");
    }

    @Test
    void readsTheEngineFromTheScheme() {
        assertThat(JdbcUrls.engineOf("jdbc:postgresql://h/db")).isEqualTo(Engine.POSTGRESQL);
        assertThat(JdbcUrls.engineOf("JDBC:MariaDB://h/db")).isEqualTo(Engine.MARIADB);
        assertThat(JdbcUrls.engineOf("jdbc:mysql://h/db")).isEqualTo(Engine.MYSQL);
        assertThat(JdbcUrls.engineOf("jdbc:h2:mem:x")).isNull();
    }

    @Test
    void existingServerToStringNeverShowsThePassword() {
        ExistingServer server = new ExistingServer("jdbc:postgresql://h/db?password=inurl", "admin", "s3cret");
        assertThat(server.toString()).doesNotContain("s3cret").doesNotContain("inurl").contains("admin");
    }
}
