package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.*;

import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL/MariaDB partitioning in fix statements: {@code ALTER TABLE ... PARTITION BY ...} (which
 * repartitions a plain or partitioned table in place, rows kept) or {@code ALTER TABLE ... REMOVE
 * PARTITIONING} (rows kept in one plain table). Neither loses rows: a row that fits no partition fails
 * the statement instead. Subpartitions ({@code SUBPARTITION BY HASH (id)}, each partition's
 * {@code (SUBPARTITION p0sp0, ...)}) are written with their partitions.
 */
final class MySqlPartitions {
    /** The table attributes partitioning is made of. */
    static final Set<String> ATTRIBUTES = Set.of("kind", "partitionKey", "partitions", "subpartitionKey");

    private MySqlPartitions() {
    }

    /** The statement that gives {@code table} (its quoted name) the partitioning of {@code target}. */
    static String repartition(String table, Table target) {
        return target.kind() == TableKind.PARTITIONED ? "ALTER TABLE " + table + clause(target)
                : "ALTER TABLE " + table + " REMOVE PARTITIONING";
    }

    /** {@code " PARTITION BY RANGE (year(created_at)) (PARTITION p2023 VALUES LESS THAN (2024), ...)"}, or empty. */
    static String clause(Table table) {
        String key = table.options().get("partitionKey");
        if (table.kind() != TableKind.PARTITIONED || key == null) {
            return "";
        }
        List<String> partitions = new ArrayList<>();
        for (String partition : split(table.options().getOrDefault("partitions", ""))) {
            partitions.add("PARTITION " + partition);
        }
        String subKey = table.options().get("subpartitionKey");
        return "\nPARTITION BY " + key + (subKey == null ? "" : "\nSUBPARTITION BY " + subKey) + (partitions.isEmpty() ? "" : " (\n    " + String.join(",\n    ", partitions) + ")");
    }

    /** The partitions of the {@code partitions} option, split at the commas between them (not inside bounds). */
    static List<String> split(String partitions) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < partitions.length(); i++) {
            char c = partitions.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(partitions.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (start < partitions.length() && !partitions.substring(start).isBlank()) {
            parts.add(partitions.substring(start).strip());
        }
        return parts;
    }
}
