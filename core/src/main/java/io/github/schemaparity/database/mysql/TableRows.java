package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** One table while the set-based queries fill it in; turned into a {@link Table} once they have all run. */
final class TableRows {
    final String schema;
    final String name;
    final String comment;
    final String collation;
    final SortedMap<String, String> options = new TreeMap<>();
    final List<Column> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    /** {@link TableKind#PARTITIONED} once {@link PartitionQuery} found partitions. */
    TableKind kind = TableKind.TABLE;

    TableRows(String schema, String name, String comment, String collation) {
        this.schema = schema;
        this.name = name;
        this.comment = comment;
        this.collation = collation;
    }

    static String key(String schema, String table) {
        return schema + "\u0000" + table;
    }

    Table toTable() {
        return new Table(name, kind, comment, columns, primaryKey, foreignKeys, uniques, checks, indexes,
                triggers, List.of(), options, List.of());
    }
}
