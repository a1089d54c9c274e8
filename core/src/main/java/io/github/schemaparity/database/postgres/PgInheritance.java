package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL fix statements for table inheritance (table option {@code inherits}): {@code ALTER TABLE child
 * NO INHERIT parent} for a parent the target lacks, and for one it has, first every column and CHECK
 * constraint of the parent (and of its own parents) the child may lack, then {@code INHERIT parent}:
 * PostgreSQL refuses a child that lacks one. The parents after the first one out of place are detached and
 * attached again, as {@code INHERIT} appends. A child keeps its columns when detached (they become its own),
 * so detaching loses no data. Statements run in {@link Step#ALTER_TABLE}, after every table exists.
 */
final class PgInheritance {
    private final PgPlan plan;

    PgInheritance(PgPlan plan) {
        this.plan = plan;
    }

    /** The statements turning {@code current}'s parents into {@code target}'s ({@code null}: none). */
    void reparent(String schema, String table, String target, String current, Emitter emit) {
        List<String> want = parents(target);
        List<String> have = parents(current);
        int inPlace = 0;
        List<String> kept = have.stream().filter(want::contains).toList();
        while (inPlace < kept.size() && inPlace < want.size() && kept.get(inPlace).equals(want.get(inPlace))) {
            inPlace++;
        }
        String name = qualified(schema, table);
        for (String parent : have) {
            if (!kept.contains(parent) || kept.indexOf(parent) >= inPlace) {
                emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + " NO INHERIT " + qualified(parent));
            }
        }
        for (String parent : want.subList(inPlace, want.size())) {
            inherit(name, parent, emit);
        }
    }

    /** After a missing child is created with its own columns: its parents' columns and checks, then INHERIT. */
    void created(String schema, Table table, Emitter emit) {
        String parents = table.options().get(InheritanceQuery.OPTION);
        if (parents != null) {
            reparent(schema, table.name(), parents, null, emit);
        }
    }

    private void inherit(String child, String parent, Emitter emit) {
        for (Column column : columns(parent).values()) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + child + " ADD COLUMN IF NOT EXISTS "
                    + PgTables.columnDefinition(column));
            if (!column.nullable()) {
                emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + child + " ALTER COLUMN " + ident(column.name())
                        + " SET NOT NULL");
            }
        }
        for (CheckConstraint check : checks(parent)) {
            String add = "ALTER TABLE " + child + " ADD CONSTRAINT " + ident(check.name()) + " CHECK "
                    + check.expression();
            String body = "BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_constraint WHERE conrelid = "
                    + literal(child) + "::regclass AND conname = " + literal(check.name()) + ") THEN EXECUTE "
                    + literal(add) + "; END IF; END";
            emit.sql(Step.ALTER_TABLE, "DO " + PgNames.dollarQuoted(body));
        }
        emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + child + " INHERIT " + qualified(parent));
    }

    /** Every column a child of {@code parent} gets from it, its own parents' first (target side). */
    private Map<String, Column> columns(String parent) {
        Map<String, Column> all = new LinkedHashMap<>();
        target(parent).ifPresent(t -> {
            parents(t.options().get(InheritanceQuery.OPTION)).forEach(p -> columns(p).forEach(all::putIfAbsent));
            t.columns().forEach(c -> all.putIfAbsent(c.name(), c));
        });
        return all;
    }

    private List<CheckConstraint> checks(String parent) {
        List<CheckConstraint> all = new ArrayList<>();
        target(parent).ifPresent(t -> {
            parents(t.options().get(InheritanceQuery.OPTION)).forEach(p -> all.addAll(checks(p)));
            all.addAll(t.checks());
        });
        return all;
    }

    private java.util.Optional<Table> target(String dotted) {
        int dot = dotted.indexOf('.');
        return plan.target.table(dotted.substring(0, dot), dotted.substring(dot + 1));
    }

    static List<String> parents(String option) {
        return option == null ? List.of() : List.of(option.split(", "));
    }

    /** Whether {@code table} on the side it is from is a child (dropped before its parents). */
    static boolean isChild(Table table) {
        return table.options().containsKey(InheritanceQuery.OPTION);
    }
}
