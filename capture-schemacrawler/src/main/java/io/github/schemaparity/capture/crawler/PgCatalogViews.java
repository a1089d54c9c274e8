package io.github.schemaparity.capture.crawler;

import io.github.schemaparity.database.postgres.PgCatalogQueries;
import java.util.EnumMap;
import java.util.Map;
import schemacrawler.schemacrawler.InformationSchemaKey;

/**
 * The SQL that replaces the PostgreSQL plugin's information-schema queries, one per
 * {@link InformationSchemaKey}. SchemaCrawler runs each once per crawl and matches its rows to the
 * objects it read from JDBC metadata; columns beyond those SchemaCrawler reads itself become the
 * object's attributes (upper-cased labels), which is how values SchemaCrawler has no field for reach
 * the model.
 *
 * <p>Why replace them: the plugin reads {@code information_schema}, which shows a role only the
 * objects it owns or holds privileges on beyond SELECT, so a read-only role on a replica gets no
 * check or unique constraints, triggers, sequences, view definitions or routine bodies. It also
 * hard-codes unique constraints as not deferrable, reports every NOT NULL column as a check
 * constraint, gives no definition for materialized views, and joins index definitions on the index
 * name alone. {@code pg_catalog} is readable by every role and has none of these gaps.
 *
 * <p>Every query skips the system schemas only; SchemaCrawler drops rows of objects outside the
 * schemas it was asked for, since it matches each row to an object it already holds.
 */
final class PgCatalogViews {
    /** Attribute labels the assembler reads back (SchemaCrawler upper-cases them). */
    static final String FORMATTED_TYPE = "FORMATTED_TYPE";
    static final String IDENTITY = "IDENTITY_KIND";
    static final String COLUMN_NOT_NULL = "COLUMN_NOT_NULL";
    static final String GENERATED = "GENERATED_KIND";
    static final String COLLATION = "COLLATION_NAME";
    static final String PERSISTENCE = "RELPERSISTENCE";
    static final String ROW_SECURITY = "ROW_SECURITY";
    static final String FORCE_ROW_SECURITY = "FORCE_ROW_SECURITY";
    static final String RELOPTIONS = "RELOPTIONS";
    static final String PARTITION_KEY = "PARTITION_KEY";
    static final String PARTITION_OF = "PARTITION_OF";
    static final String PARTITION_BOUND = "PARTITION_BOUND";
    static final String CONSTRAINT_DEFINITION = "CONSTRAINT_DEFINITION";
    static final String CONSTRAINT_VALIDATED = "CONSTRAINT_VALIDATED";
    static final String CONSTRAINT_MATCH = "CONSTRAINT_MATCH";
    static final String NULLS_NOT_DISTINCT = "NULLS_NOT_DISTINCT";
    static final String INDEX_METHOD = "INDEX_METHOD";
    static final String INDEX_KEY_COUNT = "INDEX_KEY_COUNT";
    static final String INDEX_PREDICATE = "INDEX_PREDICATE";
    static final String INDEX_BACKS_CONSTRAINT = "INDEX_BACKS_CONSTRAINT";
    static final String INDEX_PARTS = "INDEX_PARTS";
    static final String INDEX_COLUMNS = "INDEX_COLUMNS";
    static final String INDEX_EXCLUSION = "INDEX_EXCLUSION";
    static final String INDEX_VALID = "INDEX_VALID";
    static final String CONSTRAINT_COLUMNS = "CONSTRAINT_COLUMNS";
    static final String EXTENSION_MEMBER = "EXTENSION_MEMBER";
    static final String OWNER = "OWNER_NAME";
    static final String TRIGGER_UPDATE_COLUMNS = "TRIGGER_UPDATE_COLUMNS";
    static final String ROUTINE_SQL_BODY = "ROUTINE_SQL_BODY";
    static final String TRIGGER_ENABLED = "TRIGGER_ENABLED";
    static final String TRIGGER_TRUNCATE = "TRIGGER_TRUNCATE";
    static final String ROUTINE_KIND = "ROUTINE_KIND";
    static final String ROUTINE_LANGUAGE = "ROUTINE_LANGUAGE";
    static final String ROUTINE_VOLATILITY = "ROUTINE_VOLATILITY";
    static final String ROUTINE_STRICT = "ROUTINE_STRICT";
    static final String ROUTINE_SECURITY_DEFINER = "ROUTINE_SECURITY_DEFINER";
    static final String ROUTINE_CONFIG = "ROUTINE_CONFIG";
    static final String ROUTINE_ARGUMENTS = "ROUTINE_ARGUMENTS";
    static final String ROUTINE_INPUT_TYPES = "ROUTINE_INPUT_TYPES";
    static final String ROUTINE_RESULT = "ROUTINE_RESULT";
    static final String SEQUENCE_TYPE = "SEQUENCE_TYPE";
    static final String SEQUENCE_CACHE = "SEQUENCE_CACHE";
    static final String SEQUENCE_OWNED_BY = "SEQUENCE_OWNED_BY";

