package io.github.schemaparity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schemaparity.SchemaParityException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void jdbcPrefixMeansUrl() {
        Source source = Source.parse(" jdbc:postgresql://db:5432/shop?user=app&password=hunter2 ");
        assertThat(source).isInstanceOf(Source.Jdbc.class);
        assertThat(source.kind()).isEqualTo("jdbc");
        assertThat(((Source.Jdbc) source).jdbc().url()).isEqualTo("jdbc:postgresql://db:5432/shop?user=app&password=hunter2");
        assertThat(source.describe()).isEqualTo("jdbc:postgresql://db:5432/shop?user=app&password=****");
        assertThat(source.toString()).doesNotContain("hunter2");
    }

    @Test
    void migrationsCandidateIsReportedAsSuch() {
        Source source = Source.migrations(io.github.schemaparity.jdbc.JdbcSource.of("jdbc:postgresql://ci/shop"));
        assertThat(source.kind()).isEqualTo("migrations");
        assertThat(Source.jdbc("jdbc:postgresql://ci/shop", "u", "p").kind()).isEqualTo("jdbc");
    }

    @Test
    void anythingElseIsASnapshotPath() {
        Source source = Source.parse("src/test/resources/schemaparity/snapshot.json");
        assertThat(source).isEqualTo(new Source.Snapshot(Path.of("src/test/resources/schemaparity/snapshot.json")));
        assertThat(source.kind()).isEqualTo("snapshot");
    }

    @Test
    void rejectsEmptyAndBadUrls() {
        assertThatThrownBy(() -> Source.parse("  ")).isInstanceOf(SchemaParityException.class)
                .hasMessage("No database given: pass a JDBC URL (e.g. jdbc:postgresql://host:5432/db) or a snapshot file path");
        assertThatThrownBy(() -> Source.parse("postgres://localhost/app?user=a&password=secret"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessage("Not a JDBC URL: 'postgres://localhost/app?user=a&password=****'; "
                        + "expected e.g. jdbc:postgresql://host:5432/db (or a snapshot file path)");
        assertThatThrownBy(() -> Source.parse("jdbc:sqlserver://db;password=x"))
                .isInstanceOf(SchemaParityException.class)
                .hasMessageStartingWith("Unsupported database 'sqlserver' in jdbc:sqlserver://db;password=****");
    }

    @Test
    void mySqlAndMariaDbUrlsAreSources() {
        Source mysql = Source.parse("jdbc:mysql://app:hunter2@db:3306/shop");
        Source mariadb = Source.parse("jdbc:mariadb://db:3306/shop?user=app&password=hunter2");
        assertThat(((Source.Jdbc) mysql).jdbc().engine()).isEqualTo(io.github.schemaparity.model.Engine.MYSQL);
        assertThat(((Source.Jdbc) mariadb).jdbc().engine()).isEqualTo(io.github.schemaparity.model.Engine.MARIADB);
        assertThat(mysql.describe()).isEqualTo("jdbc:mysql://app:****@db:3306/shop");
        assertThat(mariadb.describe()).isEqualTo("jdbc:mariadb://db:3306/shop?user=app&password=****");
        assertThat(mysql + " " + mariadb).doesNotContain("hunter2");
        assertThatThrownBy(() -> Source.parse("mysql://app:hunter2@db/shop"))
                .hasMessage("Not a JDBC URL: 'mysql://app:****@db/shop'; expected e.g. jdbc:postgresql://host:5432/db"
                        + " (or a snapshot file path)");
    }
}
