package io.github.schemaparity.capture;

import io.github.schemaparity.model.Catalog;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a database's catalog into the normalised {@link Catalog} model.
 *
 * <p>Implementations only read: they issue catalog queries and nothing else, so that they can run
 * over a read-only session on a production replica. The connection is owned by the caller.
 */
public interface CatalogReader {

    /**
     * Captures the catalog visible through {@code connection}.
     *
     * @param connection an open connection, already made read-only by the caller
     * @param options    what to capture
     * @return the normalised catalog
     * @throws SQLException when a catalog query fails
     */
    Catalog read(Connection connection, CaptureOptions options) throws SQLException;
}
