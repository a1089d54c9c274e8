package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Column;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/** Reads the columns of every captured table in one query. */
final class ColumnQuery {
    /** A collation is reported only where it differs from the default of the column's type. */
    private static final String SQL = """
            SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod) AS type,
                   a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid) AS expression, a.attidentity, a.attgenerated,
                   CASE WHEN a.attcollation <> t.typcollation THEN %s END AS collation,
                   d.description
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_description d
              ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
            WHERE c.relkind IN ('r', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND n.nspname = ANY (?)
            """.formatted(CatalogQuery.collationName("a.attcollation"));

    private ColumnQuery() {
    }

    /** Adds each column to its table in {@code relations}; columns of relations not captured are skipped. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "attrelid", (relation, row) -> {
            String generatedKind = row.getString("attgenerated");
            boolean generated = generatedKind != null && !generatedKind.isEmpty();
            relation.columns.add(new Relation.ColumnRow(row.getInt("attnum"), column(row.getString("attname"),
                    row.getInt("attnum"), row.getString("type"), !row.getBoolean("attnotnull"),
                    row.getString("expression"), generated, "v".equals(generatedKind), row.getString("attidentity"),
                    row.getString("collation"), row.getString("description"))));
        });
    }

    /** {@link PgCatalogQueries#column}. */
    static Column column(String name, int position, String formattedType, boolean nullable, String expression,
            boolean generated, boolean virtual, String identityCode, String collation, String comment) {
        String type = PgTypeNames.normalize(formattedType);
        String defaultValue = null;
        String generation = null;
        if (generated) {
            // PostgreSQL 18 also has virtual generated columns; stored ones are the default spelling.
            generation = PgTypeNames.normalizeWithin(SqlText.foldWhitespace(expression)) + (virtual ? " VIRTUAL" : "");
        } else {
            defaultValue = PgDefaults.normalize(expression, type);
        }
        return new Column(name, position, type, nullable, defaultValue, identity(identityCode), generation, collation,
                comment);
    }

    private static String identity(String code) {
        if ("a".equals(code)) {
            return "ALWAYS";
        }
        if ("d".equals(code)) {
            return "BY DEFAULT";
        }
        return null;
    }
}
