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
 * Subpartitions are not compared: a subpartitioned table is listed as not compared.
 */
final class PartitionQuery {
    /** The kind the ledger names a subpartitioned table by. */
    static final String SUBPARTITIONING = "subpartitioning";

    private PartitionQuery() {
    }

    private static final class Partitioning {
        String method;
        String expression;
        final Set<String> partitions = new LinkedHashSet<>();
        boolean subpartitioned;
    }

    /** Marks the partitioned tables of {@code tables}; returns the subpartitioned ones as not compared. */
    static List<NotCompared> load(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables)
            throws SQLException {
        Map<TableRows, Partitioning> found = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT TABLE_SCHEMA, TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, PARTITION_EXPRESSION,
                       PARTITION_DESCRIPTION, SUBPARTITION_NAME
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
            partitioning.partitions.add(partition(row.getString(3), partitioning.method, row.getString(6)));
            partitioning.subpartitioned |= row.getString(7) != null;
        });
        List<NotCompared> notCompared = new ArrayList<>();
        found.forEach((table, partitioning) -> {
            table.kind = TableKind.PARTITIONED;
            table.options.put("partitionKey", partitioning.method + " (" + partitioning.expression + ")");
            table.options.put("partitions", String.join(", ", partitioning.partitions));
            if (partitioning.subpartitioned) {
                notCompared.add(new NotCompared(SUBPARTITIONING, table.schema + "." + table.name,
                        NotCompared.UNSUPPORTED));
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
