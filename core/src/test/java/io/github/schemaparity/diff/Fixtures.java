package io.github.schemaparity.diff;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.TableKind;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Hand-built model objects for unit tests (no database). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Catalog catalog(Schema... schemas) {
        return new Catalog(Engine.POSTGRESQL, "17.2", List.of(schemas), List.of(), List.of());
    }

    public static Schema schema(String name, Table... tables) {
        return new Schema(name, null, List.of(tables), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public static Schema schema(String name, List<Table> tables, List<View> views) {
        return new Schema(name, null, tables, views, List.of(), List.of(), List.of(), List.of());
    }

    public static Column column(String name, int position, String type, boolean nullable) {
        return new Column(name, position, type, nullable, null, null, null, null, null);
    }

    public static Index index(String name, boolean generated, String... columns) {
        return new Index(name, generated, false, "btree", List.of(columns), List.of(), null);
    }

    /** A table with the given columns and nothing else. */
    public static Table table(String name, Column... columns) {
        return new Table(name, TableKind.TABLE, null, List.of(columns), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of());
    }

    /** The usual test table: {@code id} primary key, {@code name}, {@code status}, one index. */
    public static Table orders() {
        return TableBuilder.of("orders")
                .column(column("id", 1, "bigint", false))
                .column(column("name", 2, "varchar(50)", true))
                .column(column("status", 3, "text", false))
                .primaryKey(new PrimaryKey("orders_pkey", true, List.of("id")))
                .index(index("orders_status_idx", true, "status"))
                .build();
    }

    /** A mutable builder for tables in tests. */
    public static final class TableBuilder {
        private final String name;
        private TableKind kind = TableKind.TABLE;
        private String comment;
        private final List<Column> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<io.github.schemaparity.model.UniqueConstraint> uniques = new ArrayList<>();
        private final List<io.github.schemaparity.model.CheckConstraint> checks = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<io.github.schemaparity.model.Trigger> triggers = new ArrayList<>();
        private final List<io.github.schemaparity.model.RowPolicy> policies = new ArrayList<>();
        private final Map<String, String> options = new TreeMap<>();
        private final List<String> privileges = new ArrayList<>();

        private TableBuilder(String name) {
            this.name = name;
        }

        public static TableBuilder of(String name) {
            return new TableBuilder(name);
        }

        public static TableBuilder from(Table table) {
            TableBuilder b = new TableBuilder(table.name());
            b.kind = table.kind();
            b.comment = table.comment();
            b.columns.addAll(table.columns());
            b.primaryKey = table.primaryKey();
            b.foreignKeys.addAll(table.foreignKeys());
            b.uniques.addAll(table.uniques());
            b.checks.addAll(table.checks());
            b.indexes.addAll(table.indexes());
            b.triggers.addAll(table.triggers());
            b.policies.addAll(table.policies());
            b.options.putAll(table.options());
            b.privileges.addAll(table.privileges());
            return b;
        }

        public TableBuilder kind(TableKind value) {
            kind = value;
            return this;
        }

        public TableBuilder comment(String value) {
            comment = value;
            return this;
        }

        public TableBuilder column(Column value) {
            columns.add(value);
            return this;
        }

        public TableBuilder replaceColumn(Column value) {
            columns.removeIf(c -> c.name().equals(value.name()));
            columns.add(value);
            return this;
        }

        public TableBuilder removeColumn(String columnName) {
            columns.removeIf(c -> c.name().equals(columnName));
            return this;
        }

        public TableBuilder primaryKey(PrimaryKey value) {
            primaryKey = value;
            return this;
        }

        public TableBuilder foreignKey(ForeignKey value) {
            foreignKeys.add(value);
            return this;
        }

        public TableBuilder unique(io.github.schemaparity.model.UniqueConstraint value) {
            uniques.add(value);
            return this;
        }

        public TableBuilder check(io.github.schemaparity.model.CheckConstraint value) {
            checks.add(value);
            return this;
        }

        public TableBuilder index(Index value) {
            indexes.add(value);
            return this;
        }

        public TableBuilder clearIndexes() {
            indexes.clear();
            return this;
        }

        public TableBuilder trigger(io.github.schemaparity.model.Trigger value) {
            triggers.add(value);
            return this;
        }

        public TableBuilder policy(io.github.schemaparity.model.RowPolicy value) {
            policies.add(value);
            return this;
        }

        public TableBuilder option(String key, String value) {
            options.put(key, value);
            return this;
        }

        public TableBuilder privilege(String value) {
            privileges.add(value);
            return this;
        }

        public Table build() {
            return new Table(name, kind, comment, columns, primaryKey, foreignKeys, uniques, checks, indexes, triggers,
                    policies, new TreeMap<>(options), privileges);
        }
    }
}
