package io.github.schemaparity.engine;

import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.capture.mysql.MySqlCatalogReader;
import io.github.schemaparity.capture.postgres.PgCatalogReader;
import io.github.schemaparity.model.Engine;

/** The {@link CatalogReader} of each engine. */
public final class CatalogReaders {

    private CatalogReaders() {
    }

    /** The reader for an engine: set-based catalog queries on each (see the readers' Javadoc). */
    public static CatalogReader forEngine(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> new PgCatalogReader();
            case MYSQL, MARIADB -> new MySqlCatalogReader();
        };
    }
}
