package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.database.postgres.PgCatalogQueries;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * What SchemaCrawler's catalog has no object for on PostgreSQL, read with {@code PgCatalogReader}'s own
 * queries ({@link PgCatalogQueries}): schema comments, enum types and domains (SchemaCrawler lists enum
 * labels only for types some column uses, and domains not at all), aggregates (pgjdbc's function
 * metadata, which SchemaCrawler crawls, leaves them out), installed extensions and row-level security
 * policies; composite and range types.
 *
 * @param types      enum types and domains by schema
 * @param aggregates aggregate functions by schema
 * @param extensions installed extensions but {@code plpgsql}
 * @param policies   row-level security policies by schema, then by table name
 * @param userTypes  composite and range types by schema
 */
record PgObjectsOutsideCrawler(PgCatalogQueries.Types types, Map<String, List<Routine>> aggregates,
        List<Extension> extensions, Map<String, Map<String, List<RowPolicy>>> policies,
        PgCatalogQueries.UserTypes userTypes) {

    /**
     * Reads all of it for {@code schemas}.
     *
     * @param serverVersion {@code server_version_num}
     */
    static PgObjectsOutsideCrawler read(Connection connection, List<String> schemas, int serverVersion)
            throws SQLException {
        return new PgObjectsOutsideCrawler(PgCatalogQueries.types(connection, schemas),
                PgCatalogQueries.aggregates(connection, schemas, serverVersion), PgCatalogQueries.extensions(connection),
                PgCatalogQueries.policies(connection, schemas),
                PgCatalogQueries.userTypes(connection, schemas, serverVersion));
    }
}
