package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Sequence;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the sequences of the captured schemas in one query, leaving out identity sequences
 * (pg_depend type {@code i}: they belong to their column) and extension members. A serial column's
 * sequence is kept, owned by its column.
 */
final class SequenceQuery {
    private static final String SQL = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type, s.seqstart, s.seqincrement,
                   s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
                   (SELECT rn.nspname || '.' || rc.relname || '.' || a.attname
                    FROM pg_depend dep
                    JOIN pg_class rc ON rc.oid = dep.refobjid
                    JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                    JOIN pg_attribute a ON a.attrelid = dep.refobjid AND a.attnum = dep.refobjsubid
                    WHERE dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                      AND dep.refclassid = 'pg_class'::regclass AND dep.deptype = 'a' AND dep.refobjsubid > 0
                    LIMIT 1) AS owned_by
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend e
                              WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype IN ('i', 'e'))
            """;

    private SequenceQuery() {
    }

    /** The sequences by schema name. */
    static Map<String, List<Sequence>> load(Connection connection, Array schemas) throws SQLException {
        Map<String, List<Sequence>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL, schemas, row -> bySchema
                .computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>())
                .add(new Sequence(row.getString("relname"), PgTypeNames.normalize(row.getString("data_type")),
                        row.getLong("seqstart"), row.getLong("seqincrement"), row.getLong("seqmin"),
                        row.getLong("seqmax"), row.getLong("seqcache"), row.getBoolean("seqcycle"),
                        row.getString("owned_by"))));
        return bySchema;
    }
}
