package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.NotCompared;
import io.github.schemaparity.model.TableKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Partitioning, one query over {@code information_schema.PARTITIONS}: a partitioned table gets kind
 * {@link TableKind#PARTITIONED} and two options, {@code partitionKey} (method and expression, e.g.
 * {@code RANGE (year(created_at))} or {@code RANGE COLUMNS (created_at)}, identifiers unquoted) and
 * {@code partitions} (each partition in order with its bound, e.g.
 * {@code p2023 VALUES LESS THAN (2024), pmax VALUES LESS THAN (MAXVALUE)}; names only for HASH and KEY).
 * A subpartitioned table also gets {@code subpartitionKey} ({@code HASH (id)}, {@code KEY (customer_id)}),
 * and each partition its subpartitions by name: {@code p0 VALUES LESS THAN (1000) (SUBPARTITION p0sp0,
 * SUBPARTITION p0sp1)}, which is also how {@code CREATE TABLE} writes them ({@code SUBPARTITIONS 2} names
 * them {@code p0sp0}, {@code p0sp1}, so both spellings compare equal).
 */
final class PartitionQuery {
    private PartitionQuery() {
    }

    private static final class Partitioning {
        String method;
        String expression;
        String subMethod;
        String subExpression;
        final Map<String, List<String>> partitions = new LinkedHashMap<>();
    }

    /** Marks the partitioned tables of {@code tables}; returns the subpartitioned ones as not compared. */
    static List<NotCompared> load(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables)
            throws SQLException {
        Map<TableRows, Partitioning> found = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, PARTITION_EXPRESSION,
                       PARTITION_DESCRIPTION, SUBPARTITION_NAME, SUBPARTITION_METHOD, SUBPARTITION_EXPRESSION
                FROM information_schema.PARTITIONS
                WHERE TABLE_SCHEMA IN (?) AND PARTITION_NAME IS NOT NULL
                ORDER BY TABLE_SCHEMA, TABLE_NAME, PARTITION_ORDINAL_POSITION, SUBPARTITION_ORDINAL_POSITION
                """, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            if (table == null) {
                return;
            }
            Partitioning partitioning = found.computeIfAbsent(table, t -> new Partitioning());
            partitioning.method = row.getString(4).toUpperCase(Locale.ROOT);
            partitioning.expression = unquote(row.getString(5));
            List<String> subpartitions = partitioning.partitions.computeIfAbsent(
                    partition(row.getString(3), partitioning.method, row.getString(6)), p -> new ArrayList<>());
            if (row.getString(7) != null) {
                subpartitions.add("SUBPARTITION " + row.getString(7));
                partitioning.subMethod = row.getString(8).toUpperCase(Locale.ROOT);
                partitioning.subExpression = unquote(row.getString(9));
            }
        });
        List<NotCompared> notCompared = new ArrayList<>();
        found.forEach((table, partitioning) -> {
            table.kind = TableKind.PARTITIONED;
            table.options.put("partitionKey", partitioning.method + " (" + partitioning.expression + ")");
            List<String> partitions = new ArrayList<>();
            partitioning.partitions.forEach((partition, subpartitions) -> partitions.add(subpartitions.isEmpty()
                    ? partition : partition + " (" + String.join(", ", subpartitions) + ")"));
            table.options.put("partitions", String.join(", ", partitions));
            if (partitioning.subMethod != null) {
                table.options.put("subpartitionKey", partitioning.subMethod + " (" + partitioning.subExpression + ")");
            }
        });
        return notCompared;
    }

    /** {@code p2023 VALUES LESS THAN (2024)}, {@code p_eu VALUES IN ('de','fr')}, or the bare name (HASH, KEY). */
    static String partition(String name, String method, String description) {
        if (method.startsWith("RANGE")) {
            return name + " VALUES LESS THAN (" + description + ")";
        }
        if (method.startsWith("LIST")) {
            return name + " VALUES IN (" + description + ")";
        }
        return name;
    }

    /** An expression without identifier quotes: {@code year(`created_at`)} becomes {@code year(created_at)}. */
    static String unquote(String expression) {
        if (expression == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(expression.length());
        boolean inString = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '\'') {
                inString = !inString;
            }
            if (c != '`' || inString) {
                out.append(c);
            }
        }
        return out.toString().replace(",", ", ").replaceAll(",\\s+", ", ").strip();
    }
}
