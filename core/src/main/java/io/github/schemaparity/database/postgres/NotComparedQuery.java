package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.NotCompared;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lists what a capture does not compare: one query over every catalog that holds user objects, naming each
 * object by its kind ({@code pg_class.relkind}, {@code pg_type.typtype}, {@code pg_proc.prokind}, event
 * triggers, rules, extended statistics, publications, collations, text search objects, foreign data
 * wrappers and servers, operators and their classes and families, casts, languages, default privileges,
 * grants), then keeping the kinds the model does not compare.
 *
 * <p>The query lists every kind, compared or not, and {@link #COMPARED} removes the compared ones, so a
 * kind the model learns to compare leaves the ledger by adding its name there; a kind PostgreSQL adds
 * appears as {@code relation of kind x} (or {@code type}, {@code routine}) rather than being missed.
 * Objects that belong to an extension ({@code pg_depend.deptype = 'e'}: they are the extension's, compared
 * as its name and version) and objects made with another one and dropped with it ({@code deptype = 'i'}:
 * a range type's multirange and constructors) are left out. Only catalogs every role may read are used.
 */
final class NotComparedQuery {
    /** The kinds {@link PgCatalogReader} compares, as this query names them. */
    static final Set<String> COMPARED = Set.of("table", "view", "materialized view", "sequence", "enum type",
            "domain", "function", "procedure", "aggregate", "window function", "trigger", "view trigger",
            "event trigger", "extended statistics object", "rule", "collation", "composite type",
            "range type", "table inheritance", "foreign table", "foreign server", "foreign table trigger",
            "publication", "foreign data wrapper");

    /** The kind of a table's or view's grants, compared only with privileges on. */
    static final String TABLE_GRANT = "table grant";
    /** The kind of grants on columns of a table or view, compared only with privileges on. */
    static final String COLUMN_GRANT = "column grant";

    private static final String SQL = """
            WITH objects(kind, nspname, name, classid, objid) AS (
                SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
                            WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table'
                            ELSE 'relation of kind ' || c.relkind::text END,
                       n.nspname, c.relname::text, 'pg_class'::regclass, c.oid
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind NOT IN ('i', 'I', 't', 'c') AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT CASE t.typtype WHEN 'b' THEN 'base type' WHEN 'c' THEN 'composite type' WHEN 'd' THEN 'domain'
                            WHEN 'e' THEN 'enum type' WHEN 'p' THEN 'pseudo-type' WHEN 'r' THEN 'range type'
                            WHEN 'm' THEN 'multirange type' ELSE 'type of kind ' || t.typtype::text END,
                       n.nspname, t.typname::text, 'pg_type'::regclass, t.oid
                FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                WHERE n.nspname = ANY (?::text[])
                  AND (t.typrelid = 0 OR (SELECT r.relkind FROM pg_catalog.pg_class r WHERE r.oid = t.typrelid) = 'c')
                  -- not an array type: an array's element type is its typelem (looked up by oid, not by
                  -- scanning all of pg_type for a typarray, which has no index)
                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.oid = t.typelem AND e.typarray = t.oid)
                UNION ALL
                SELECT CASE p.prokind WHEN 'f' THEN 'function' WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate'
                            WHEN 'w' THEN 'window function' ELSE 'routine of kind ' || p.prokind::text END,
                       n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
                       'pg_proc'::regclass, p.oid
                FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT CASE c.relkind WHEN 'v' THEN 'view trigger' WHEN 'f' THEN 'foreign table trigger' ELSE 'trigger' END,
                       n.nspname, c.relname || '.' || g.tgname, 'pg_trigger'::regclass, g.oid
                FROM pg_catalog.pg_trigger g JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT g.tgisinternal AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'table inheritance', n.nspname, c.relname::text, 'pg_class'::regclass, c.oid
                FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT c.relispartition AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'rule', n.nspname, c.relname || '.' || r.rulename, 'pg_rewrite'::regclass, r.oid
                FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE r.rulename <> '_RETURN' AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'extended statistics object', n.nspname, s.stxname::text, 'pg_statistic_ext'::regclass, s.oid
                FROM pg_catalog.pg_statistic_ext s JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'collation', n.nspname, o.collname::text, 'pg_collation'::regclass, o.oid
                FROM pg_catalog.pg_collation o JOIN pg_catalog.pg_namespace n ON n.oid = o.collnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'conversion', n.nspname, o.conname::text, 'pg_conversion'::regclass, o.oid
                FROM pg_catalog.pg_conversion o JOIN pg_catalog.pg_namespace n ON n.oid = o.connamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'operator', n.nspname,
                       o.oprname || '(' || COALESCE(pg_catalog.format_type(NULLIF(o.oprleft, 0), NULL), 'NONE') || ', '
                           || COALESCE(pg_catalog.format_type(NULLIF(o.oprright, 0), NULL), 'NONE') || ')',
                       'pg_operator'::regclass, o.oid
                FROM pg_catalog.pg_operator o JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'operator class', n.nspname, o.opcname || ' USING ' || a.amname, 'pg_opclass'::regclass, o.oid
                FROM pg_catalog.pg_opclass o JOIN pg_catalog.pg_namespace n ON n.oid = o.opcnamespace
                JOIN pg_catalog.pg_am a ON a.oid = o.opcmethod
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'operator family', n.nspname, f.opfname || ' USING ' || a.amname, 'pg_opfamily'::regclass, f.oid
                FROM pg_catalog.pg_opfamily f JOIN pg_catalog.pg_namespace n ON n.oid = f.opfnamespace
                JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
                WHERE n.nspname = ANY (?::text[])
                  -- an operator class given no family gets one of its own name: that family is the class's
                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_opclass c WHERE c.opcfamily = f.oid AND c.opcname = f.opfname
                                  AND c.opcnamespace = f.opfnamespace)
                UNION ALL
                SELECT 'text search configuration', n.nspname, o.cfgname::text, 'pg_ts_config'::regclass, o.oid
                FROM pg_catalog.pg_ts_config o JOIN pg_catalog.pg_namespace n ON n.oid = o.cfgnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'text search dictionary', n.nspname, o.dictname::text, 'pg_ts_dict'::regclass, o.oid
                FROM pg_catalog.pg_ts_dict o JOIN pg_catalog.pg_namespace n ON n.oid = o.dictnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'text search parser', n.nspname, o.prsname::text, 'pg_ts_parser'::regclass, o.oid
                FROM pg_catalog.pg_ts_parser o JOIN pg_catalog.pg_namespace n ON n.oid = o.prsnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'text search template', n.nspname, o.tmplname::text, 'pg_ts_template'::regclass, o.oid
                FROM pg_catalog.pg_ts_template o JOIN pg_catalog.pg_namespace n ON n.oid = o.tmplnamespace
                WHERE n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'event trigger', NULL, o.evtname::text, 'pg_event_trigger'::regclass, o.oid
                FROM pg_catalog.pg_event_trigger o
                UNION ALL
                SELECT 'publication', NULL, o.pubname::text, 'pg_publication'::regclass, o.oid FROM pg_catalog.pg_publication o
                UNION ALL
                SELECT 'foreign data wrapper', NULL, o.fdwname::text, 'pg_foreign_data_wrapper'::regclass, o.oid
                FROM pg_catalog.pg_foreign_data_wrapper o
                UNION ALL
                SELECT 'foreign server', NULL, o.srvname::text, 'pg_foreign_server'::regclass, o.oid
                FROM pg_catalog.pg_foreign_server o
                UNION ALL
                SELECT 'cast', NULL, pg_catalog.format_type(o.castsource, NULL) || ' AS ' || pg_catalog.format_type(o.casttarget, NULL),
                       'pg_cast'::regclass, o.oid
                FROM pg_catalog.pg_cast o WHERE o.oid >= 16384
                UNION ALL
                SELECT 'language', NULL, o.lanname::text, 'pg_language'::regclass, o.oid
                FROM pg_catalog.pg_language o WHERE o.oid >= 16384
                UNION ALL
                SELECT 'default privileges', NULL,
                       pg_catalog.pg_get_userbyid(o.defaclrole) || COALESCE(' in ' || n.nspname, '') || ' on '
                           || CASE o.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                                   WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' ELSE o.defaclobjtype::text END,
                       'pg_default_acl'::regclass, o.oid
                FROM pg_catalog.pg_default_acl o LEFT JOIN pg_catalog.pg_namespace n ON n.oid = o.defaclnamespace
                UNION ALL
                SELECT CASE WHEN c.relkind = 'S' THEN 'sequence grant' ELSE 'table grant' END, n.nspname, c.relname::text,
                       'pg_class'::regclass, c.oid
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relacl IS NOT NULL AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                  AND c.relacl <> pg_catalog.acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner)
                  AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'routine grant', n.nspname, p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')',
                       'pg_proc'::regclass, p.oid
                FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                WHERE p.proacl IS NOT NULL AND p.proacl <> pg_catalog.acldefault('f', p.proowner)
                  AND n.nspname = ANY (?::text[])
                UNION ALL
                SELECT 'schema grant', NULL, n.nspname::text, 'pg_namespace'::regclass, n.oid
                FROM pg_catalog.pg_namespace n
                WHERE n.nspacl IS NOT NULL AND n.nspacl <> pg_catalog.acldefault('n', n.nspowner)
                  AND n.nspname = ANY (?::text[])
                  -- what initdb grants on public (PostgreSQL 15 and later, and before) is no one's choice
                  AND NOT (n.nspname = 'public' AND n.nspacl::text[] IN (
                          ARRAY[pg_catalog.pg_get_userbyid(n.nspowner) || '=UC/' || pg_catalog.pg_get_userbyid(n.nspowner),
                                '=U/' || pg_catalog.pg_get_userbyid(n.nspowner)],
                          ARRAY[pg_catalog.pg_get_userbyid(n.nspowner) || '=UC/' || pg_catalog.pg_get_userbyid(n.nspowner),
                                '=UC/' || pg_catalog.pg_get_userbyid(n.nspowner)]))
                UNION ALL
                SELECT DISTINCT 'column grant', n.nspname, c.relname::text, 'pg_class'::regclass, c.oid
                FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
                  AND n.nspname = ANY (?::text[])
            )
            SELECT o.kind, o.nspname, o.name FROM objects o
            WHERE o.kind <> ALL (?::text[])
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e
                              WHERE e.classid = o.classid AND e.objid = o.objid AND e.deptype = 'e')
              -- made with another object and dropped with it (a range's multirange, a range's constructors)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend i
                              WHERE i.classid = o.classid AND i.objid = o.objid AND i.deptype = 'i')
            ORDER BY 1, 2, 3
            """;

    /**
     * How many times {@link #SQL} binds the schema names: once per branch, as {@code nspname = ANY (?)}. A
     * shared {@code WITH wanted AS (SELECT unnest(?))} would be estimated at 10 rows whatever the array holds;
     * at 1,000 tenant schemas the planner then looped over the namespaces, each loop a full scan of
     * {@code pg_type}'s name index (35 s of a 100 s capture of 50,000 tables). The array itself is estimated
     * by its length.
     */
    private static final int SCHEMA_PARAMETERS = SQL.split("nspname = ANY \\(\\?::text\\[]\\)", -1).length - 1;

    private NotComparedQuery() {
    }

    /**
     * The objects of {@code schemas} (and the database-wide ones) the model does not compare.
     *
     * @param privileges whether privileges are captured: else table grants are listed too
     */
    static List<NotCompared> load(Connection connection, Array schemas, boolean privileges) throws SQLException {
        return load(connection, schemas, privileges, Set.of());
    }

    /**
     * As {@link #load(Connection, Array, boolean)}, also listing {@code uncaptured}: kinds of {@link #COMPARED}
     * that the calling reader does not capture.
     */
    static List<NotCompared> load(Connection connection, Array schemas, boolean privileges, Set<String> uncaptured)
            throws SQLException {
        Set<String> compared = new TreeSet<>(COMPARED);
        if (privileges) {
            compared.add(TABLE_GRANT);
            compared.add(COLUMN_GRANT);
        }
        compared.removeAll(uncaptured);
        List<NotCompared> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            for (int i = 1; i <= SCHEMA_PARAMETERS; i++) {
                statement.setArray(i, schemas);
            }
            statement.setArray(SCHEMA_PARAMETERS + 1, connection.createArrayOf("text", compared.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String kind = rows.getString(1);
                    String schema = rows.getString(2);
                    String name = rows.getString(3);
                    String why = uncaptured.contains(kind) ? "not captured by this reader" : reason(kind);
                    found.add(new NotCompared(kind, schema == null ? name : schema + "." + name, why));
                }
            }
        }
        return found;
    }

    private static String reason(String kind) {
        if (kind.equals(TABLE_GRANT) || kind.equals(COLUMN_GRANT)) {
            return "privileges are compared only with privileges on";
        }
        return NotCompared.UNSUPPORTED;
    }
}
