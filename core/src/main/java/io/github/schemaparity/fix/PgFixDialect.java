package io.github.schemaparity.fix;

import static io.github.schemaparity.fix.PgNames.ident;
import static io.github.schemaparity.fix.PgNames.literal;
import static io.github.schemaparity.fix.PgNames.qualified;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Domain;
import io.github.schemaparity.model.EnumType;
import io.github.schemaparity.model.Extension;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.RowPolicy;
import io.github.schemaparity.model.Schema;
import io.github.schemaparity.model.Sequence;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import io.github.schemaparity.policy.TypeWidth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL fix statements. Every name is schema-qualified and quoted where needed; routine bodies are
 * dollar-quoted. Functions are created with {@code check_function_bodies} off (as {@code pg_dump} does),
 * so a function may come before the tables its body reads.
 */
final class PgFixDialect implements FixDialect {
    private static final String OLD_ENUM_SUFFIX = "__schemaparity_old";

    private CatalogObjects target;
    private CatalogObjects current;
    private List<FixStatement> out;

    @Override
    public List<String> preamble() {
        return List.of("SET check_function_bodies = false");
    }

    @Override
    public List<FixStatement> plan(List<ObjectChange> changes, CatalogObjects target, CatalogObjects current) {
        this.target = target;
        this.current = current;
        this.out = new ArrayList<>();
        Map<String, List<Difference>> recreatedViews = viewsToRecreate(changes);
        List<ObjectChange> views = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.type() == ObjectType.VIEW || change.type() == ObjectType.MATERIALIZED_VIEW) {
                String key = change.schema() + "." + change.name();
                if (recreatedViews.containsKey(key)) {
                    recreatedViews.get(key).addAll(change.differences());
                } else {
                    views.add(change);
                }
                continue;
            }
            apply(change);
        }
        views(views, recreatedViews);
        return out;
    }

    private void apply(ObjectChange change) {
        Emitter emit = new Emitter(out, change.differences());
        switch (change.type()) {
            case SCHEMA -> schema(change, emit);
            case TABLE -> table(change, emit);
            case COLUMN -> column(change, emit);
            case PRIMARY_KEY -> primaryKey(change, emit);
            case FOREIGN_KEY -> foreignKey(change, emit);
            case UNIQUE -> unique(change, emit);
            case CHECK -> check(change, emit);
            case INDEX -> index(change, emit);
            case SEQUENCE -> sequence(change, emit);
            case ROUTINE -> routine(change, emit);
            case TRIGGER -> trigger(change, emit);
            case TYPE -> enumType(change, emit);
            case DOMAIN -> domain(change, emit);
            case POLICY -> policy(change, emit);
            case PRIVILEGE -> privilege(change, emit);
            case EXTENSION -> extension(change, emit);
            case SETTING -> emit.cannot(Step.ALTER_TABLE, "server setting " + change.name()
                    + " is not part of the schema: change it in the server configuration");
            case MIGRATION -> {
                // Migration history is the tool's to write: no DDL removes such a difference.
            }
            default -> emit.cannot(Step.ALTER_TABLE, "no fix for " + change.type() + " " + change.path());
        }
    }

    // ---- schemas, tables, columns --------------------------------------------------------------

    private void schema(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.missing()) {
            Schema schema = target.schema(change.name()).orElseThrow();
            emit.sql(Step.CREATE_SCHEMA, "CREATE SCHEMA " + name);
            if (schema.comment() != null) {
                emit.sql(Step.COMMENT, "COMMENT ON SCHEMA " + name + " IS " + literal(schema.comment()));
            }
            schema.enumTypes().forEach(t -> createEnum(schema.name(), t, emit));
            schema.domains().forEach(d -> createDomain(schema.name(), d, emit));
            schema.sequences().forEach(s -> createSequence(schema.name(), s, emit));
            schema.routines().forEach(r -> createRoutine(schema.name(), r, false, emit));
            schema.tables().forEach(t -> createTable(schema.name(), t, emit));
            orderedByDependency(schema.name(), schema.views()).forEach(v -> createView(schema.name(), v, emit));
        } else if (change.unexpected()) {
            emit.destructive(Step.DROP_SCHEMA, "DROP SCHEMA " + name + " CASCADE");
        } else {
            change.changed("comment").ifPresent(d -> emit.sql(Step.COMMENT,
                    "COMMENT ON SCHEMA " + name + " IS " + literal(d.expected())));
        }
    }

    private void table(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createTable(change.schema(), target.table(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            Table table = current.table(change.schema(), change.name()).orElseThrow();
            // A partition goes before its parent (dropping the parent drops it): same step, earlier position.
            FixStatement drop = FixStatement.of(Step.DROP_TABLE, "DROP TABLE " + name, true, change.differences());
            if (table.options().containsKey("partitionOf")) {
                out.add(0, drop);
            } else {
                out.add(drop);
            }
            return;
        }
        Table want = target.table(change.schema(), change.name()).orElseThrow();
        Table have = current.table(change.schema(), change.name()).orElseThrow();
        boolean partitionDone = false;
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(out, List.of(d));
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
                        repartition(name, want, have, attributes(change, "partitionOf", "partitionBound"));
                    }
                }
                case "kind", "partitionKey" -> one.cannot(Step.ALTER_TABLE, name + " " + attribute + " "
                        + d.actual() + " -> " + value + " cannot change in place: the table must be rebuilt");
                default -> {
                    if (attribute.startsWith("storage.")) {
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
        emit.sql(Step.CREATE_TABLE, sql.toString());
        if (parent != null) {
            // Columns come from the parent; the partition's own NOT NULLs and defaults are set after.
            Optional<Table> parentTable = target.table(parent.substring(0, parent.indexOf('.')),
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
        Table inheritedFrom = parent == null ? null : target.table(parent.substring(0, parent.indexOf('.')),
                parent.substring(parent.indexOf('.') + 1)).orElse(null);
        if (options.containsKey("rowSecurity")) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + " ENABLE ROW LEVEL SECURITY");
        }
        if (options.containsKey("forceRowSecurity")) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + name + " FORCE ROW LEVEL SECURITY");
        }
        if (table.primaryKey() != null && (inheritedFrom == null || inheritedFrom.primaryKey() == null)) {
            addPrimaryKey(name, table.primaryKey(), emit);
        }
        for (UniqueConstraint unique : table.uniques()) {
            if (inheritedFrom == null || inheritedFrom.uniques().stream().noneMatch(u -> u.columns().equals(unique.columns()))) {
                addUnique(name, unique, emit);
            }
        }
        for (CheckConstraint check : table.checks()) {
            if (inheritedFrom == null || CatalogObjects.find(inheritedFrom.checks(), check.name()).isEmpty()) {
                addCheck(name, check, emit);
            }
        }
        for (Index index : table.indexes()) {
            if (inheritedFrom == null || inheritedFrom.indexes().stream()
                    .noneMatch(i -> i.columns().equals(index.columns()) && i.unique() == index.unique())) {
                createIndex(schema, table.name(), index, emit);
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            if (inheritedFrom == null || CatalogObjects.find(inheritedFrom.foreignKeys(), key.name()).isEmpty()) {
                addForeignKey(name, key, emit);
            }
        }
        table.triggers().forEach(t -> createTrigger(name, t, emit));
        table.policies().forEach(p -> createPolicy(name, p, emit));
        if (table.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON TABLE " + name + " IS " + literal(table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                emit.sql(Step.COMMENT, "COMMENT ON COLUMN " + name + "." + ident(column.name()) + " IS "
                        + literal(column.comment()));
            }
        }
        table.privileges().forEach(p -> emit.sql(Step.GRANT, grant(p, name)));
        for (Sequence sequence : schemaOf(target, schema).sequences()) {
            if (sequence.ownedBy() != null && sequence.ownedBy().startsWith(schema + "." + table.name() + ".")
                    && current.sequence(schema, sequence.name()).isPresent()) {
                // The sequence was there already (the table was not): give it back its owner.
                emit.sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + qualified(schema, sequence.name()) + " OWNED BY "
                        + ownedBy(sequence.ownedBy()));
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

    private void column(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        String alter = "ALTER TABLE " + table + " ALTER COLUMN " + ident(change.name());
        if (change.missing()) {
            Column column = target.table(change.schema(), change.parent())
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
        Column want = target.table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        Column have = current.table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (changed.contains("type") || changed.contains("collation")) {
            boolean widening = !changed.contains("type")
                    || TypeWidth.compare(want.type(), have.type()) == TypeWidth.Direction.NARROWED;
            // Within one base type (varchar(255) to varchar(50)) the server casts by itself; across base types say how.
            boolean cast = changed.contains("type") && !baseType(want.type()).equals(baseType(have.type()));
            String sql = alter + " TYPE " + want.type()
                    + (want.collation() == null ? "" : " COLLATE " + collation(want.collation()))
                    + (cast ? " USING " + ident(want.name()) + "::" + want.type() : "");
            attributes(change, "type", "collation").sql(Step.ALTER_COLUMN, sql, !widening);
        }
        if (changed.contains("nullable")) {
            if (want.nullable()) {
                attributes(change, "nullable").sql(Step.ALTER_COLUMN, alter + " DROP NOT NULL");
            } else {
                attributes(change, "nullable").destructive(Step.ALTER_COLUMN, alter + " SET NOT NULL");
            }
        }
        if (changed.contains("identity") && want.identity() == null) {
            attributes(change, "identity").sql(Step.ALTER_COLUMN, alter + " DROP IDENTITY");
        }
        if (changed.contains("default")) {
            attributes(change, "default").sql(Step.ALTER_COLUMN, want.defaultValue() == null ? alter + " DROP DEFAULT"
                    : alter + " SET DEFAULT " + want.defaultValue());
        }
        if (changed.contains("identity") && want.identity() != null) {
            attributes(change, "identity").sql(Step.ALTER_COLUMN, have.identity() == null
                    ? alter + " ADD GENERATED " + want.identity() + " AS IDENTITY"
                    : alter + " SET GENERATED " + want.identity());
        }
        if (changed.contains("generated")) {
            Emitter generated = attributes(change, "generated");
            if (want.generated() == null) {
                generated.sql(Step.ALTER_COLUMN, alter + " DROP EXPRESSION");
            } else if (have.generated() != null && majorVersion() >= 17) {
                generated.sql(Step.ALTER_COLUMN, alter + " SET EXPRESSION AS (" + generation(want.generated()) + ")");
            } else {
                generated.cannot(Step.ALTER_COLUMN, change.path() + " generation expression: "
                        + (have.generated() == null ? "a column cannot become generated in place; drop and add it"
                        : "SET EXPRESSION needs PostgreSQL 17"));
            }
        }
        if (changed.contains("comment")) {
            attributes(change, "comment").sql(Step.COMMENT, "COMMENT ON COLUMN " + table + "." + ident(change.name())
                    + " IS " + literal(want.comment()));
        }
        if (changed.contains("position")) {
            attributes(change, "position").cannot(Step.ALTER_COLUMN, change.path()
                    + " position: PostgreSQL cannot reorder columns in place");
        }
    }

    /** Statements that resolve only the differences of some attributes of an object. */
    private Emitter attributes(ObjectChange change, String... attributes) {
        List<String> wanted = List.of(attributes);
        return new Emitter(out, change.differences().stream().filter(d -> wanted.contains(d.attribute())).toList());
    }

    /** {@code varchar(50)[]} gives {@code varchar}. */
    private static String baseType(String type) {
        int paren = type.indexOf('(');
        String base = paren < 0 ? type : type.substring(0, paren);
        return base.endsWith("[]") ? base.substring(0, base.length() - 2) : base;
    }

    private int majorVersion() {
        try {
            return Integer.parseInt(current.catalog().majorVersion());
        } catch (RuntimeException e) {
            return 0;
        }
    }

    // ---- keys, constraints, indexes ------------------------------------------------------------

    private Optional<Table> targetTable(ObjectChange change) {
        return target.table(change.schema(), change.parent());
    }

    private Optional<Table> currentTable(ObjectChange change) {
        return current.table(change.schema(), change.parent());
    }

    private void primaryKey(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        PrimaryKey want = targetTable(change).map(Table::primaryKey).orElse(null);
        PrimaryKey have = currentTable(change).map(Table::primaryKey).orElse(null);
        if (have != null && (want == null || !want.columns().equals(have.columns()))) {
            emit.sql(Step.DROP_CONSTRAINT, dropConstraint(table, have.name()));
        } else if (have != null && !have.name().equals(want.name())) {
            emit.sql(Step.ALTER_TABLE, renameConstraint(table, have.name(), want.name()));
            return;
        }
        if (want != null && (have == null || !want.columns().equals(have.columns()))) {
            addPrimaryKey(table, want, emit);
        }
    }

    private static void addPrimaryKey(String table, PrimaryKey key, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(key.name()) + " PRIMARY KEY ("
                + columns(key.columns()) + ")");
    }

    private void foreignKey(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        ForeignKey want = targetTable(change).flatMap(t -> CatalogObjects.find(t.foreignKeys(), change.name())).orElse(null);
        ForeignKey have = currentTable(change).flatMap(t -> CatalogObjects.child(t.foreignKeys(), change.currentName(),
                ForeignKey::signature, want)).orElse(null);
        if (want == null) {
            emit.sql(Step.DROP_FOREIGN_KEY, dropConstraint(table, have.name()));
            return;
        }
        if (have == null) {
            addForeignKey(table, want, emit);
            return;
        }
        Set<String> changed = new HashSet<>(change.changedAttributes());
        if (!have.name().equals(want.name())) {
            changed.remove("name");
            if (changed.isEmpty() || Set.of("deferrable", "initiallyDeferred", "validated").containsAll(changed)) {
                emit.sql(Step.ALTER_TABLE, renameConstraint(table, have.name(), want.name()));
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        if (Set.of("deferrable", "initiallyDeferred").containsAll(changed)) {
            emit.sql(Step.ADD_FOREIGN_KEY, "ALTER TABLE " + table + " ALTER CONSTRAINT " + ident(want.name())
                    + deferrable(want.deferrable(), want.initiallyDeferred(), true));
        } else if (changed.equals(Set.of("validated")) && want.validated()) {
            emit.sql(Step.ADD_FOREIGN_KEY, "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + ident(want.name()));
        } else {
            emit.sql(Step.DROP_FOREIGN_KEY, dropConstraint(table, have.name()));
            addForeignKey(table, want, emit);
        }
    }

    private static String deferrable(boolean deferrable, boolean initiallyDeferred, boolean explicit) {
        if (!deferrable) {
            return explicit ? " NOT DEFERRABLE" : "";
        }
        return " DEFERRABLE" + (initiallyDeferred ? " INITIALLY DEFERRED" : explicit ? " INITIALLY IMMEDIATE" : "");
    }

    private static void addForeignKey(String table, ForeignKey key, Emitter emit) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ")
                .append(ident(key.name())).append(" FOREIGN KEY (").append(columns(key.columns()))
                .append(") REFERENCES ").append(qualified(key.referencedTable())).append(" (")
                .append(columns(key.referencedColumns())).append(')');
        if (key.onDelete() != null && !"NO ACTION".equals(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete());
        }
        if (key.onUpdate() != null && !"NO ACTION".equals(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        sql.append(deferrable(key.deferrable(), key.initiallyDeferred(), false));
        if (!key.validated()) {
            sql.append(" NOT VALID");
        }
        emit.sql(Step.ADD_FOREIGN_KEY, sql.toString());
    }

    private void unique(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        UniqueConstraint want = targetTable(change).flatMap(t -> CatalogObjects.find(t.uniques(), change.name())).orElse(null);
        UniqueConstraint have = currentTable(change).flatMap(t -> CatalogObjects.child(t.uniques(), change.currentName(),
                UniqueConstraint::signature, want)).orElse(null);
        replaceConstraint(table, want, have, change, emit, u -> addUnique(table, u, emit));
    }

    private static void addUnique(String table, UniqueConstraint unique, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(unique.name()) + " UNIQUE"
                + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + columns(unique.columns()) + ")"
                + (unique.deferrable() ? " DEFERRABLE" : ""));
    }

    private void check(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        CheckConstraint want = targetTable(change).flatMap(t -> CatalogObjects.find(t.checks(), change.name())).orElse(null);
        CheckConstraint have = currentTable(change).flatMap(t -> CatalogObjects.child(t.checks(), change.currentName(),
                CheckConstraint::signature, want)).orElse(null);
        if (want != null && have != null && change.changedAttributes().stream().allMatch(a -> a.equals("validated")
                || a.equals("name")) && want.validated()) {
            if (!have.name().equals(want.name())) {
                emit.sql(Step.ALTER_TABLE, renameConstraint(table, have.name(), want.name()));
            }
            if (change.changed("validated").isPresent()) {
                emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + ident(want.name()));
            }
            return;
        }
        replaceConstraint(table, want, have, change, emit, c -> addCheck(table, c, emit));
    }

    private static void addCheck(String table, CheckConstraint check, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(check.name()) + " CHECK "
                + check.expression() + (check.validated() ? "" : " NOT VALID"));
    }

    /** Drop what is unexpected, add what is missing, rename when only the name differs, else drop and add. */
    private <T extends io.github.schemaparity.model.Named> void replaceConstraint(String table, T want, T have,
            ObjectChange change, Emitter emit, java.util.function.Consumer<T> add) {
        if (have != null && want != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.ALTER_TABLE, renameConstraint(table, have.name(), want.name()));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_CONSTRAINT, dropConstraint(table, have.name()));
        }
        if (want != null) {
            add.accept(want);
        }
    }

    private static String dropConstraint(String table, String name) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + ident(name);
    }

    private static String renameConstraint(String table, String from, String to) {
        return "ALTER TABLE " + table + " RENAME CONSTRAINT " + ident(from) + " TO " + ident(to);
    }

    private static String columns(List<String> columns) {
        return columns.stream().map(PgNames::ident).collect(Collectors.joining(", "));
    }

    private List<Index> indexesOf(CatalogObjects catalog, String schema, String parent) {
        Optional<Table> table = catalog.table(schema, parent);
        if (table.isPresent()) {
            return table.get().indexes();
        }
        return catalog.view(schema, parent).map(View::indexes).orElse(List.of());
    }

    private void index(ObjectChange change, Emitter emit) {
        Index want = CatalogObjects.find(indexesOf(target, change.schema(), change.parent()), change.name()).orElse(null);
        Index have = CatalogObjects.child(indexesOf(current, change.schema(), change.parent()), change.currentName(),
                Index::signature, want).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.CREATE_INDEX, "ALTER INDEX " + qualified(change.schema(), have.name()) + " RENAME TO "
                    + ident(want.name()));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_INDEX, "DROP INDEX " + qualified(change.schema(), have.name()));
        }
        if (want != null) {
            boolean onView = target.view(change.schema(), change.parent()).isPresent();
            createIndex(change.schema(), change.parent(), want, emit, onView ? Step.CREATE_VIEW_INDEX : Step.CREATE_INDEX);
        }
    }

    static void createIndex(String schema, String parent, Index index, Emitter emit) {
        createIndex(schema, parent, index, emit, Step.CREATE_INDEX);
    }

    static void createIndex(String schema, String parent, Index index, Emitter emit, Step step) {
        if (index.columns().stream().anyMatch(c -> c.contains(" WITH "))) {
            emit.cannot(step, "index " + index.name() + " backs an exclusion constraint, which the model "
                    + "does not describe fully");
            return;
        }
        emit.sql(step, "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + ident(index.name())
                + " ON " + qualified(schema, parent) + " USING " + index.method() + " ("
                + String.join(", ", index.columns()) + ")"
                + (index.include().isEmpty() ? "" : " INCLUDE (" + String.join(", ", index.include()) + ")")
                + (index.predicate() == null ? "" : " WHERE " + index.predicate()));
    }

    // ---- views ---------------------------------------------------------------------------------

    /**
     * Views both sides have unchanged that still must be dropped and created again, because a column
     * they read changes type (PostgreSQL refuses that while a view uses it), or a view they read is
     * recreated; each with the differences that make it necessary.
     */
    private Map<String, List<Difference>> viewsToRecreate(List<ObjectChange> changes) {
        Map<String, List<Difference>> recreate = new LinkedHashMap<>();
        List<String> touchedRelations = new ArrayList<>();
        List<Difference> causes = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.type() == ObjectType.COLUMN && (change.changed("type").isPresent()
                    || change.changed("collation").isPresent())) {
                touchedRelations.add(qualified(change.schema(), change.parent()));
                causes.addAll(change.differences());
            }
        }
        if (touchedRelations.isEmpty()) {
            return recreate;
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Schema schema : current.catalog().schemas()) {
                for (View view : schema.views()) {
                    String key = schema.name() + "." + view.name();
                    if (recreate.containsKey(key) || target.view(schema.name(), view.name()).isEmpty()) {
                        continue;
                    }
                    if (touchedRelations.stream().anyMatch(r -> references(view.definition(), r))) {
                        recreate.put(key, new ArrayList<>(causes));
                        touchedRelations.add(qualified(schema.name(), view.name()));
                        grew = true;
                    }
                }
            }
        }
        return recreate;
    }

    /** Whether SQL text names a relation ({@code schema.name} as the server prints it). */
    static boolean references(String definition, String qualifiedName) {
        if (definition == null) {
            return false;
        }
        String text = definition.toLowerCase(java.util.Locale.ROOT);
        String name = qualifiedName.toLowerCase(java.util.Locale.ROOT);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean before = at == 0 || !isWordChar(text.charAt(at - 1));
            boolean after = end >= text.length() || !isWordChar(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '"';
    }

    private void views(List<ObjectChange> changes, Map<String, List<Difference>> recreated) {
        // Drops: dependents first (reverse dependency order of the current side).
        Map<String, ObjectChange> byKey = new LinkedHashMap<>();
        changes.forEach(c -> byKey.put(c.schema() + "." + c.name(), c));
        for (Schema schema : current.catalog().schemas()) {
            List<View> ordered = new ArrayList<>(orderedByDependency(schema.name(), schema.views()));
            java.util.Collections.reverse(ordered);
            for (View view : ordered) {
                String key = schema.name() + "." + view.name();
                if (recreated.containsKey(key)) {
                    new Emitter(out, recreated.get(key)).sql(Step.DROP_VIEW, dropView(schema.name(), view));
                } else if (byKey.containsKey(key)) {
                    dropViewFor(byKey.get(key), view);
                }
            }
        }
        // Creates: what they read first (dependency order of the target side).
        for (Schema schema : target.catalog().schemas()) {
            for (View view : orderedByDependency(schema.name(), schema.views())) {
                String key = schema.name() + "." + view.name();
                if (recreated.containsKey(key)) {
                    createView(schema.name(), view, new Emitter(out, recreated.get(key)));
                } else if (byKey.containsKey(key)) {
                    createViewFor(byKey.get(key), view);
                }
            }
        }
    }

    private static String dropView(String schema, View view) {
        return "DROP " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(schema, view.name());
    }

    /** Whether a change needs the current view dropped (removed, a materialized one redefined, or kind changed). */
    private static boolean dropsView(ObjectChange change, View have) {
        if (change.unexpected()) {
            return true;
        }
        List<String> changed = change.changedAttributes();
        return changed.contains("materialized") || (have.materialized() && changed.contains("definition"));
    }

    private void dropViewFor(ObjectChange change, View have) {
        if (dropsView(change, have)) {
            new Emitter(out, change.differences()).sql(Step.DROP_VIEW, dropView(change.schema(), have));
        }
    }

    private void createViewFor(ObjectChange change, View want) {
        Emitter emit = new Emitter(out, change.differences());
        View have = current.view(change.schema(), change.name()).orElse(null);
        if (have == null || dropsView(change, have)) {
            createView(change.schema(), want, emit);
            return;
        }
        String name = qualified(change.schema(), change.name());
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(out, List.of(d));
            switch (d.attribute() == null ? "" : d.attribute()) {
                case "definition" -> one.sql(Step.CREATE_VIEW, "CREATE OR REPLACE VIEW " + name + " AS " + want.definition());
                case "comment" -> one.sql(Step.COMMENT, "COMMENT ON " + (want.materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                        + name + " IS " + literal(want.comment()));
                default -> one.cannot(Step.CREATE_VIEW, "view attribute " + d.attribute() + " of " + name);
            }
        }
    }

    private void createView(String schema, View view, Emitter emit) {
        String name = qualified(schema, view.name());
        emit.sql(Step.CREATE_VIEW, "CREATE " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + name + " AS "
                + view.definition());
        view.indexes().forEach(i -> createIndex(schema, view.name(), i, emit, Step.CREATE_VIEW_INDEX));
        if (view.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON " + (view.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + name + " IS "
                    + literal(view.comment()));
        }
        view.privileges().forEach(p -> emit.sql(Step.GRANT, grant(p, name)));
    }

    /** Views ordered so that a view comes after the views of its schema that its definition names. */
    static List<View> orderedByDependency(String schema, List<View> views) {
        List<View> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<View> pending = new ArrayList<>(views);
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.iterator(); it.hasNext();) {
                View view = it.next();
                boolean ready = pending.stream().noneMatch(other -> other != view
                        && references(view.definition(), qualified(schema, other.name())));
                if (ready) {
                    ordered.add(view);
                    placed.add(view.name());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(pending); // a cycle cannot be: keep the rest in name order
                break;
            }
        }
        return ordered;
    }

    // ---- sequences, routines, triggers, policies -----------------------------------------------

    private void sequence(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createSequence(change.schema(), target.sequence(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            // IF EXISTS: a sequence owned by a column goes with its table or column when those are dropped.
            emit.destructive(Step.DROP_SEQUENCE, "DROP SEQUENCE IF EXISTS " + name);
            return;
        }
        Sequence want = target.sequence(change.schema(), change.name()).orElseThrow();
        List<String> changed = change.changedAttributes();
        StringBuilder clauses = new StringBuilder();
        if (changed.contains("dataType")) {
            clauses.append(" AS ").append(want.dataType()).append(" MINVALUE ").append(want.minValue())
                    .append(" MAXVALUE ").append(want.maxValue());
        } else {
            if (changed.contains("minValue")) {
                clauses.append(" MINVALUE ").append(want.minValue());
            }
            if (changed.contains("maxValue")) {
                clauses.append(" MAXVALUE ").append(want.maxValue());
            }
        }
        if (changed.contains("start")) {
            clauses.append(" START WITH ").append(want.start());
        }
        if (changed.contains("increment")) {
            clauses.append(" INCREMENT BY ").append(want.increment());
        }
        if (changed.contains("cache")) {
            clauses.append(" CACHE ").append(want.cache());
        }
        if (changed.contains("cycle")) {
            clauses.append(want.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (!clauses.isEmpty()) {
            new Emitter(out, change.differences().stream().filter(d -> !"ownedBy".equals(d.attribute())).toList())
                    .sql(Step.CREATE_SEQUENCE, "ALTER SEQUENCE " + name + clauses);
        }
        if (changed.contains("ownedBy")) {
            attributes(change, "ownedBy").sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + name + " OWNED BY " + ownedBy(want.ownedBy()));
        }
    }

    private static void createSequence(String schema, Sequence sequence, Emitter emit) {
        String name = qualified(schema, sequence.name());
        emit.sql(Step.CREATE_SEQUENCE, "CREATE SEQUENCE " + name + " AS " + sequence.dataType() + " START WITH "
                + sequence.start() + " INCREMENT BY " + sequence.increment() + " MINVALUE " + sequence.minValue()
                + " MAXVALUE " + sequence.maxValue() + " CACHE " + sequence.cache()
                + (sequence.cycle() ? " CYCLE" : " NO CYCLE"));
        if (sequence.ownedBy() != null) {
            emit.sql(Step.SEQUENCE_OWNER, "ALTER SEQUENCE " + name + " OWNED BY " + ownedBy(sequence.ownedBy()));
        }
    }

    /** {@code schema.table.column} quoted, or {@code NONE}. */
    private static String ownedBy(String column) {
        if (column == null) {
            return "NONE";
        }
        int first = column.indexOf('.');
        int last = column.lastIndexOf('.');
        return qualified(column.substring(0, first), column.substring(first + 1, last)) + "."
                + ident(column.substring(last + 1));
    }

    private void routine(ObjectChange change, Emitter emit) {
        if (change.missing()) {
            createRoutine(change.schema(), target.routine(change.schema(), change.name()).orElseThrow(), false, emit);
            return;
        }
        Routine have = current.routine(change.schema(), change.name()).orElseThrow();
        if (change.unexpected()) {
            emit.sql(Step.DROP_ROUTINE, "DROP " + routineKeyword(have) + " " + routineSignature(change.schema(), have));
            return;
        }
        Routine want = target.routine(change.schema(), change.name()).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (changed.contains("kind") || changed.contains("arguments") || changed.contains("returnType")) {
            // CREATE OR REPLACE cannot change these.
            emit.sql(Step.DROP_ROUTINE, "DROP " + routineKeyword(have) + " " + routineSignature(change.schema(), have));
            createRoutine(change.schema(), want, false, emit);
        } else if (!changed.equals(List.of("comment"))) {
            createRoutine(change.schema(), want, true, emit);
        } else {
            emit.sql(Step.COMMENT, "COMMENT ON " + routineKeyword(want) + " " + routineSignature(change.schema(), want)
                    + " IS " + literal(want.comment()));
        }
    }

    private static String routineKeyword(Routine routine) {
        return switch (routine.kind() == null ? "FUNCTION" : routine.kind()) {
            case "PROCEDURE" -> "PROCEDURE";
            case "AGGREGATE" -> "AGGREGATE";
            default -> "FUNCTION";
        };
    }

    private static String routineSignature(String schema, Routine routine) {
        return qualified(schema, routine.name()) + "(" + String.join(", ", routine.argumentTypes()) + ")";
    }

    private static void createRoutine(String schema, Routine routine, boolean replace, Emitter emit) {
        String kind = routine.kind() == null ? "FUNCTION" : routine.kind();
        if (kind.equals("AGGREGATE") || kind.equals("WINDOW")) {
            emit.cannot(Step.CREATE_ROUTINE, kind.toLowerCase(java.util.Locale.ROOT) + " "
                    + routineSignature(schema, routine) + ": the model does not hold its full definition");
            return;
        }
        if ("c".equals(routine.language()) || "internal".equals(routine.language())) {
            emit.cannot(Step.CREATE_ROUTINE, routineSignature(schema, routine) + " is written in "
                    + routine.language() + ": its object file is not part of the model");
            return;
        }
        boolean procedure = kind.equals("PROCEDURE");
        StringBuilder sql = new StringBuilder("CREATE ").append(replace ? "OR REPLACE " : "")
                .append(procedure ? "PROCEDURE " : "FUNCTION ").append(qualified(schema, routine.name())).append('(')
                .append(routine.arguments() == null ? "" : routine.arguments()).append(')');
        if (!procedure) {
            sql.append(" RETURNS ").append(routine.returnType());
        }
        sql.append(" LANGUAGE ").append(ident(routine.language()));
        if (!procedure) {
            sql.append(' ').append(routine.volatility());
            if (routine.strict()) {
                sql.append(" STRICT");
            }
        }
        if (routine.securityDefiner()) {
            sql.append(" SECURITY DEFINER");
        }
        String body = routine.body() == null ? "" : routine.body();
        boolean standardBody = "sql".equals(routine.language())
                && (body.startsWith("begin atomic") || body.startsWith("return "));
        sql.append(standardBody ? "\n" + body : "\nAS " + PgNames.dollarQuoted(body));
        emit.sql(standardBody ? Step.CREATE_ROUTINE_LATE : Step.CREATE_ROUTINE, sql.toString());
        if (routine.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON " + routineKeyword(routine) + " " + routineSignature(schema, routine)
                    + " IS " + literal(routine.comment()));
        }
    }

    private void trigger(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        Trigger want = targetTable(change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name())).orElse(null);
        Trigger have = currentTable(change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name())).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("enabled"))) {
            emit.sql(Step.CREATE_TRIGGER, triggerState(table, want));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_TRIGGER, "DROP TRIGGER " + ident(have.name()) + " ON " + table);
        }
        if (want != null) {
            createTrigger(table, want, emit);
        }
    }

    private static String triggerState(String table, Trigger trigger) {
        String state = switch (trigger.enabled() == null ? "ENABLED" : trigger.enabled()) {
            case "DISABLED" -> "DISABLE TRIGGER ";
            case "REPLICA" -> "ENABLE REPLICA TRIGGER ";
            case "ALWAYS" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
        return "ALTER TABLE " + table + " " + state + ident(trigger.name());
    }

    private static void createTrigger(String table, Trigger trigger, Emitter emit) {
        String events = trigger.events().stream().map(PgFixDialect::triggerEvent).collect(Collectors.joining(" OR "));
        emit.sql(Step.CREATE_TRIGGER, "CREATE TRIGGER " + ident(trigger.name()) + " " + trigger.timing() + " " + events
                + " ON " + table + " FOR EACH " + trigger.level()
                + (trigger.condition() == null ? "" : " WHEN (" + trigger.condition() + ")")
                + " EXECUTE FUNCTION " + trigger.function());
        if (trigger.enabled() != null && !"ENABLED".equals(trigger.enabled())) {
            emit.sql(Step.CREATE_TRIGGER, triggerState(table, trigger));
        }
    }

    private static String triggerEvent(String event) {
        if (!event.startsWith("UPDATE OF ")) {
            return event;
        }
        return "UPDATE OF " + java.util.Arrays.stream(event.substring("UPDATE OF ".length()).split(", "))
                .map(PgNames::ident).collect(Collectors.joining(", "));
    }

    private void policy(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        RowPolicy want = targetTable(change).flatMap(t -> CatalogObjects.find(t.policies(), change.name())).orElse(null);
        if (!change.missing()) {
            emit.sql(Step.DROP_POLICY, "DROP POLICY " + ident(change.name()) + " ON " + table);
        }
        if (want != null) {
            createPolicy(table, want, emit);
        }
    }

    private static void createPolicy(String table, RowPolicy policy, Emitter emit) {
        String roles = policy.roles().isEmpty() ? "PUBLIC" : policy.roles().stream()
                .map(r -> r.equals("public") ? "PUBLIC" : ident(r)).collect(Collectors.joining(", "));
        emit.sql(Step.CREATE_POLICY, "CREATE POLICY " + ident(policy.name()) + " ON " + table + " AS "
                + (policy.permissive() ? "PERMISSIVE" : "RESTRICTIVE") + " FOR " + policy.command() + " TO " + roles
                + (policy.using() == null ? "" : " USING (" + policy.using() + ")")
                + (policy.withCheck() == null ? "" : " WITH CHECK (" + policy.withCheck() + ")"));
    }

    // ---- types, domains, extensions, privileges ------------------------------------------------

    private void enumType(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createEnum(change.schema(), target.enumType(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.sql(Step.DROP_TYPE, "DROP TYPE " + name);
            return;
        }
        EnumType want = target.enumType(change.schema(), change.name()).orElseThrow();
        EnumType have = current.enumType(change.schema(), change.name()).orElseThrow();
        if (change.changed("labels").isPresent()) {
            if (isSubsequence(have.labels(), want.labels())) {
                List<String> present = new ArrayList<>(have.labels());
                for (int i = 0; i < want.labels().size(); i++) {
                    String label = want.labels().get(i);
                    if (!present.contains(label)) {
                        String position = i == 0 ? " BEFORE " + literal(present.get(0))
                                : " AFTER " + literal(want.labels().get(i - 1));
                        attributes(change, "labels").sql(Step.CREATE_TYPE, "ALTER TYPE " + name + " ADD VALUE " + literal(label)
                                + (present.isEmpty() ? "" : position));
                        present.add(label);
                    }
                }
            } else {
                recreateEnum(change.schema(), want, have, attributes(change, "labels"));
            }
        }
        change.changed("comment").ifPresent(d -> attributes(change, "comment").sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS "
                + literal(d.expected())));
    }

    private static boolean isSubsequence(List<String> part, List<String> whole) {
        int at = 0;
        for (String label : whole) {
            if (at < part.size() && part.get(at).equals(label)) {
                at++;
            }
        }
        return at == part.size();
    }

    /**
     * Labels cannot be removed or reordered in place: the type is renamed, created anew and every column
     * of the current side that uses it converted through text; rows holding a removed label make the
     * conversion fail, so this is destructive when a label goes.
     */
    private void recreateEnum(String schema, EnumType want, EnumType have, Emitter emit) {
        boolean removes = !want.labels().containsAll(have.labels());
        String name = qualified(schema, want.name());
        String old = qualified(schema, want.name() + OLD_ENUM_SUFFIX);
        emit.sql(Step.CREATE_TYPE, "ALTER TYPE " + name + " RENAME TO " + ident(want.name() + OLD_ENUM_SUFFIX), removes);
        emit.sql(Step.CREATE_TYPE, "CREATE TYPE " + name + " AS ENUM (" + want.labels().stream().map(PgNames::literal)
                .collect(Collectors.joining(", ")) + ")", removes);
        String typeName = schema + "." + want.name();
        for (Schema s : current.catalog().schemas()) {
            for (Table table : s.tables()) {
                for (Column column : table.columns()) {
                    if (!column.type().equals(typeName) && !column.type().equals(typeName + "[]")) {
                        continue;
                    }
                    String alter = "ALTER TABLE " + qualified(s.name(), table.name()) + " ALTER COLUMN "
                            + ident(column.name());
                    if (column.defaultValue() != null) {
                        emit.sql(Step.CREATE_TYPE, alter + " DROP DEFAULT", removes);
                    }
                    String cast = column.type().endsWith("[]") ? "::text[]::" + name + "[]" : "::text::" + name;
                    emit.sql(Step.CREATE_TYPE, alter + " TYPE " + column.type().replace(typeName, name) + " USING "
                            + ident(column.name()) + cast, removes);
                    if (column.defaultValue() != null) {
                        emit.sql(Step.CREATE_TYPE, alter + " SET DEFAULT " + column.defaultValue(), removes);
                    }
                }
            }
        }
        emit.sql(Step.CREATE_TYPE, "DROP TYPE " + old, removes);
    }

    private static void createEnum(String schema, EnumType type, Emitter emit) {
        String name = qualified(schema, type.name());
        emit.sql(Step.CREATE_TYPE, "CREATE TYPE " + name + " AS ENUM (" + type.labels().stream().map(PgNames::literal)
                .collect(Collectors.joining(", ")) + ")");
        if (type.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON TYPE " + name + " IS " + literal(type.comment()));
        }
    }

    private void domain(ObjectChange change, Emitter emit) {
        String name = qualified(change.schema(), change.name());
        if (change.missing()) {
            createDomain(change.schema(), target.domain(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.sql(Step.DROP_DOMAIN, "DROP DOMAIN " + name);
            return;
        }
        Domain want = target.domain(change.schema(), change.name()).orElseThrow();
        Domain have = current.domain(change.schema(), change.name()).orElseThrow();
        for (Difference d : change.differences()) {
            Emitter one = new Emitter(out, List.of(d));
            switch (d.attribute()) {
                case "nullable" -> {
                    if (want.nullable()) {
                        one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " DROP NOT NULL");
                    } else {
                        one.destructive(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " SET NOT NULL");
                    }
                }
                case "default" -> one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name
                        + (want.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + want.defaultValue()));
                case "checks" -> {
                    for (String check : have.checks()) {
                        if (!want.checks().contains(check)) {
                            one.sql(Step.CREATE_DOMAIN, dropDomainCheck(change.schema(), change.name(), check));
                        }
                    }
                    for (String check : want.checks()) {
                        if (!have.checks().contains(check)) {
                            one.sql(Step.CREATE_DOMAIN, "ALTER DOMAIN " + name + " ADD CHECK " + check);
                        }
                    }
                }
                case "comment" -> one.sql(Step.COMMENT, "COMMENT ON DOMAIN " + name + " IS " + literal(want.comment()));
                default -> one.cannot(Step.CREATE_DOMAIN, "domain " + name + " " + d.attribute() + " " + d.actual()
                        + " -> " + d.expected() + " cannot change in place: drop the domain and create it again");
            }
        }
    }

    /**
     * The model keeps a domain's checks by expression, not by name: the statement finds the constraint's
     * name in the catalog when it runs.
     */
    static String dropDomainCheck(String schema, String domain, String expression) {
        String name = qualified(schema, domain);
        String body = "DECLARE c name; BEGIN SELECT conname INTO c FROM pg_catalog.pg_constraint WHERE contypid = "
                + literal(name) + "::regtype AND contype = 'c' AND pg_catalog.regexp_replace("
                + "pg_catalog.pg_get_constraintdef(oid, true), ' NOT VALID$', '') = " + literal("CHECK " + expression)
                + "; EXECUTE pg_catalog.format('ALTER DOMAIN " + name.replace("'", "''")
                + " DROP CONSTRAINT %I', c); END";
        return "DO " + PgNames.dollarQuoted(body);
    }

    private static void createDomain(String schema, Domain domain, Emitter emit) {
        String name = qualified(schema, domain.name());
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name).append(" AS ").append(domain.baseType());
        if (domain.collation() != null) {
            sql.append(" COLLATE ").append(collation(domain.collation()));
        }
        if (domain.defaultValue() != null) {
            sql.append(" DEFAULT ").append(domain.defaultValue());
        }
        if (!domain.nullable()) {
            sql.append(" NOT NULL");
        }
        domain.checks().forEach(c -> sql.append(" CHECK ").append(c));
        emit.sql(Step.CREATE_DOMAIN, sql.toString());
        if (domain.comment() != null) {
            emit.sql(Step.COMMENT, "COMMENT ON DOMAIN " + name + " IS " + literal(domain.comment()));
        }
    }

    private void extension(ObjectChange change, Emitter emit) {
        String name = ident(change.name());
        if (change.unexpected()) {
            emit.destructive(Step.DROP_EXTENSION, "DROP EXTENSION " + name);
            return;
        }
        Extension want = target.extension(change.name()).orElseThrow();
        if (change.missing()) {
            emit.sql(Step.CREATE_EXTENSION, "CREATE EXTENSION IF NOT EXISTS " + name + " WITH SCHEMA "
                    + ident(want.schema()) + " VERSION " + literal(want.version()));
            return;
        }
        change.changed("version").ifPresent(d -> attributes(change, "version").sql(Step.CREATE_EXTENSION, "ALTER EXTENSION " + name
                + " UPDATE TO " + literal(want.version())));
        change.changed("schema").ifPresent(d -> attributes(change, "schema").sql(Step.CREATE_EXTENSION, "ALTER EXTENSION " + name
                + " SET SCHEMA " + ident(want.schema())));
    }

    private void privilege(ObjectChange change, Emitter emit) {
        String object = qualified(change.schema(), change.name());
        for (Difference d : change.differences()) {
            new Emitter(out, List.of(d)).sql(d.change() == Change.MISSING ? Step.GRANT : Step.REVOKE,
                    d.change() == Change.MISSING ? grant(d.attribute(), object) : revoke(d.attribute(), object));
        }
    }

    /** {@code grantee:PRIVILEGE[:grantable]} as a GRANT. */
    static String grant(String privilege, String object) {
        String[] parts = privilege.split(":");
        return "GRANT " + parts[1] + " ON " + object + " TO " + grantee(parts[0])
                + (parts.length > 2 && "grantable".equals(parts[2]) ? " WITH GRANT OPTION" : "");
    }

    static String revoke(String privilege, String object) {
        String[] parts = privilege.split(":");
        return "REVOKE " + parts[1] + " ON " + object + " FROM " + grantee(parts[0]);
    }

    private static String grantee(String role) {
        return "public".equals(role) ? "PUBLIC" : ident(role);
    }

}
