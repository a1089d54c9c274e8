package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Index;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Reads the indexes of every captured table and materialized view in one query, leaving out those
 * that back a primary key or unique constraint (they are the constraint).
 *
 * <p>Each key part is the column or expression as {@code pg_get_indexdef(oid, n, true)} gives it,
 * followed by a collation that is not the column's (for an expression: not its type's default), a
 * non-default operator class, {@code DESC} and a {@code NULLS} clause that is not the
 * direction's default. Exclusion constraints have no record of their own in the model: they appear
 * here as an index of the constraint's name whose key parts end in {@code WITH <operator>}.
 */
final class IndexQuery {
    /**
     * Key part {@code k.n} of index {@code i} as the model writes it. Reads {@code xc}, the exclusion
     * constraint the index backs (all nulls for none), and the rows of {@link #KEY_PARTS_FROM}.
     */
    static final String KEY_PART = """
            CASE WHEN i.indkey[k.n - 1] <> 0 THEN quote_ident(ta.attname)
                 ELSE pg_catalog.pg_get_indexdef(i.indexrelid, k.n, true) END
              || CASE WHEN k.n > i.indnkeyatts THEN '' ELSE
                   CASE WHEN i.indcollation[k.n - 1] IN (0, COALESCE(ta.attcollation, it.typcollation)) THEN ''
                        ELSE ' COLLATE ' || (SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                                                         ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
                                             FROM pg_catalog.pg_collation co
                                             JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
                                             WHERE co.oid = i.indcollation[k.n - 1]) END
                   || CASE WHEN opc.opcdefault THEN ''
                        WHEN ocn.nspname = 'pg_catalog' THEN ' ' || opc.opcname
                        ELSE ' ' || ocn.nspname || '.' || opc.opcname END
                   || CASE WHEN (i.indoption[k.n - 1] & 1) = 1 THEN
                             ' DESC' || CASE WHEN (i.indoption[k.n - 1] & 2) = 0 THEN ' NULLS LAST' ELSE '' END
                           WHEN (i.indoption[k.n - 1] & 2) = 2 THEN ' NULLS FIRST'
                           ELSE '' END
                   || CASE WHEN xc.oid IS NULL THEN '' ELSE
                        ' WITH ' || (SELECT op.oprname FROM pg_catalog.pg_operator op WHERE op.oid = xc.conexclop[k.n])
                      END
                 END""";

    /**
     * The rows {@link #KEY_PART} reads: one per key and INCLUDE column {@code k.n} of index {@code i}.
     *
     * <p>The column ({@code ta}) and the index column's type ({@code it}) are looked up by their keys,
     * each an index probe: as plain joins the planner, which takes {@code generate_series} for 1,000 rows,
     * hashed all of the table's attributes and merge-joined {@code pg_type} from its first oid, once per
     * index ({@code OFFSET 0} keeps each lookup a subquery of its own). A plain column's key part is its
     * quoted name, which is what {@code pg_get_indexdef(oid, n, true)} prints for it; the deparser is
     * called for expressions only. At 50,000 tables, 100 schemas' 9,900 indexes: 7.8 s before, 4.1 s after.
     */
    static final String KEY_PARTS_FROM = """
            FROM generate_series(1, i.indnatts) AS k(n)
            LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = i.indclass[k.n - 1] AND k.n <= i.indnkeyatts
            LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = opc.opcnamespace
            LEFT JOIN LATERAL (SELECT a.attname, a.attcollation FROM pg_catalog.pg_attribute a
                               WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k.n - 1] AND i.indkey[k.n - 1] <> 0
                               OFFSET 0) ta ON true
            LEFT JOIN LATERAL (SELECT t.typcollation FROM pg_catalog.pg_attribute a
                               JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                               WHERE a.attrelid = i.indexrelid AND a.attnum = k.n OFFSET 0) it ON true""";

    private static final String SQL = """
            SELECT i.indrelid, ic.relname, i.indisunique, am.amname, xc.oid IS NOT NULL AS exclusion,
                   ARRAY(SELECT %s
                         %s
                         ORDER BY k.n) AS parts,
                   i.indnkeyatts,
                   ARRAY(SELECT a.attname FROM pg_attribute a
                         WHERE a.attrelid = i.indexrelid AND a.attnum > 0 ORDER BY a.attnum) AS index_columns,
                   pg_get_expr(i.indpred, i.indrelid, true) AS predicate, i.indisvalid
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            LEFT JOIN pg_constraint xc ON xc.conindid = i.indexrelid AND xc.conrelid = i.indrelid AND xc.contype = 'x'
            WHERE c.relkind IN ('r', 'p', 'm') AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint pc
                              WHERE pc.conrelid = i.indrelid AND pc.conindid = i.indexrelid AND pc.contype IN ('p', 'u'))
            """.formatted(KEY_PART, KEY_PARTS_FROM);

    private IndexQuery() {
    }

    /** Adds each index to its table or materialized view in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "indrelid", (relation, row) -> {
            Index index = index(row.getString("relname"), relation.name, row.getBoolean("indisunique"),
                    row.getString("amname"), CatalogQuery.strings(row, "parts"), row.getInt("indnkeyatts"),
                    CatalogQuery.strings(row, "index_columns"), row.getBoolean("exclusion"),
                    row.getString("predicate"));
            // an index left INVALID (a failed CREATE INDEX CONCURRENTLY) exists but is never used
            relation.indexes.add(row.getBoolean("indisvalid") ? index : new Index(index.name(), index.nameGenerated(),
                    index.unique(), index.method(), index.columns(), index.include(), index.predicate(), true));
        });
    }

    /** {@link PgCatalogQueries#index}. */
    static Index index(String name, String table, boolean unique, String method, List<String> parts, int keyParts,
            List<String> indexColumns, boolean exclusion, String predicate) {
        List<String> normalized = parts.stream().map(PgTypeNames::normalizeWithin).toList();
        return new Index(name, PgGeneratedNames.isGenerated(name, table, indexColumns, exclusion ? "excl" : "idx"),
                unique, method, normalized.subList(0, keyParts), normalized.subList(keyParts, normalized.size()),
                PgTypeNames.normalizeWithin(SqlText.foldWhitespace(predicate)));
    }
}
