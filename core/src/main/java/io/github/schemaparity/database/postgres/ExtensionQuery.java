package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Extension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the installed extensions (database-wide, whatever schemas are captured). {@code plpgsql} is
 * left out: every database has it from the template, so it only adds noise.
 */
final class ExtensionQuery {
    private static final String SQL = """
            SELECT e.extname, e.extversion, n.nspname
            FROM pg_extension e
            JOIN pg_namespace n ON n.oid = e.extnamespace
            WHERE e.extname <> 'plpgsql'
            """;

    private ExtensionQuery() {
    }

    static List<Extension> load(Connection connection) throws SQLException {
        List<Extension> extensions = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SQL, null, row -> extensions.add(
                new Extension(row.getString("extname"), row.getString("extversion"), row.getString("nspname"))));
        return extensions;
    }
}
