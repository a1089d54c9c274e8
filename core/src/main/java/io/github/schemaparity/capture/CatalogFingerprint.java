package io.github.schemaparity.capture;

import io.github.schemaparity.jdbc.SessionDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A cheap summary of a database's catalog that changes whenever DDL commits: equal summaries before
 * and after a capture mean that no DDL committed while it ran.
 *
 * <p>Why it is needed although a capture runs in one snapshot: PostgreSQL's deparsing functions
 * ({@code pg_get_viewdef}, {@code pg_get_indexdef}, ...) read the system caches, which show the newest
 * committed catalog, not the transaction's snapshot; and MariaDB's {@code information_schema} is not
 * transactional at all.
 *
 * <p>On PostgreSQL: the row count and the sum of {@code xmin} of the catalogs a capture reads (DDL
 * inserts, updates or deletes rows there; VACUUM and ANALYZE update {@code pg_class} in place, which
 * leaves {@code xmin} alone; other sessions' temporary tables are left out). On MySQL/MariaDB: the count and a CRC sum of the
 * {@code information_schema} rows a capture reads. Catalog tables only: no lock on a user table.
 */
final class CatalogFingerprint {
    private CatalogFingerprint() {
    }

    /** The fingerprint as the connection's current transaction sees the catalog (the engine's query). */
    static String of(Connection connection, SessionDialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(dialect.catalogFingerprintQuery())) {
            row.next();
            return row.getString(1);
        }
    }
}
