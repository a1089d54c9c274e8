package io.github.schemaparity.database.postgres;

import io.github.schemaparity.data.IntegrityCheck;
import io.github.schemaparity.data.IntegrityFinding;
import io.github.schemaparity.data.TableShape;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The integrity checks on one PostgreSQL side: orphans per foreign key, constraints left {@code NOT VALID},
 * tables with disabled triggers (the foreign-key triggers an import turned off included) and sequences
 * behind the column they feed.
 */
final class PgDataIntegrity {
    private static final int FIRST_KEYS = 5;
    private static final String FOREIGN_KEYS = """
            SELECT con.conname, cn.nspname, c.relname, pn.nspname, p.relname,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(n, o)
                         JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o)::text[],
                   ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(n, o)
                         JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n ORDER BY k.o)::text[]
            FROM pg_constraint con
            JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace
            JOIN pg_class p ON p.oid = con.confrelid JOIN pg_namespace pn ON pn.oid = p.relnamespace
            WHERE con.contype = 'f' AND (cn.nspname || '.' || c.relname) = ANY (?)
            ORDER BY cn.nspname, c.relname, con.conname""";
    private static final String NOT_VALID = """
            SELECT n.nspname || '.' || c.relname, con.conname
            FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT con.convalidated AND (n.nspname || '.' || c.relname) = ANY (?)
            ORDER BY 1, 2""";
    private static final String DISABLED_TRIGGERS = """
            SELECT n.nspname || '.' || c.relname,
                   string_agg(CASE WHEN t.tgisinternal THEN 'foreign-key trigger ' ELSE '' END || t.tgname, ', '
                              ORDER BY t.tgname)
            FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE t.tgenabled = 'D' AND (n.nspname || '.' || c.relname) = ANY (?)
            GROUP BY 1 ORDER BY 1""";
    private static final String SEQUENCES = """
            SELECT sn.nspname, s.relname, tn.nspname, t.relname, a.attname
            FROM pg_depend d
            JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' JOIN pg_namespace sn ON sn.oid = s.relnamespace
            JOIN pg_sequence q ON q.seqrelid = s.oid
            JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace tn ON tn.oid = t.relnamespace
            JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
              AND d.deptype IN ('a', 'i') AND q.seqincrement > 0 AND (tn.nspname || '.' || t.relname) = ANY (?)
            ORDER BY 3, 4, 5""";

    private final Connection connection;
    private final List<TableShape> tables;
    private final String side;

    PgDataIntegrity(Connection connection, List<TableShape> tables, String side) {
        this.connection = connection;
        this.tables = tables;
        this.side = side;
    }

    List<IntegrityFinding> findings() throws SQLException {
        List<IntegrityFinding> findings = new ArrayList<>();
        for (String[] fk : query(FOREIGN_KEYS)) {
            orphans(fk).ifPresent(findings::add);
        }
        for (String[] row : query(NOT_VALID)) {
            findings.add(IntegrityFinding.of(IntegrityCheck.NOT_VALID_CONSTRAINT, row[0], row[1], side));
        }
        for (String[] row : query(DISABLED_TRIGGERS)) {
            findings.add(IntegrityFinding.of(IntegrityCheck.DISABLED_TRIGGERS, row[0], row[1], side));
        }
        for (String[] row : query(SEQUENCES)) {
            sequenceBehind(row).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<IntegrityFinding> orphans(String[] fk) throws SQLException {
        String child = PgDataSql.quote(fk[1]) + "." + PgDataSql.quote(fk[2]);
        String parent = PgDataSql.quote(fk[3]) + "." + PgDataSql.quote(fk[4]);
        List<String> columns = textArray(fk[5]);
        List<String> referenced = textArray(fk[6]);
        String childTable = fk[1] + "." + fk[2];
        List<String> key = tables.stream().filter(t -> t.qualifiedName().equals(childTable)).findFirst()
                .map(TableShape::key).filter(k -> !k.isEmpty()).orElse(columns);
        StringBuilder join = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            join.append(i == 0 ? "" : " AND ").append("p.").append(PgDataSql.quote(referenced.get(i))).append(" = c.")
                    .append(PgDataSql.quote(columns.get(i)));
        }
        String notNull = columns.stream().map(c -> "c." + PgDataSql.quote(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        String sql = "SELECT count(*) OVER (), " + key.stream().map(k -> "c." + PgDataSql.quote(k) + "::text")
                .collect(Collectors.joining(", ")) + " FROM " + child + " c WHERE " + notNull
                + " AND NOT EXISTS (SELECT 1 FROM " + parent + " p WHERE " + join + ") ORDER BY "
                + key.stream().map(k -> "c." + PgDataSql.quote(k)).collect(Collectors.joining(", ")) + " LIMIT " + FIRST_KEYS;
        long count = 0;
        List<Map<String, String>> first = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                count = rows.getLong(1);
                Map<String, String> keyValues = new LinkedHashMap<>();
                for (int i = 0; i < key.size(); i++) {
                    keyValues.put(key.get(i), rows.getString(i + 2));
                }
                first.add(keyValues);
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(IntegrityFinding.orphans(childTable, fk[0], side, count, first));
    }

    private Optional<IntegrityFinding> sequenceBehind(String[] row) throws SQLException {
        String sequence = PgDataSql.quote(row[0]) + "." + PgDataSql.quote(row[1]);
        String table = PgDataSql.quote(row[2]) + "." + PgDataSql.quote(row[3]);
        String sql = "SELECT s.last_value::text, x.m::text, x.m >= s.last_value + CASE WHEN s.is_called THEN 1 ELSE 0 END"
                + " FROM " + sequence + " s, (SELECT max(" + PgDataSql.quote(row[4]) + ") AS m FROM " + table + ") x";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            // the next value handed out would already be in the column
            boolean behind = rows.getBoolean(3) && !rows.wasNull();
            return behind ? Optional.of(IntegrityFinding.sequenceBehind(row[2] + "." + row[3], row[0] + "." + row[1],
                    side, rows.getString(1), rows.getString(2))) : Optional.empty();
        }
    }

    private List<String[]> query(String sql) throws SQLException {
        List<String[]> result = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text",
                    tables.stream().map(TableShape::qualifiedName).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    result.add(row);
                }
            }
        }
        return result;
    }

    private static List<String> textArray(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        List<String> names = new ArrayList<>();
        for (String part : body.split(",")) {
            names.add(part.startsWith("\"") ? part.substring(1, part.length() - 1).replace("\\\"", "\"") : part);
        }
        return names;
    }
}
