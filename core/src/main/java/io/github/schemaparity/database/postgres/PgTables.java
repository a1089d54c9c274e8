package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** PostgreSQL fix statements for schemas, tables and columns. */
final class PgTables {
    private final PgPlan plan;

    PgTables(PgPlan plan) {
        this.plan = plan;
    }

    void schema(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.missing()) {
            Schema schema = plan.target.schema(change.name()).orElseThrow();
            emit.sql(Step.CREATE_SCHEMA, "CREATE SCHEMA " + name);
            if (schema.comment() != null) {
                emit.sql(Step.COMMENT, "COMMENT ON SCHEMA " + name + " IS " + literal(schema.comment()));
            }
            schema.enumTypes().forEach(t -> PgTypes.createEnum(schema.name(), t, emit));
            schema.domains().forEach(d -> PgTypes.createDomain(schema.name(), d, emit));
            schema.sequences().forEach(s -> PgRoutines.createSequence(schema.name(), s, emit));
            schema.routines().forEach(r -> PgRoutines.createRoutine(schema.name(), r, false, emit));
            schema.tables().forEach(t -> createTable(schema.name(), t, emit));
            PgViews.orderedByDependency(schema.name(), schema.views()).forEach(v -> PgViews.createView(schema.name(), v, emit));
        } else if (change.unexpected()) {
            emit.destructive(Step.DROP_SCHEMA, "DROP SCHEMA " + name + " CASCADE");
        } else {
            change.changed("comment").ifPresent(d -> emit.sql(Step.COMMENT,
                    "COMMENT ON SCHEMA " + name + " IS " + literal(d.expected())));
        }
    }

    void table(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createTable(change.schema(), plan.target.table(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            Table table = plan.current.table(change.schema(), change.name()).orElseThrow();
            // A partition goes before its parent (dropping the parent drops it): same step, earlier position.
            // a foreign table's rows are the server's: dropping it loses none
            boolean foreign = table.kind() == io.github.schemaparity.model.TableKind.FOREIGN;
            FixStatement drop = FixStatement.of(Step.DROP_TABLE, (foreign ? "DROP FOREIGN TABLE " : "DROP TABLE ") + name,
                    !foreign, change.differences());
            // so does an inheritance child: dropping the parent would need CASCADE
            if (table.options().containsKey("partitionOf") || PgInheritance.isChild(table)) {
                plan.out.add(0, drop);
            } else {
                plan.out.add(drop);
            }
            return;
        }
        Table want = plan.target.table(change.schema(), change.name()).orElseThrow();
        Table have = plan.current.table(change.schema(), change.name()).orElseThrow();
        boolean partitionDone = false;
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(plan.out, List.of(d));
            String attribute = d.attribute();
            String value = d.expected();
            switch (attribute) {
                case "comment" -> one.sql(Step.COMMENT, "COMMENT ON TABLE " + name + " IS " + literal(value));
                case "persistence" -> one.sql(Step.ALTER_TABLE, "ALTER TABLE " + name
                        + ("unlogged".equals(value) ? " SET UNLOGGED" : " SET LOGGED"));
                case "rowSecurity" -> one.sql(Step.ALTER_TABLE, "ALTER TABLE " + name
                        + (value != null ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
                case "forceRowSecurity" -> one.sql(Step.ALTER_TABLE, "ALTER TABLE " + name
                        + (value != null ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
                case "partitionOf", "partitionBound" -> {
                    if (!partitionDone) {
                        partitionDone = true;
                        repartition(name, want, have, plan.attributes(change, "partitionOf", "partitionBound"));
                    }
                }
                case InheritanceQuery.OPTION -> new PgInheritance(plan).reparent(change.schema(), change.name(),
                        value, d.actual(), one);
                case "kind", "partitionKey" -> one.cannot(Step.ALTER_TABLE, name + " " + attribute + " "
                        + d.actual() + " -> " + value + " cannot change in place: the table must be rebuilt");
                default -> {
                    if (PgForeign.isForeignAttribute(attribute)) {
                        PgForeign.tableAttribute(name, d, one);
                    } else if (attribute.startsWith("storage.")) {
                        String parameter = attribute.substring("storage.".length());
                        one.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + (value == null
                                ? " RESET (" + parameter + ")" : " SET (" + parameter + " = " + value + ")"));
                    } else {
                        one.cannot(Step.ALTER_TABLE, "table option " + attribute + " of " + name);
                    }
                }
            }
        }
    }

    private void repartition(String name, Table want, Table have, Emitter emit) {
        String from = have.options().get("partitionOf");
        String to = want.options().get("partitionOf");
        if (from != null) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + qualified(from) + " DETACH PARTITION " + name);
        }
        if (to != null) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + qualified(to) + " ATTACH PARTITION " + name + " "
                    + want.options().get("partitionBound"));
        }
    }

    private void createTable(String schema, Table table, Emitter emit) {
        String name = qualified(schema, table.name());
        Map<String, String> options = table.options();
        String parent = options.get("partitionOf");
        StringBuilder sql = new StringBuilder("CREATE ");
        if ("unlogged".equals(options.get("persistence"))) {
            sql.append("UNLOGGED ");
        }
        sql.append("TABLE ").append(name);
        if (parent != null) {
            sql.append(" PARTITION OF ").append(qualified(parent)).append(' ').append(options.get("partitionBound"));
        } else {
            sql.append(" (");
            sql.append(table.columns().stream().map(c -> "\n    " + columnDefinition(c))
                    .collect(Collectors.joining(",")));
            sql.append("\n)");
        }
        if (options.containsKey("partitionKey")) {
            sql.append(" PARTITION BY ").append(options.get("partitionKey"));
        }
        String storage = options.entrySet().stream().filter(e -> e.getKey().startsWith("storage."))
                .map(e -> e.getKey().substring("storage.".length()) + " = " + e.getValue())
                .collect(Collectors.joining(", "));
        if (!storage.isEmpty()) {
            sql.append(" WITH (").append(storage).append(')');
        }
        emit.sql(Step.CREATE_TABLE, table.kind() == io.github.schemaparity.model.TableKind.FOREIGN
                ? PgForeign.createTable(name, table) : sql.toString());
        if (parent != null) {
            // Columns come from the parent; the partition's own NOT NULLs and defaults are set after.
            Optional<Table> parentTable = plan.target.table(parent.substring(0, parent.indexOf('.')),
                    parent.substring(parent.indexOf('.') + 1));
            for (Column column : table.columns()) {
                Column inherited = parentTable.flatMap(p -> CatalogObjects.find(p.columns(), column.name())).orElse(null);
                if (inherited != null && !column.nullable() && inherited.nullable()) {
                    emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + name + " ALTER COLUMN " + ident(column.name())
                            + " SET NOT NULL");
                }
                if (inherited != null && column.defaultValue() != null
                        && !column.defaultValue().equals(inherited.defaultValue())) {
                    emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + name + " ALTER COLUMN " + ident(column.name())
                            + " SET DEFAULT " + column.defaultValue());
                }
            }
        }
        Table inheritedFrom = parent == null ? null : plan.target.table(parent.substring(0, parent.indexOf('.')),
                parent.substring(parent.indexOf('.') + 1)).orElse(null);
        if (options.containsKey("rowSecurity")) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY");
        }
        if (options.containsKey("forceRowSecurity")) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY");
        }
        if (table.primaryKey() != null && (inheritedFrom == null || inheritedFrom.primaryKey() == null)) {
            PgConstraints.addPrimaryKey(name, table.primaryKey(), emit);
        }
        for (UniqueConstraint unique : table.uniques()) {
            if (inheritedFrom == null || inheritedFrom.uniques().stream().noneMatch(u -> u.columns().equals(unique.columns()))) {
                PgConstraints.addUnique(name, unique, emit);
            }
        }
        for (CheckConstraint check : table.checks()) {
            if (inheritedFrom == null || CatalogObjects.find(inheritedFrom.checks(), check.name()).isEmpty()) {
                PgConstraints.addCheck(name, check, emit);
            }
        }
        for (Index index : table.indexes()) {
            if (inheritedFrom == null || inheritedFrom.indexes().stream()
                    .noneMatch(i -> i.columns().equals(index.columns()) && i.unique() == index.unique())) {
                PgConstraints.createIndex(schema, table.name(), index, emit);
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            if (inheritedFrom == null || CatalogObjects.find(inheritedFrom.foreignKeys(), key.name()).isEmpty()) {
                PgConstraints.addForeignKey(name, key, emit);
            }
        }
        table.triggers().forEach(t -> PgRoutines.createTrigger(name, t, emit));
        table.policies().forEach(p -> PgRoutines.createPolicy(name, p, emit));
        if (table.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON TABLE " + name + " IS " + literal(table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                emit.sql(Step.COMMENT, "COMMENT ON COLUMN " + name + "." + ident(column.name()) + " IS "
                        + literal(column.comment()));
            }
        }
        table.privileges().forEach(p -> emit.sql(Step.GRANT, PgTypes.grant(p, name)));
        new PgInheritance(plan).created(schema, table, emit);
        for (Sequence sequence : schemaOf(plan.target, schema).sequences()) {
            if (sequence.ownedBy() != null && sequence.ownedBy().startsWith(schema + "." + table.name() + ".")
                    && plan.current.sequence(schema, sequence.name()).isPresent()) {
                // The sequence was there already (the table was not): give it back its owner.
                emit.sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + qualified(schema, sequence.name()) + " OWNED BY "
                        + PgRoutines.ownedBy(sequence.ownedBy()));
            }
        }
    }

    private static Schema schemaOf(CatalogObjects catalog, String schema) {
        return catalog.schema(schema).orElseThrow();
    }

    static String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(collation(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(generation(column.generated())).append(')')
                    .append(column.generated().endsWith(" VIRTUAL") ? " VIRTUAL" : " STORED");
        }
        if (column.identity() != null) {
            sql.append(" GENERATED ").append(column.identity()).append(" AS IDENTITY");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(column.defaultValue());
        }
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String generation(String generated) {
        return generated.endsWith(" VIRTUAL") ? generated.substring(0, generated.length() - " VIRTUAL".length())
                : generated;
    }

    /** A collation as the model writes it ({@code C}, {@code public.german}), quoted. */
    static String collation(String collation) {
        return collation.contains(".") ? qualified(collation) : ident(collation);
    }

    void column(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        String alter = "ALTER TABLE " + table + " ALTER COLUMN " + ident(change.name());
        if (change.missing()) {
            Column column = plan.target.table(change.schema(), change.parent())
                    .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
            emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " ADD COLUMN " + columnDefinition(column));
            if (column.comment() != null) {
                emit.sql(Step.COMMENT, "COMMENT ON COLUMN " + table + "." + ident(column.name()) + " IS "
                        + literal(column.comment()));
            }
            return;
        }
        if (change.unexpected()) {
            emit.destructive(Step.DROP_COLUMN, "ALTER TABLE " + table + " DROP COLUMN " + ident(change.name()));
            return;
        }
        Column want = plan.target.table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        Column have = plan.current.table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (changed.contains("type") || changed.contains("collation")) {
            // current narrower than target (the diff's TYPE_NARROWED): the change to target loses nothing
            boolean widening = !changed.contains("type") || change.changedHas("type", Fact.TYPE_NARROWED);
            // Within one base type (varchar(255) to varchar(50)) the server casts by itself; across base types say how.
            boolean cast = changed.contains("type") && !baseType(want.type()).equals(baseType(have.type()));
            String sql = alter + " TYPE " + want.type()
                    + (want.collation() == null ? "" : " COLLATE " + collation(want.collation()))
                    + (cast ? " USING " + ident(want.name()) + "::" + want.type() : "");
            plan.attributes(change, "type", "collation").sql(Step.ALTER_COLUMN, sql, !widening);
        }
        if (changed.contains("nullable")) {
            if (want.nullable()) {
                plan.attributes(change, "nullable").sql(Step.ALTER_COLUMN, alter + " DROP NOT NULL");
            } else {
                plan.attributes(change, "nullable").destructive(Step.ALTER_COLUMN, alter + " SET NOT NULL");
            }
        }
        if (changed.contains("identity") && want.identity() == null) {
            plan.attributes(change, "identity").sql(Step.ALTER_COLUMN, alter + " DROP IDENTITY");
        }
        if (changed.contains("default")) {
            plan.attributes(change, "default").sql(Step.ALTER_COLUMN, want.defaultValue() == null ? alter + " DROP DEFAULT"
                    : alter + " SET DEFAULT " + want.defaultValue());
        }
        if (changed.contains("identity") && want.identity() != null) {
            plan.attributes(change, "identity").sql(Step.ALTER_COLUMN, have.identity() == null
                    ? alter + " ADD GENERATED " + want.identity() + " AS IDENTITY"
                    : alter + " SET GENERATED " + want.identity());
        }
        if (changed.contains("generated")) {
            Emitter generated = plan.attributes(change, "generated");
            if (want.generated() == null) {
                generated.sql(Step.ALTER_COLUMN, alter + " DROP EXPRESSION");
            } else if (have.generated() != null && plan.majorVersion() >= 17) {
                generated.sql(Step.ALTER_COLUMN, alter + " SET EXPRESSION AS (" + generation(want.generated()) + ")");
            } else {
                generated.cannot(Step.ALTER_COLUMN, change.path() + " generation expression: "
                        + (have.generated() == null ? "a column cannot become generated in place; drop and add it"
                        : "SET EXPRESSION needs PostgreSQL 17"));
            }
        }
        if (changed.contains("comment")) {
            plan.attributes(change, "comment").sql(Step.COMMENT, "COMMENT ON COLUMN " + table + "." + ident(change.name())
                    + " IS " + literal(want.comment()));
        }
        if (changed.contains("position")) {
            plan.attributes(change, "position").cannot(Step.ALTER_COLUMN, change.path()
                    + " position: PostgreSQL cannot reorder columns in place");
        }
    }

    /** {@code varchar(50)[]} gives {@code varchar}. */
    private static String baseType(String type) {
        int paren = type.indexOf('(');
        String base = paren < 0 ? type : type.substring(0, paren);
        return base.endsWith("[]") ? base.substring(0, base.length() - 2) : base;
    }
}