    /** Separates list items inside one text attribute: a control character no identifier or type name holds. */
    static final String LIST_SEPARATOR = "\u001f";

    private static final String USER_SCHEMAS =
            "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp_)'";

    private PgCatalogViews() {
    }

    /**
     * The replacement queries.
     *
     * @param serverVersion {@code server_version_num}, for catalog columns that newer servers added
     */
    static Map<InformationSchemaKey, String> queries(int serverVersion) {
        Map<InformationSchemaKey, String> sql = new EnumMap<>(InformationSchemaKey.class);
        sql.put(InformationSchemaKey.ADDITIONAL_TABLE_ATTRIBUTES, """
                SELECT current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, c.relname AS TABLE_NAME,
                  c.relpersistence::text AS RELPERSISTENCE,
                  c.relrowsecurity AS ROW_SECURITY, c.relforcerowsecurity AS FORCE_ROW_SECURITY,
                  array_to_string(c.reloptions, E'\\x1f') AS RELOPTIONS,
                  CASE WHEN c.relkind = 'p' THEN pg_catalog.pg_get_partkeydef(c.oid) END AS PARTITION_KEY,
                  CASE WHEN c.relispartition THEN
                    (SELECT pn.nspname || '.' || p.relname
                       FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class p ON p.oid = i.inhparent
                       JOIN pg_catalog.pg_namespace pn ON pn.oid = p.relnamespace
                      WHERE i.inhrelid = c.oid) END AS PARTITION_OF,
                  CASE WHEN c.relispartition THEN pg_catalog.pg_get_expr(c.relpartbound, c.oid, true) END
                    AS PARTITION_BOUND,
                  pg_catalog.pg_get_userbyid(c.relowner) AS OWNER_NAME,
                  EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_class'::regclass
                           AND e.objid = c.oid AND e.deptype = 'e') AS EXTENSION_MEMBER
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p', 'v', 'm') AND %s
                """.formatted(USER_SCHEMAS));
        sql.put(InformationSchemaKey.ADDITIONAL_COLUMN_ATTRIBUTES, """
                SELECT current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, c.relname AS TABLE_NAME,
                  a.attname AS COLUMN_NAME,
                  pg_catalog.format_type(a.atttypid, a.atttypmod) AS FORMATTED_TYPE,
                  a.attnotnull AS COLUMN_NOT_NULL,
                  nullif(a.attidentity::text, '') AS IDENTITY_KIND,
                  nullif(a.attgenerated::text, '') AS GENERATED_KIND,
                  CASE WHEN a.attcollation <> t.typcollation THEN %s END AS COLLATION_NAME
                FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND %s
                """.formatted(PgCatalogQueries.collationNameSql("a.attcollation"), USER_SCHEMAS));
        // A foreign key that references a partitioned table has a hidden clone per referenced
        // partition, with the same name on the same table: those are left out.
        String ownConstraints = """
                k.contype IN ('p', 'u', 'f', 'c') AND c.relkind IN ('r', 'p') AND %s
                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint pc
                                   WHERE pc.oid = k.conparentid AND pc.conrelid = k.conrelid)
                """.formatted(USER_SCHEMAS);
        sql.put(InformationSchemaKey.TABLE_CONSTRAINTS, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  k.conname AS CONSTRAINT_NAME, current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA,
                  c.relname AS TABLE_NAME,
                  CASE k.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' WHEN 'f' THEN 'FOREIGN KEY'
                    ELSE 'CHECK' END AS CONSTRAINT_TYPE,
                  k.condeferrable AS IS_DEFERRABLE, k.condeferred AS INITIALLY_DEFERRED
                FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE %s
                """.formatted(ownConstraints));
        // Key order of unique constraints; primary and foreign keys come from JDBC metadata.
        sql.put(InformationSchemaKey.CONSTRAINT_COLUMN_USAGE, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  k.conname AS CONSTRAINT_NAME, current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA,
                  c.relname AS TABLE_NAME, a.attname AS COLUMN_NAME, u.ord AS ORDINAL_POSITION
                FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                WHERE k.contype = 'u' AND %s
                """.formatted(USER_SCHEMAS));
        // Matched per table (unlike CHECK_CONSTRAINTS, which SchemaCrawler matches per schema and
        // would mix up two tables' checks of the same name).
        sql.put(InformationSchemaKey.EXT_TABLE_CONSTRAINTS, """
                SELECT current_database() AS CONSTRAINT_CATALOG, n.nspname AS CONSTRAINT_SCHEMA,
                  k.conname AS CONSTRAINT_NAME, c.relname AS TABLE_NAME,
                  pg_catalog.obj_description(k.oid, 'pg_constraint') AS REMARKS,
                  CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_constraintdef(k.oid, true) END AS CONSTRAINT_DEFINITION,
                  k.convalidated AS CONSTRAINT_VALIDATED,
                  CASE k.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' END AS CONSTRAINT_MATCH,
                  %s AS NULLS_NOT_DISTINCT,
                  (SELECT string_agg(a.attname, E'\\x1f' ORDER BY u.ord)
                     FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS CONSTRAINT_COLUMNS,
                  CASE WHEN k.contype = 'u' THEN
                    (SELECT string_agg(a.attname, E'\\x1f' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                      WHERE a.attrelid = k.conindid AND a.attnum > 0) END AS INDEX_COLUMNS
                FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = k.conindid AND k.contype = 'u'
                WHERE %s
                """.formatted(serverVersion >= 150000 ? "coalesce(i.indnullsnotdistinct, false)" : "false",
                ownConstraints));
        // Key parts as PgCatalogReader writes them (JDBC metadata has expressions only in the
        // non-pretty form, and no collations, operator classes or NULLS order).
        sql.put(InformationSchemaKey.EXT_INDEXES, """
                SELECT current_database() AS INDEX_CATALOG, n.nspname AS INDEX_SCHEMA, c.relname AS TABLE_NAME,
                  ic.relname AS INDEX_NAME, pg_catalog.obj_description(ic.oid, 'pg_class') AS REMARKS,
                  pg_catalog.pg_get_indexdef(ic.oid) AS INDEX_DEFINITION,
                  am.amname AS INDEX_METHOD, i.indnkeyatts AS INDEX_KEY_COUNT,
                  pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS INDEX_PREDICATE,
                  EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conrelid = i.indrelid
                           AND k.conindid = i.indexrelid AND k.contype IN ('p', 'u')) AS INDEX_BACKS_CONSTRAINT,
                  xc.oid IS NOT NULL AS INDEX_EXCLUSION, i.indisvalid AS INDEX_VALID,
                  (SELECT string_agg(%s, E'\\x1f' ORDER BY k.n)
                     %s) AS INDEX_PARTS,
                  (SELECT string_agg(a.attname, E'\\x1f' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = i.indexrelid AND a.attnum > 0) AS INDEX_COLUMNS
                FROM pg_catalog.pg_index i
                JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_am am ON am.oid = ic.relam
                LEFT JOIN pg_catalog.pg_constraint xc
                  ON xc.conindid = i.indexrelid AND xc.conrelid = i.indrelid AND xc.contype = 'x'
                WHERE c.relkind IN ('r', 'p', 'm') AND %s
                """.formatted(PgCatalogQueries.INDEX_KEY_PART, PgCatalogQueries.INDEX_KEY_PARTS_FROM, USER_SCHEMAS));
        sql.put(InformationSchemaKey.VIEWS, """
                SELECT current_database() AS TABLE_CATALOG, n.nspname AS TABLE_SCHEMA, c.relname AS TABLE_NAME,
                  pg_catalog.pg_get_viewdef(c.oid, true) AS VIEW_DEFINITION,
                  'NONE' AS CHECK_OPTION, false AS IS_UPDATABLE
                FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('v', 'm') AND %s
                """.formatted(USER_SCHEMAS));
        // One row per trigger, its events comma-separated as SchemaCrawler splits them (it knows no
        // TRUNCATE, and keeps no UPDATE OF columns: those are attributes). ACTION_STATEMENT carries
        // the whole deparsed trigger, the only place the catalog gives the WHEN condition readably.
        // Clones a partition inherits from its partitioned table's trigger are left out.
        sql.put(InformationSchemaKey.TRIGGERS, """
                SELECT current_database() AS TRIGGER_CATALOG, n.nspname AS TRIGGER_SCHEMA, t.tgname AS TRIGGER_NAME,
                  concat_ws(',', CASE WHEN t.tgtype & 4 = 4 THEN 'insert' END,
                    CASE WHEN t.tgtype & 16 = 16 THEN 'update' END,
                    CASE WHEN t.tgtype & 8 = 8 THEN 'delete' END) AS EVENT_MANIPULATION,
                  current_database() AS EVENT_OBJECT_CATALOG, n.nspname AS EVENT_OBJECT_SCHEMA,
                  c.relname AS EVENT_OBJECT_TABLE, 0 AS ACTION_ORDER, NULL AS ACTION_CONDITION,
                  pg_catalog.pg_get_triggerdef(t.oid, true) AS ACTION_STATEMENT,
                  CASE WHEN t.tgtype & 1 = 1 THEN 'row' ELSE 'statement' END AS ACTION_ORIENTATION,
                  CASE WHEN t.tgtype & 64 = 64 THEN 'INSTEAD OF' WHEN t.tgtype & 2 = 2 THEN 'BEFORE'
                    ELSE 'AFTER' END AS ACTION_TIMING,
                  t.tgtype & 32 = 32 AS TRIGGER_TRUNCATE,
                  t.tgenabled::text AS TRIGGER_ENABLED,
                  (SELECT string_agg(a.attname, E'\\x1f') FROM unnest(t.tgattr::int2[]) AS u(attnum)
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = u.attnum)
                    AS TRIGGER_UPDATE_COLUMNS
                FROM pg_catalog.pg_trigger t
                JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p') AND %s
                """.formatted(USER_SCHEMAS));
        // SPECIFIC_NAME as pgjdbc builds it (name_oid), so that SchemaCrawler finds each overload.
        // The identifying types count the OUT arguments of procedures, as PostgreSQL 14+ does.
        sql.put(InformationSchemaKey.ROUTINES, """
                SELECT current_database() AS ROUTINE_CATALOG, n.nspname AS ROUTINE_SCHEMA, p.proname AS ROUTINE_NAME,
                  p.proname || '_' || p.oid AS SPECIFIC_NAME, 'SQL' AS ROUTINE_BODY, p.prosrc AS ROUTINE_DEFINITION,
                  %s AS ROUTINE_SQL_BODY,
                  p.prokind::text AS ROUTINE_KIND, l.lanname AS ROUTINE_LANGUAGE,
                  p.provolatile::text AS ROUTINE_VOLATILITY, p.proisstrict AS ROUTINE_STRICT,
                  p.prosecdef AS ROUTINE_SECURITY_DEFINER,
                  array_to_string(p.proconfig, E'\\x1f') AS ROUTINE_CONFIG,
                  pg_catalog.pg_get_function_arguments(p.oid) AS ROUTINE_ARGUMENTS,
                  CASE WHEN p.proallargtypes IS NULL THEN
                    (SELECT string_agg(pg_catalog.format_type(u.t, NULL), E'\\x1f' ORDER BY u.o)
                       FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS u(t, o))
                  ELSE
                    (SELECT string_agg(pg_catalog.format_type(u.t, NULL), E'\\x1f' ORDER BY u.o)
                       FROM unnest(p.proallargtypes, p.proargmodes) WITH ORDINALITY AS u(t, m, o)
                      WHERE u.m IN ('i', 'b', 'v') OR (u.m = 'o' AND p.prokind = 'p'))
                  END AS ROUTINE_INPUT_TYPES,
                  CASE WHEN p.prokind <> 'p' THEN pg_catalog.pg_get_function_result(p.oid) END AS ROUTINE_RESULT,
                  -- also a range type's constructors ('i'): made with the type, compared as part of it
                  EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_proc'::regclass
                           AND e.objid = p.oid AND e.deptype IN ('e', 'i')) AS EXTENSION_MEMBER
                FROM pg_catalog.pg_proc p
                JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
                JOIN pg_catalog.pg_language l ON l.oid = p.prolang
                WHERE %s
                """.formatted(serverVersion >= 140000
                        ? "CASE WHEN p.prosqlbody IS NOT NULL THEN pg_catalog.pg_get_function_sqlbody(p.oid) END"
                        : "NULL::text", USER_SCHEMAS));
        // Identity sequences belong to their column, extension members to their extension.
        sql.put(InformationSchemaKey.SEQUENCES, """
                SELECT current_database() AS SEQUENCE_CATALOG, n.nspname AS SEQUENCE_SCHEMA, c.relname AS SEQUENCE_NAME,
                  s.seqincrement AS INCREMENT, s.seqstart AS START_VALUE, s.seqmin AS MINIMUM_VALUE,
                  s.seqmax AS MAXIMUM_VALUE, s.seqcycle AS CYCLE_OPTION,
                  pg_catalog.format_type(s.seqtypid, NULL) AS SEQUENCE_TYPE, s.seqcache AS SEQUENCE_CACHE,
                  (SELECT tn.nspname || '.' || tc.relname || '.' || a.attname
                     FROM pg_catalog.pg_depend d
                     JOIN pg_catalog.pg_class tc ON tc.oid = d.refobjid
                     JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                      AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype = 'a' AND d.refobjsubid > 0
                    LIMIT 1) AS SEQUENCE_OWNED_BY
                FROM pg_catalog.pg_sequence s
                JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE %s
                  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                                   WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
                                     AND d.deptype IN ('i', 'e'))
                """.formatted(USER_SCHEMAS));
        return sql;
    }

