package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Statistics;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the extended statistics objects of every captured schema in one query ({@code pg_statistic_ext},
 * readable by every role; the statistics data itself, {@code pg_statistic_ext_data}, is not read). Columns
 * come from {@code stxkeys} in position order and expressions (PostgreSQL 14 and later) from the server's
 * deparser, each in parentheses as {@code CREATE STATISTICS} takes it; the {@code expressions} kind is left
 * out of the kinds (it comes with any expression); a target of {@code -1} (before PostgreSQL 17) or
 * {@code NULL} (17) is the default. An extension's statistics are the extension's.
 */
final class StatisticsQuery {
    private static final String SQL = """
            SELECT n.nspname, s.stxname, cn.nspname || '.' || c.relname AS table_name,
                   ARRAY(SELECT pg_catalog.quote_ident(a.attname)
                         FROM unnest(s.stxkeys::int2[]) WITH ORDINALITY u(attnum, ord)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = u.attnum
                         ORDER BY u.ord) AS columns,
                   %s AS expressions,
                   ARRAY(SELECT k::text FROM unnest(s.stxkind) k WHERE k <> 'e' ORDER BY 1) AS kinds,
                   NULLIF(s.stxstattarget::int, -1) AS target
            FROM pg_catalog.pg_statistic_ext s
            JOIN pg_catalog.pg_namespace n ON n.oid = s.stxnamespace
            JOIN pg_catalog.pg_class c ON c.oid = s.stxrelid
            JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_statistic_ext'::regclass
                              AND d.objid = s.oid AND d.deptype = 'e')
            """;

    private StatisticsQuery() {
    }

    /** The extended statistics objects by schema name. */
    static Map<String, List<Statistics>> load(Connection connection, Array schemas, int versionNumber)
            throws SQLException {
        String expressions = versionNumber >= 140000 ? "pg_catalog.pg_get_statisticsobjdef_expressions(s.oid)"
                : "NULL::text[]";
        Map<String, List<Statistics>> bySchema = new HashMap<>();
        CatalogQuery.forEachRow(connection, SQL.formatted(expressions), schemas, row -> {
            List<String> columns = new ArrayList<>(CatalogQuery.strings(row, "columns"));
            CatalogQuery.strings(row, "expressions").forEach(e -> columns.add("(" + e + ")"));
            List<String> kinds = CatalogQuery.strings(row, "kinds").stream().map(StatisticsQuery::kind).toList();
            int value = row.getInt("target");
            Integer target = row.wasNull() ? null : value;
            bySchema.computeIfAbsent(row.getString("nspname"), s -> new ArrayList<>()).add(new Statistics(
                    row.getString("stxname"), row.getString("table_name"), columns, kinds, target));
        });
        return bySchema;
    }

    private static String kind(String code) {
        return switch (code) {
            case "d" -> "ndistinct";
            case "f" -> "dependencies";
            case "m" -> "mcv";
            default -> "kind " + code;
        };
    }
}
