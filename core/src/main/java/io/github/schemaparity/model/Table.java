package io.github.schemaparity.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A table with its columns, constraints, indexes, triggers and row-level security policies.
 *
 * <p>{@code options} holds engine-specific table properties as sorted key/value pairs, each compared
 * as its own attribute. Keys used on PostgreSQL: {@code persistence} ({@code unlogged}),
 * {@code rowSecurity} ({@code enabled}), {@code forceRowSecurity} ({@code enabled}),
 * {@code storage.<parameter>} (reloptions such as {@code storage.fillfactor}), {@code partitionKey}
 * (e.g. {@code RANGE (created_at)}), {@code partitionOf} (parent {@code schema.table}),
 * {@code partitionBound} (e.g. {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}),
 * {@code inherits} (the parents of an inheritance child, {@code schema.table} comma-separated in
 * declaration order; the child's {@code columns} and {@code checks} are then only its own, not those it
 * has from its parents).
 * An absent key means the engine default.
 *
 * @param name        table name
 * @param kind        {@link TableKind#TABLE} or {@link TableKind#PARTITIONED}
 * @param comment     comment, or {@code null}
 * @param columns     columns in ordinal order
 * @param primaryKey  primary key, or {@code null}
 * @param foreignKeys foreign keys, sorted by name
 * @param uniques     unique constraints, sorted by name
 * @param checks      check constraints, sorted by name
 * @param indexes     indexes that do not back a primary key or unique constraint, sorted by name
 * @param triggers    triggers, sorted by name
 * @param policies    row-level security policies, sorted by name
 * @param options     engine-specific options, sorted by key
 * @param privileges  granted privileges as {@code grantee:PRIVILEGE} (suffix {@code :grantable} when
 *                    WITH GRANT OPTION), those on one column as {@code grantee:PRIVILEGE(column)}, sorted;
 *                    empty unless privilege capture was asked for
 */
public record Table(String name, TableKind kind, String comment, List<Column> columns, PrimaryKey primaryKey,
        List<ForeignKey> foreignKeys, List<UniqueConstraint> uniques, List<CheckConstraint> checks,
        List<Index> indexes, List<Trigger> triggers, List<RowPolicy> policies, SortedMap<String, String> options,
        List<String> privileges) implements Named {
    public Table {
        kind = kind == null ? TableKind.TABLE : kind;
        columns = Canonical.sorted(columns, Comparator.comparingInt(Column::position));
        foreignKeys = Canonical.sorted(foreignKeys, Canonical.byName());
        uniques = Canonical.sorted(uniques, Canonical.byName());
        checks = Canonical.sorted(checks, Canonical.byName());
        indexes = Canonical.sorted(indexes, Canonical.byName());
        triggers = Canonical.sorted(triggers, Canonical.byName());
        policies = Canonical.sorted(policies, Canonical.byName());
        options = Canonical.map(options);
        privileges = Canonical.sortedStrings(privileges);
    }

    /** The same table of another kind, all else kept. */
    public Table withKind(TableKind newKind) {
        return with(parts -> parts.kind = newKind);
    }

    /** The same table with other columns, all else kept. */
    public Table withColumns(List<Column> newColumns) {
        return with(parts -> parts.columns = newColumns);
    }

    /** The same table with other check constraints, all else kept. */
    public Table withChecks(List<CheckConstraint> newChecks) {
        return with(parts -> parts.checks = newChecks);
    }

    /** The same table with other indexes, all else kept. */
    public Table withIndexes(List<Index> newIndexes) {
        return with(parts -> parts.indexes = newIndexes);
    }

    /** The same table with other triggers, all else kept. */
    public Table withTriggers(List<Trigger> newTriggers) {
        return with(parts -> parts.triggers = newTriggers);
    }

    /** The same table with other options, all else kept. */
    public Table withOptions(SortedMap<String, String> newOptions) {
        return with(parts -> parts.options = newOptions);
    }

    /** The same table with other privileges, all else kept. */
    public Table withPrivileges(List<String> newPrivileges) {
        return with(parts -> parts.privileges = newPrivileges);
    }

    /** The one copy path of the with-methods: a new component is added here (and in {@link Parts}) only. */
    private Table with(java.util.function.Consumer<Parts> change) {
        Parts parts = new Parts(this);
        change.accept(parts);
        return new Table(parts.name, parts.kind, parts.comment, parts.columns, parts.primaryKey, parts.foreignKeys,
                parts.uniques, parts.checks, parts.indexes, parts.triggers, parts.policies, parts.options,
                parts.privileges);
    }

    /** The components of a table being copied, each replaceable before the copy is built. */
    private static final class Parts {
        String name;
        TableKind kind;
        String comment;
        List<Column> columns;
        PrimaryKey primaryKey;
        List<ForeignKey> foreignKeys;
        List<UniqueConstraint> uniques;
        List<CheckConstraint> checks;
        List<Index> indexes;
        List<Trigger> triggers;
        List<RowPolicy> policies;
        SortedMap<String, String> options;
        List<String> privileges;

        Parts(Table table) {
            name = table.name;
            kind = table.kind;
            comment = table.comment;
            columns = table.columns;
            primaryKey = table.primaryKey;
            foreignKeys = table.foreignKeys;
            uniques = table.uniques;
            checks = table.checks;
            indexes = table.indexes;
            triggers = table.triggers;
            policies = table.policies;
            options = table.options;
            privileges = table.privileges;
        }
    }

    /** Attributes the diff compares for the table itself (options each under their own key). */
    public Map<String, String> attributes() {
        Attributes attributes = new Attributes().put("kind", kind).put("comment", comment);
        options.forEach(attributes::put);
        return attributes.build();
    }
}
