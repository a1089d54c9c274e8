package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Collation;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the user-defined collations of every captured schema in one query ({@code pg_collation}), an
 * extension's left out. The ICU locale moved between versions ({@code collcollate} before PostgreSQL 15,
 * {@code colliculocale} in 15 and 16, {@code colllocale} from 17), so it is read from where the server keeps
 * it and reported the same way on every version: a libc collation by {@code LC_COLLATE}/{@code LC_CTYPE}, an
 * ICU or builtin one by its locale. The collation's version ({@code collversion}) is the server's library's,
 * not the schema's: not compared.
 */
final class CollationQuery {
    private static final String SQL = """
            SELECT n.nspname, o.collname, o.collprovider::text AS provider, o.collcollate, o.collctype,
                   %s AS locale, %s AS rules, o.collisdeterministic
            FROM pg_catalog.pg_collation o
            JOIN pg_catalog.pg_namespace n ON n.oid = o.collnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_collation'::regclass
                              AND d.objid = o.oid AND d.deptype = 'e')
            """;

    private CollationQuery() {
    }

    /** The collations by schema name. */
    static Map<String, List<Collation>> load(Connection connection, Array schemas, int versionNumber)
            throws SQLException {
        String locale = versionNumber >= 170000 ? "o.colllocale"
                : versionNumber >= 150000 ? "o.colliculocale" : "NULL::text";
        String rules = versionNumber >= 160000 ? "o.collicurules" : "NULL::text";
        Map<String, List<Collation>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL.formatted(locale, rules), schemas, row -> {
            String provider = switch (row.getString("provider")) {
                case "c" -> "libc";
                case "i" -> "icu";
                case "b" -> "builtin";
                default -> "default";
            };
            boolean libc = provider.equals("libc");
            String ownLocale = row.getString("locale");
            bySchema.computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>()).add(new Collation(
                    row.getString("collname"), provider, libc ? row.getString("collcollate") : null,
                    libc ? row.getString("collctype") : null,
                    libc ? null : ownLocale != null ? ownLocale : row.getString("collcollate"),
                    row.getString("rules"), row.getBoolean("collisdeterministic")));
        });
        return bySchema;
    }
}
