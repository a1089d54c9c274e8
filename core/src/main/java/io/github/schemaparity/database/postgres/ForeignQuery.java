package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.ForeignDataWrapper;
import io.github.schemaparity.model.ForeignServer;
import io.github.schemaparity.model.NotCompared;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the foreign data wrappers and servers (database-wide; those an extension created are the
 * extension's and left out) and, for the captured foreign tables, their server and options.
 * A foreign table is a {@link Relation} of kind {@code f} with table options {@code server} (the server's
 * name), {@code foreign.<option>} (its {@code OPTIONS}, e.g. {@code foreign.table_name}) and
 * {@code foreign.column.<column>.<option>} (a column's {@code OPTIONS}, e.g. {@code column_name}).
 *
 * <p>User mappings are never read beyond their server and role names (their options hold passwords, and
 * {@code pg_user_mappings} shows them only to privileged roles anyway): they are listed as not compared. An
 * option whose name suggests a secret ({@link ForeignServer#secretOption}) is not read either: it is
 * listed as not compared, by name.
 */
final class ForeignQuery {
    private static final String SERVERS = """
            SELECT s.srvname, w.fdwname, s.srvtype, s.srvversion, s.srvoptions, d.description
            FROM pg_foreign_server s
            JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
            LEFT JOIN pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_foreign_server'::regclass
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = s.oid AND e.deptype = 'e')
            """;

    private static final String WRAPPERS = """
            SELECT w.fdwname, w.fdwoptions, d.description,
                   CASE WHEN w.fdwhandler = 0 THEN NULL
                        ELSE pg_catalog.quote_ident(hn.nspname) || '.' || pg_catalog.quote_ident(h.proname) END AS handler,
                   CASE WHEN w.fdwvalidator = 0 THEN NULL
                        ELSE pg_catalog.quote_ident(vn.nspname) || '.' || pg_catalog.quote_ident(v.proname) END AS validator
            FROM pg_catalog.pg_foreign_data_wrapper w
            LEFT JOIN pg_catalog.pg_proc h ON h.oid = w.fdwhandler
            LEFT JOIN pg_catalog.pg_namespace hn ON hn.oid = h.pronamespace
            LEFT JOIN pg_catalog.pg_proc v ON v.oid = w.fdwvalidator
            LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.pronamespace
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = w.oid
                 AND d.classoid = 'pg_catalog.pg_foreign_data_wrapper'::regclass
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                              WHERE e.classid = 'pg_catalog.pg_foreign_data_wrapper'::regclass AND e.objid = w.oid
                                AND e.deptype = 'e')
            """;

    /** Only server and role: never {@code umoptions}. */
    private static final String USER_MAPPINGS = """
            SELECT m.srvname, m.usename FROM pg_user_mappings m
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_foreign_server'::regclass AND e.objid = m.srvid AND e.deptype = 'e')
            """;

    private static final String TABLES = """
            SELECT f.ftrelid, s.srvname, f.ftoptions
            FROM pg_foreign_table f
            JOIN pg_class c ON c.oid = f.ftrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_foreign_server s ON s.oid = f.ftserver
            WHERE n.nspname = ANY (?)
            """;

    private static final String COLUMNS = """
            SELECT a.attrelid, a.attname, a.attfdwoptions
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'f' AND a.attnum > 0 AND NOT a.attisdropped AND a.attfdwoptions IS NOT NULL
              AND n.nspname = ANY (?)
            """;

    /** The kinds of the ledger entries this query adds. */
    static final String USER_MAPPING = "user mapping";
    static final String SECRET_OPTION = "foreign option";

    /**
     * The servers, and what was left out of them.
     *
     * @param servers     the foreign servers, extension members excluded
     * @param notCompared user mappings and options left out as secrets
     */
    record Servers(List<ForeignServer> servers, List<NotCompared> notCompared) {
    }

    private ForeignQuery() {
    }

    static Servers servers(Connection connection) throws SQLException {
        List<ForeignServer> servers = new ArrayList<>();
        List<NotCompared> notCompared = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SERVERS, null, row -> {
            String name = row.getString("srvname");
            servers.add(new ForeignServer(name, row.getString("fdwname"), row.getString("srvtype"),
                    row.getString("srvversion"), options(CatalogQuery.strings(row, "srvoptions"), "server " + name,
                            notCompared), row.getString("description")));
        });
        CatalogQuery.forEachRow(connection, USER_MAPPINGS, null, row -> notCompared.add(new NotCompared(USER_MAPPING,
                row.getString("srvname") + ":" + row.getString("usename"),
                "user mappings hold credentials: SchemaParity never reads their options")));
        return new Servers(servers, notCompared);
    }

    /** The foreign data wrappers not owned by an extension; options left out as secrets go to {@code notCompared}. */
    static List<ForeignDataWrapper> wrappers(Connection connection, List<NotCompared> notCompared)
            throws SQLException {
        List<ForeignDataWrapper> wrappers = new ArrayList<>();
        CatalogQuery.forEachRow(connection, WRAPPERS, null, row -> {
            String name = row.getString("fdwname");
            wrappers.add(new ForeignDataWrapper(name, row.getString("handler"), row.getString("validator"),
                    options(CatalogQuery.strings(row, "fdwoptions"), "foreign data wrapper " + name, notCompared),
                    row.getString("description")));
        });
        return wrappers;
    }

    /** Adds server and options to the foreign tables among {@code relations}; secrets go to {@code notCompared}. */
    static void tables(Connection connection, Array schemas, Map<Long, Relation> relations,
            List<NotCompared> notCompared) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, TABLES, schemas, relations, "ftrelid", (relation, row) -> {
            relation.options.put("server", row.getString("srvname"));
            options(CatalogQuery.strings(row, "ftoptions"), relation.schema + "." + relation.name, notCompared)
                    .forEach((key, value) -> relation.options.put("foreign." + key, value));
        });
        CatalogQuery.forEachRelationRow(connection, COLUMNS, schemas, relations, "attrelid", (relation, row) -> {
            String column = row.getString("attname");
            options(CatalogQuery.strings(row, "attfdwoptions"), relation.schema + "." + relation.name + "." + column,
                    notCompared).forEach((key, value) -> relation.options.put("foreign.column." + column + "." + key,
                    value));
        });
    }

    /** {@code name=value} options as a map, without the secret ones, which are listed by name. */
    private static TreeMap<String, String> options(List<String> raw, String owner, List<NotCompared> notCompared) {
        TreeMap<String, String> options = new TreeMap<>();
        for (String option : raw) {
            int equals = option.indexOf('=');
            String key = equals < 0 ? option : option.substring(0, equals);
            if (ForeignServer.secretOption(key)) {
                notCompared.add(new NotCompared(SECRET_OPTION, owner + ":" + key,
                        "its name suggests a secret: SchemaParity does not read its value"));
            } else {
                options.put(key, equals < 0 ? "" : option.substring(equals + 1));
            }
        }
        return options;
    }
}
