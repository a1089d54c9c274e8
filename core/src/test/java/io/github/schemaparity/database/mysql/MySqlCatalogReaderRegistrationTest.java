package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.engine.CatalogReaders;
import io.github.schemaparity.model.Engine;
import org.junit.jupiter.api.Test;

/** The engine picks this reader for both servers. */
class MySqlCatalogReaderRegistrationTest {

    @Test
    void mysqlAndMariadbAreCapturedByTheMySqlReader() {
        assertThat(CatalogReaders.forEngine(Engine.MYSQL)).isInstanceOf(MySqlCatalogReader.class);
        assertThat(CatalogReaders.forEngine(Engine.MARIADB)).isInstanceOf(MySqlCatalogReader.class);
    }
}
