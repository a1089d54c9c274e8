package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One table, view or materialized view while the set-based queries fill it in, keyed by its oid in
 * {@link PgCatalogReader}; turned into a model record once every query has run.
 */
final class Relation {
    final String schema;
    final String name;
    final char kind;
    final String comment;
    final String viewDefinition;
    final SortedMap<String, String> options = new TreeMap<>();
    final List<ColumnRow> columns = new ArrayList<>();
    PrimaryKey primaryKey;
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<RowPolicy> policies = new ArrayList<>();
    final List<String> privileges = new ArrayList<>();

    /** A column with its catalog attribute number, renumbered 1..n (dropped columns leave gaps) at the end. */
    record ColumnRow(int attnum, Column column) {
    }

    Relation(String schema, String name, char kind, String comment, String viewDefinition) {
        this.schema = schema;
        this.name = name;
        this.kind = kind;
        this.comment = comment;
        this.viewDefinition = viewDefinition;
    }

    boolean isTable() {
        return kind == 'r' || kind == 'p' || kind == 'f';
    }

    Table toTable() {
        columns.sort(Comparator.comparingInt(ColumnRow::attnum));
        List<Column> renumbered = new ArrayList<>(columns.size());
        int position = 1;
        for (ColumnRow row : columns) {
            Column c = row.column();
            renumbered.add(new Column(c.name(), position++, c.type(), c.nullable(), c.defaultValue(), c.identity(),
                    c.generated(), c.collation(), c.comment()));
        }
        return new Table(name, kind == 'p' ? TableKind.PARTITIONED : kind == 'f' ? TableKind.FOREIGN : TableKind.TABLE,
                comment, renumbered, primaryKey,
                foreignKeys, uniques, checks, indexes, triggers, policies, options, privileges);
    }

    View toView() {
        return new View(name, kind == 'm', viewDefinition, comment, indexes, privileges, triggers);
    }
}