    /**
     * Set-based replacements for the JDBC metadata calls SchemaCrawler otherwise makes once per table
     * (columns, primary keys, foreign keys, indexes), in the result shapes of
     * {@link java.sql.DatabaseMetaData}, for its {@code data_dictionary_all} retrieval strategy.
     * Column type codes and sizes are left at 0: the model takes types from {@code format_type}.
     */
    static Map<InformationSchemaKey, String> dataDictionaryQueries() {
        Map<InformationSchemaKey, String> sql = new EnumMap<>(InformationSchemaKey.class);
        sql.put(InformationSchemaKey.TABLE_COLUMNS, """
                SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
                  a.attname AS COLUMN_NAME, a.attnum AS ORDINAL_POSITION, 0 AS DATA_TYPE, t.typname AS TYPE_NAME,
                  0 AS COLUMN_SIZE, 0 AS DECIMAL_DIGITS, CASE WHEN a.attnotnull THEN 0 ELSE 1 END AS NULLABLE,
                  (a.attidentity <> '' OR strpos(pg_catalog.pg_get_expr(ad.adbin, ad.adrelid), 'nextval(') = 1)
                    AS IS_AUTOINCREMENT,
                  a.attgenerated <> '' AS IS_GENERATEDCOLUMN,
                  pg_catalog.col_description(a.attrelid, a.attnum) AS REMARKS,
                  pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS COLUMN_DEF
                FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm') AND %s
                """.formatted(USER_SCHEMAS));
        sql.put(InformationSchemaKey.PRIMARY_KEYS, """
                SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
                  a.attname AS COLUMN_NAME, u.ord AS KEY_SEQ, k.conname AS PK_NAME
                FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                WHERE k.contype = 'p' AND %s
                """.formatted(USER_SCHEMAS));
        // JDBC rule codes: cascade 0, restrict 1, set null 2, no action 3, set default 4;
        // deferrability: initially deferred 5, initially immediate 6, not deferrable 7.
        sql.put(InformationSchemaKey.FOREIGN_KEYS, """
                SELECT current_database() AS PKTABLE_CAT, pn.nspname AS PKTABLE_SCHEM, pc.relname AS PKTABLE_NAME,
                  pa.attname AS PKCOLUMN_NAME, current_database() AS FKTABLE_CAT, n.nspname AS FKTABLE_SCHEM,
                  c.relname AS FKTABLE_NAME, a.attname AS FKCOLUMN_NAME, u.ord AS KEY_SEQ,
                  CASE k.confupdtype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 ELSE 4 END
                    AS UPDATE_RULE,
                  CASE k.confdeltype WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'a' THEN 3 ELSE 4 END
                    AS DELETE_RULE,
                  k.conname AS FK_NAME, NULL AS PK_NAME,
                  CASE WHEN k.condeferrable THEN CASE WHEN k.condeferred THEN 5 ELSE 6 END ELSE 7 END AS DEFERRABILITY
                FROM pg_catalog.pg_constraint k
                JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_class pc ON pc.oid = k.confrelid
                JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
                CROSS JOIN LATERAL unnest(k.conkey, k.confkey) WITH ORDINALITY AS u(fk, pk, ord)
                JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.fk
                JOIN pg_catalog.pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = u.pk
                WHERE k.contype = 'f' AND %s
                """.formatted(USER_SCHEMAS));
        sql.put(InformationSchemaKey.INDEXES, """
                SELECT current_database() AS TABLE_CAT, n.nspname AS TABLE_SCHEM, c.relname AS TABLE_NAME,
                  NOT i.indisunique AS NON_UNIQUE, NULL AS INDEX_QUALIFIER, ic.relname AS INDEX_NAME, 3 AS TYPE,
                  k.n AS ORDINAL_POSITION,
                  coalesce(a.attname, pg_catalog.pg_get_indexdef(i.indexrelid, k.n, false)) AS COLUMN_NAME,
                  CASE WHEN k.n > i.indnkeyatts THEN NULL WHEN i.indoption[k.n - 1] & 1 = 1 THEN 'D' ELSE 'A' END
                    AS ASC_OR_DESC,
                  0 AS CARDINALITY, 0 AS PAGES
                FROM pg_catalog.pg_index i
                JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
                JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                CROSS JOIN LATERAL generate_series(1, i.indnatts) AS k(n)
                LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1]
                WHERE c.relkind IN ('r', 'p', 'm') AND %s
                """.formatted(USER_SCHEMAS));
        return sql;
    }
}
