package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Publication;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the database's publications ({@code pg_publication}, {@code pg_publication_rel} and, from PostgreSQL
 * 15, {@code pg_publication_namespace}; every role may read them). They are database-wide, so every one is
 * read whatever schemas are captured, with every table it names; one an extension created is the
 * extension's and left out. Column lists ({@code prattrs}) and row filters ({@code prqual}) exist from
 * PostgreSQL 15, {@code pubtruncate} from 11 and {@code pubviaroot} from 13: older servers read as none.
 * Deparsing a row filter ({@code pg_get_expr}) may lock the table it names, so the reader runs this query
 * with the other deparsing ones.
 */
final class PublicationQuery {
    private static final String PUBLICATIONS = """
            SELECT p.oid, p.pubname, p.puballtables, p.pubinsert, p.pubupdate, p.pubdelete, %s AS pubtruncate,
                   %s AS pubviaroot, d.description
            FROM pg_catalog.pg_publication p
            LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid
                 AND d.classoid = 'pg_catalog.pg_publication'::regclass
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend e WHERE e.classid = 'pg_catalog.pg_publication'::regclass
                              AND e.objid = p.oid AND e.deptype = 'e')
            """;

    private static final String TABLES = """
            SELECT r.prpubid, n.nspname, c.relname, %s AS columns, %s AS rowfilter
            FROM pg_catalog.pg_publication_rel r
            JOIN pg_catalog.pg_class c ON c.oid = r.prrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            """;

    private static final String COLUMNS = """
            (SELECT pg_catalog.array_agg(a.attname::text ORDER BY a.attname) FROM pg_catalog.pg_attribute a
              WHERE a.attrelid = r.prrelid AND a.attnum = ANY (r.prattrs::int2[]))""";

    private static final String SCHEMAS = """
            SELECT s.pnpubid, n.nspname FROM pg_catalog.pg_publication_namespace s
            JOIN pg_catalog.pg_namespace n ON n.oid = s.pnnspid
            """;

    private PublicationQuery() {
    }

    static List<Publication> load(Connection connection, int versionNumber) throws SQLException {
        boolean pg15 = versionNumber >= 150000;
        Map<Long, List<Publication.PublishedTable>> tables = new HashMap<>();
        CatalogQuery.forEachRow(connection, TABLES.formatted(pg15 ? COLUMNS : "NULL::text[]",
                pg15 ? "pg_catalog.pg_get_expr(r.prqual, r.prrelid)" : "NULL::text"), null, row -> tables
                .computeIfAbsent(row.getLong("prpubid"), id -> new ArrayList<>())
                .add(new Publication.PublishedTable(row.getString("nspname") + "." + row.getString("relname"),
                        CatalogQuery.strings(row, "columns"), row.getString("rowfilter"))));
        Map<Long, List<String>> schemas = new HashMap<>();
        if (pg15) {
            CatalogQuery.forEachRow(connection, SCHEMAS, null, row -> schemas
                    .computeIfAbsent(row.getLong("pnpubid"), id -> new ArrayList<>()).add(row.getString("nspname")));
        }
        List<Publication> found = new ArrayList<>();
        CatalogQuery.forEachRow(connection, PUBLICATIONS.formatted(versionNumber >= 110000 ? "p.pubtruncate" : "false",
                versionNumber >= 130000 ? "p.pubviaroot" : "false"), null, row -> {
            long oid = row.getLong("oid");
            List<String> publish = new ArrayList<>();
            for (String operation : Publication.OPERATIONS) {
                if (row.getBoolean("pub" + operation)) {
                    publish.add(operation);
                }
            }
            found.add(new Publication(row.getString("pubname"), row.getBoolean("puballtables"), publish,
                    row.getBoolean("pubviaroot"), tables.getOrDefault(oid, List.of()),
                    schemas.getOrDefault(oid, List.of()), row.getString("description")));
        });
        return found;
    }
}
