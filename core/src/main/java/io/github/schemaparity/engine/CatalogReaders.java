package io.github.schemaparity.engine;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.capture.CatalogReader;
import io.github.schemaparity.capture.postgres.PgCatalogReader;
import io.github.schemaparity.model.Engine;

/** The {@link CatalogReader} of each engine. */
public final class CatalogReaders {

    private CatalogReaders() {
    }

    /**
     * The reader for an engine.
     *
     * @throws SchemaParityException when SchemaParity cannot capture that engine yet
     */
    public static CatalogReader forEngine(Engine engine) {
        if (engine == Engine.POSTGRESQL) {
            return new PgCatalogReader();
        }
        if (engine == Engine.MYSQL || engine == Engine.MARIADB) { return new io.github.schemaparity.capture.mysql.MySqlCatalogReader(); }
        throw new SchemaParityException("Capturing " + engine.id() + " databases is not supported yet:"
                + " this version of SchemaParity captures PostgreSQL only");
    }
}
