package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.OneAlter;
import io.github.schemaparity.fix.ScriptConventions;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.Column;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MySQL and MariaDB fix statements. Identifiers are always back-quoted. Tables are named without their
 * database when the catalog holds one database, because the candidate and production databases usually
 * have different names: the script runs in the database it is connected to. A column is changed with one
 * {@code MODIFY COLUMN} carrying its whole target definition.
 */
final class MySqlFixDialect implements FixDialect {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    /** Routine and trigger bodies hold semicolons: written inside {@code DELIMITER $$}. */
    private static final ScriptConventions CONVENTIONS = new ScriptConventions(true, false, false, List.of(
            "MySQL and MariaDB commit every DDL statement implicitly: this script cannot run in one transaction,",
            "and a failing statement leaves the ones before it applied. It is written so that a failure leaves",
            "as little half-replaced as the server allows: a changed key or check is one ALTER TABLE that drops",
            "and adds it (MariaDB refuses that for a foreign key that keeps its name, so that one is two).",
            "Fix the cause and run the rest from the failed statement on."));

    private final Engine engine;
    private final DdlSpelling spelling;
    private CatalogObjects target;
    private CatalogObjects current;
    private List<FixStatement> out;
    private List<ObjectChange> changes;

    MySqlFixDialect(Engine engine, DdlSpelling spelling) {
        this.engine = engine;
        this.spelling = spelling;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public ScriptConventions conventions() {
        return CONVENTIONS;
    }

    @Override
    public List<String> preamble() {
        return List.of();
    }

    @Override
    public List<FixStatement> plan(List<ObjectChange> changes, CatalogObjects target, CatalogObjects current) {
        this.target = target;
        this.current = current;
        this.out = new ArrayList<>();
        this.changes = changes;
        List<ObjectChange> views = new ArrayList<>();
        List<ObjectChange> triggers = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.type() == io.github.schemaparity.diff.ObjectType.VIEW) {
                views.add(change);
            } else if (change.type() == io.github.schemaparity.diff.ObjectType.TRIGGER) {
                triggers.add(change); // planned together: FOLLOWS/PRECEDES name another trigger
            } else {
                apply(change);
            }
        }
        views(views);
        MySqlTriggers.plan(triggers, target, current, out, this::name);
        return out;
    }

    static String ident(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** A table or view name, with its database only when the catalog holds several. */
    private String name(String schema, String name) {
        return current.catalog().schemas().size() > 1 ? ident(schema) + "." + ident(name) : ident(name);
    }

    private void apply(ObjectChange change) {
        Emitter emit = new Emitter(out, change.differences());
        switch (change.type()) {
            case SCHEMA -> {
                if (change.unexpected()) {
                    emit.destructive(Step.DROP_SCHEMA, "DROP DATABASE " + ident(change.name()));
                } else {
                    emit.cannot(Step.CREATE_SCHEMA, "database " + change.name() + (change.missing()
                            ? " is missing: create it and run the migrations in it" : " " + change.changedAttributes()));
                }
            }
            case TABLE -> table(change, emit);
            case COLUMN -> column(change, emit);
            case PRIMARY_KEY -> primaryKey(change, emit);
            case FOREIGN_KEY -> foreignKey(change, emit);
            case UNIQUE -> unique(change, emit);
            case CHECK -> check(change, emit);
            case INDEX -> index(change, emit);
            case ROUTINE -> routine(change, emit);
            case SEQUENCE -> MySqlSequences.fix(change, target, name(change.schema(), change.name()), emit);
            case MIGRATION -> {
                // Migration history is the tool's to write: no DDL removes such a difference.
            }
            case SETTING -> emit.cannot(Step.ALTER_TABLE, "server setting " + change.name()
                    + " is not part of the schema: change it in the server configuration");
            default -> emit.cannot(Step.ALTER_TABLE, "no " + engine.id() + " fix for " + change.type() + " "
                    + change.path());
        }
    }

    // ---- tables and columns --------------------------------------------------------------------

    private void table(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.name());
        if (change.missing()) {
            createTable(change.schema(), target.table(change.schema(), change.name()).orElseThrow(), emit);
            return;
        }
        if (change.unexpected()) {
            emit.destructive(Step.DROP_TABLE, "DROP TABLE " + table);
            return;
        }
        Table have = current.table(change.schema(), change.name()).orElseThrow();
        if (change.changedAttributes().stream().anyMatch(MySqlPartitions.ATTRIBUTES::contains)) {
            emit.sql(Step.ALTER_TABLE, MySqlPartitions.repartition(table,
                    target.table(change.schema(), change.name()).orElseThrow()));
        }
        for (Difference d : change.differences()) {
            String value = d.expected();
            if (MySqlPartitions.ATTRIBUTES.contains(d.attribute())) {
                continue;
            }
            switch (d.attribute()) {
                case "engine" -> emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " ENGINE = " + value);
                case "rowFormat" -> emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " ROW_FORMAT = "
                        + (value == null ? "DEFAULT" : value.toUpperCase(Locale.ROOT)));
                case "comment" -> emit.sql(Step.COMMENT, "ALTER TABLE " + table + " COMMENT = "
                        + literal(value == null ? "" : value));
                case "collation" -> {
                    if (value == null) {
                        emit.cannot(Step.ALTER_TABLE, table + " has no collation in the target");
                    } else {
                        // CONVERT rewrites the columns into the collation's character set: lossy when the set changes.
                        boolean charsetChanges = !charset(value).equals(charset(have.options().get("collation")));
                        emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " CONVERT TO CHARACTER SET "
                                + charset(value) + " COLLATE " + value, charsetChanges);
                    }
                }
                default -> emit.cannot(Step.ALTER_TABLE, "table option " + d.attribute() + " of " + table);
            }
        }
    }

    private static String charset(String collation) {
        if (collation == null) {
            return "";
        }
        int underscore = collation.indexOf('_');
        return underscore < 0 ? collation : collation.substring(0, underscore);
    }

    private void createTable(String schema, Table table, Emitter emit) {
        String name = name(schema, table.name());
        List<String> parts = new ArrayList<>();
        table.columns().forEach(c -> parts.add(columnDefinition(c)));
        if (table.primaryKey() != null) {
            parts.add("PRIMARY KEY (" + keyParts(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(u -> parts.add("UNIQUE KEY " + ident(u.name()) + " (" + keyParts(u.columns()) + ")"));
        table.indexes().forEach(i -> parts.add(indexDefinition(i)));
        table.checks().forEach(c -> parts.add("CONSTRAINT " + ident(c.name()) + " CHECK (" + c.expression() + ")"));
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (")
                .append(parts.stream().map(p -> "\n    " + p).collect(Collectors.joining(","))).append("\n)");
        if (table.options().containsKey("engine")) {
            sql.append(" ENGINE = ").append(table.options().get("engine"));
        }
        if (table.options().containsKey("rowFormat")) {
            sql.append(" ROW_FORMAT = ").append(table.options().get("rowFormat").toUpperCase(Locale.ROOT));
        }
        if (table.options().containsKey("collation")) {
            String collation = table.options().get("collation");
            sql.append(" DEFAULT CHARSET = ").append(charset(collation)).append(" COLLATE = ").append(collation);
        }
        if (table.comment() != null) {
            sql.append(" COMMENT = ").append(literal(table.comment()));
        }
        sql.append(MySqlPartitions.clause(table));
        emit.sql(Step.CREATE_TABLE, sql.toString());
        table.foreignKeys().forEach(k -> emit.sql(Step.ADD_FOREIGN_KEY, foreignKeySql(name, k)));
        MySqlTriggers.inFireOrder(table.triggers()).forEach(t -> createTrigger(name, t, emit));
    }

    String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(ident(column.name())).append(' ').append(column.type());
        if (column.collation() != null) {
            sql.append(" CHARACTER SET ").append(charset(column.collation())).append(" COLLATE ")
                    .append(column.collation());
        }
        if (column.generated() != null) {
            String generated = column.generated();
            boolean stored = generated.endsWith(" STORED");
            String expression = generated.replaceFirst(" (STORED|VIRTUAL)$", "");
            sql.append(" GENERATED ALWAYS AS (").append(expression).append(stored ? ") STORED" : ") VIRTUAL");
        }
        if (column.generated() == null) {
            sql.append(column.nullable() ? " NULL" : " NOT NULL");
        } else if (!column.nullable() && spelling.notNullOnGeneratedColumn()) {
            sql.append(" NOT NULL"); // MariaDB takes no NULL clause on a generated column
        }
        if (column.defaultValue() != null) {
            String value = column.defaultValue();
            int onUpdate = value.indexOf("on update ");
            String plain = (onUpdate < 0 ? value : value.substring(0, onUpdate)).strip();
            if (!plain.isEmpty()) {
                sql.append(" DEFAULT ").append(defaultExpression(plain));
            }
            if (onUpdate >= 0) {
                sql.append(" ON UPDATE ").append(value.substring(onUpdate + "on update ".length()).strip());
            }
        }
        if (column.identity() != null) {
            sql.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            sql.append(" COMMENT ").append(literal(column.comment()));
        }
        return sql.toString();
    }

    /** MySQL wants an expression default in parentheses; MariaDB takes it bare, and both take literals bare. */
    private String defaultExpression(String value) {
        boolean literal = value.startsWith("'") || value.startsWith("b'") || value.startsWith("x'")
                || NUMBER.matcher(value).matches() || value.equalsIgnoreCase("null")
                || value.toLowerCase(Locale.ROOT).startsWith("current_timestamp");
        return literal || !spelling.parenthesisedExpressionDefaults() ? value : "(" + value + ")";
    }

    private void column(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        if (change.unexpected()) {
            emit.destructive(Step.DROP_COLUMN, "ALTER TABLE " + table + " DROP COLUMN " + ident(change.name()));
            return;
        }
        Table targetTable = target.table(change.schema(), change.parent()).orElseThrow();
        Column want = CatalogObjects.find(targetTable.columns(), change.name()).orElseThrow();
        String placement = placement(targetTable, want);
        if (change.missing()) {
            emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " ADD COLUMN " + columnDefinition(want) + placement);
            return;
        }
        Column have = current.table(change.schema(), change.parent())
                .flatMap(t -> CatalogObjects.find(t.columns(), change.name())).orElseThrow();
        List<String> changed = change.changedAttributes();
        if (want.generated() != null && have.generated() != null && stored(want) != stored(have)) {
            // The servers cannot turn a virtual column into a stored one in place; its values are derived.
            emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " DROP COLUMN " + ident(want.name()) + ", ADD COLUMN "
                    + columnDefinition(want) + placement);
            return;
        }
        boolean destructive = (changed.contains("type") && !change.changedHas("type", Fact.TYPE_NARROWED))
                || (changed.contains("nullable") && !want.nullable())
                || (want.generated() != null && have.generated() == null);
        emit.sql(Step.ALTER_COLUMN, "ALTER TABLE " + table + " MODIFY COLUMN " + columnDefinition(want)
                + (changed.contains("position") ? placement : ""), destructive);
    }

    private static boolean stored(Column column) {
        return column.generated().endsWith(" STORED");
    }

    /** {@code AFTER <previous column>} or {@code FIRST}, where the column stands in the target. */
    private static String placement(Table table, Column column) {
        Column previous = null;
        for (Column c : table.columns()) {
            if (c.name().equals(column.name())) {
                break;
            }
            previous = c;
        }
        return previous == null ? " FIRST" : " AFTER " + ident(previous.name());
    }

    // ---- keys, constraints, indexes ------------------------------------------------------------

    private Optional<Table> targetTable(ObjectChange change) {
        return target.table(change.schema(), change.parent());
    }

    private Optional<Table> currentTable(ObjectChange change) {
        return current.table(change.schema(), change.parent());
    }

    /** Key parts as the model writes them ({@code col}, {@code col(10)}, {@code col DESC}, {@code (expr)}), quoted. */
    static String keyParts(List<String> parts) {
        return parts.stream().map(MySqlFixDialect::keyPart).collect(Collectors.joining(", "));
    }

    private static String keyPart(String part) {
        if (part.startsWith("(")) {
            return part;
        }
        String suffix = "";
        String column = part;
        if (column.endsWith(" DESC")) {
            suffix = " DESC";
            column = column.substring(0, column.length() - suffix.length());
        }
        int prefix = column.lastIndexOf('(');
        if (prefix > 0 && column.endsWith(")")) {
            suffix = column.substring(prefix) + suffix;
            column = column.substring(0, prefix);
        }
        return ident(column) + suffix;
    }

    private void primaryKey(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        PrimaryKey want = targetTable(change).map(Table::primaryKey).orElse(null);
        PrimaryKey have = currentTable(change).map(Table::primaryKey).orElse(null);
        if (want == null) {
            emit.sql(Step.DROP_CONSTRAINT, "ALTER TABLE " + table + " DROP PRIMARY KEY");
        } else if (have == null) {
            emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " ADD PRIMARY KEY (" + keyParts(want.columns()) + ")");
        } else {
            emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " DROP PRIMARY KEY, ADD PRIMARY KEY ("
                    + keyParts(want.columns()) + ")");
        }
    }

    private void foreignKey(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        ForeignKey want = targetTable(change).flatMap(t -> CatalogObjects.find(t.foreignKeys(), change.name())).orElse(null);
        ForeignKey have = currentTable(change).flatMap(t -> CatalogObjects.child(t.foreignKeys(), change.currentName(),
                ForeignKey::signature, want)).orElse(null);
        // MariaDB refuses to drop and add a foreign key of the same name in one statement (errno 121).
        if (have != null && want != null && !have.name().equals(want.name())
                && OneAlter.safe(changes, change, OneAlter.columns(have.columns(), want.columns()),
                        List.of(have.referencedTable(), want.referencedTable()))) {
            emit.sql(Step.ADD_FOREIGN_KEY, dropAndAdd(table, "DROP FOREIGN KEY " + ident(have.name()),
                    foreignKeySql(table, want)));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_FOREIGN_KEY, "ALTER TABLE " + table + " DROP FOREIGN KEY " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.ADD_FOREIGN_KEY, foreignKeySql(table, want));
        }
    }

    /**
     * One {@code ALTER TABLE} with the drop and the add ({@code add} being {@code ALTER TABLE <table> ADD ...}):
     * DDL commits implicitly here, so two statements could leave the old one dropped and the new one missing.
     * Not for indexes: MariaDB takes dropping and adding an index of the same columns in one statement as no
     * change, and keeps it IGNORED.
     */
    private static String dropAndAdd(String table, String drop, String add) {
        return "ALTER TABLE " + table + " " + drop + ", " + add.substring(("ALTER TABLE " + table + " ").length());
    }

    private String foreignKeySql(String table, ForeignKey key) {
        String referenced = key.referencedTable();
        int dot = referenced.indexOf('.');
        String reference = dot < 0 ? ident(referenced)
                : ident(referenced.substring(0, dot)) + "." + ident(referenced.substring(dot + 1));
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ")
                .append(ident(key.name())).append(" FOREIGN KEY (").append(keyParts(key.columns())).append(") REFERENCES ")
                .append(reference).append(" (").append(keyParts(key.referencedColumns())).append(')');
        if (key.onDelete() != null) {
            sql.append(" ON DELETE ").append(key.onDelete());
        }
        if (key.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(key.onUpdate());
        }
        return sql.toString();
    }

    private void unique(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        UniqueConstraint want = targetTable(change).flatMap(t -> CatalogObjects.find(t.uniques(), change.name())).orElse(null);
        UniqueConstraint have = currentTable(change).flatMap(t -> CatalogObjects.child(t.uniques(), change.currentName(),
                UniqueConstraint::signature, want)).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " RENAME INDEX " + ident(have.name()) + " TO "
                    + ident(want.name()));
            return;
        }
        String add = want == null ? null : "ALTER TABLE " + table + " ADD UNIQUE KEY " + ident(want.name()) + " ("
                + keyParts(want.columns()) + ")";
        if (have != null && want != null && OneAlter.safe(changes, change, OneAlter.columns(have.columns(), want.columns()), List.of())) {
            emit.sql(Step.ADD_CONSTRAINT, dropAndAdd(table, "DROP INDEX " + ident(have.name()), add));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_INDEX, "ALTER TABLE " + table + " DROP INDEX " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.ADD_CONSTRAINT, add);
        }
    }

    private void check(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        CheckConstraint want = targetTable(change).flatMap(t -> CatalogObjects.find(t.checks(), change.name())).orElse(null);
        CheckConstraint have = currentTable(change).flatMap(t -> CatalogObjects.child(t.checks(), change.currentName(),
                CheckConstraint::signature, want)).orElse(null);
        String add = want == null ? null : "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(want.name())
                + " CHECK (" + want.expression() + ")";
        if (have != null && want != null && OneAlter.safe(changes, change, null, List.of())) {
            emit.sql(Step.ADD_CONSTRAINT, dropAndAdd(table, spelling.dropCheck() + " " + ident(have.name()), add));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_CONSTRAINT, "ALTER TABLE " + table
                    + " " + spelling.dropCheck() + " " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.ADD_CONSTRAINT, add);
        }
    }

    private void index(ObjectChange change, Emitter emit) {
        String table = name(change.schema(), change.parent());
        Index want = targetTable(change).flatMap(t -> CatalogObjects.find(t.indexes(), change.name())).orElse(null);
        Index have = currentTable(change).flatMap(t -> CatalogObjects.child(t.indexes(), change.currentName(),
                Index::signature, want)).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.CREATE_INDEX, "ALTER TABLE " + table + " RENAME INDEX " + ident(have.name()) + " TO "
                    + ident(want.name()));
            return;
        }
        if (have != null) {
            Index dropped = have;
            currentTable(change).ifPresent(current -> targetTable(change).ifPresent(target ->
                    InnoDbForeignKeyIndexes.neededAfterDropping(dropped, current, target).forEach(implicit ->
                            emit.sql(Step.DROP_INDEX, "ALTER TABLE " + table + " ADD " + indexDefinition(implicit)))));
            emit.sql(Step.DROP_INDEX, "ALTER TABLE " + table + " DROP INDEX " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.CREATE_INDEX, "ALTER TABLE " + table + " ADD " + indexDefinition(want));
        }
    }

    /** {@code [FULLTEXT|SPATIAL] INDEX `name` (parts) [USING HASH] [IGNORED|INVISIBLE]}. */
    private String indexDefinition(Index index) {
        String method = index.method() == null ? "btree" : index.method();
        boolean invisible = method.endsWith(" invisible");
        String type = invisible ? method.substring(0, method.length() - " invisible".length()) : method;
        String kind = switch (type) {
            case "fulltext" -> "FULLTEXT INDEX ";
            case "spatial" -> "SPATIAL INDEX ";
            default -> "INDEX ";
        };
        // The servers report a length for every part of a spatial index, which CREATE does not accept.
        List<String> parts = type.equals("spatial") || type.equals("fulltext")
                ? index.columns().stream().map(p -> p.replaceFirst("\\(\\d+\\)$", "")).toList() : index.columns();
        return kind + ident(index.name()) + " (" + keyParts(parts) + ")"
                + (type.equals("hash") ? " USING HASH" : "")
                + (invisible ? " " + spelling.invisibleIndex() : "");
    }

    // ---- views, routines, triggers -------------------------------------------------------------

    private void views(List<ObjectChange> changes) {
        List<ObjectChange> ordered = new ArrayList<>(changes);
        ordered.sort((a, b) -> Integer.compare(depth(a), depth(b)));
        List<ObjectChange> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        for (ObjectChange change : reversed) {
            if (change.unexpected()) {
                new Emitter(out, change.differences()).sql(Step.DROP_VIEW, "DROP VIEW " + name(change.schema(), change.name()));
            }
        }
        for (ObjectChange change : ordered) {
            Emitter emit = new Emitter(out, change.differences());
            View want = target.view(change.schema(), change.name()).orElse(null);
            if (want == null) {
                continue;
            }
            String sql = Definers.createView(change, want) + name(change.schema(), change.name()) + " AS "
                    + want.definition();
            if (change.missing() || Definers.recreatesView(change)) {
                emit.sql(Step.CREATE_VIEW, sql);
            } else {
                emit.cannot(Step.CREATE_VIEW, "view attributes " + change.changedAttributes() + " of " + change.path());
            }
        }
    }

    /** How many views of the target the view reads, transitively: views are created in that order. */
    private int depth(ObjectChange change) {
        return depth(change.schema(), change.name(), new HashSet<>());
    }

    private int depth(String schema, String view, Set<String> seen) {
        if (!seen.add(view)) {
            return 0;
        }
        View definition = target.view(schema, view).or(() -> current.view(schema, view)).orElse(null);
        if (definition == null || definition.definition() == null) {
            return 0;
        }
        int depth = 0;
        for (View other : target.schema(schema).map(s -> s.views()).orElse(List.of())) {
            if (!other.name().equals(view) && definition.definition().contains(ident(other.name()))) {
                depth = Math.max(depth, 1 + depth(schema, other.name(), seen));
            }
        }
        return depth;
    }

    private void routine(ObjectChange change, Emitter emit) {
        Routine want = target.routine(change.schema(), change.name()).orElse(null);
        Routine have = current.routine(change.schema(), change.name()).orElse(null);
        if (have != null && want != null && change.changedAttributes().equals(List.of("comment"))) {
            emit.sql(Step.COMMENT, "ALTER " + have.kind() + " " + ident(have.name()) + " COMMENT "
                    + literal(want.comment() == null ? "" : want.comment()));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_ROUTINE, "DROP " + have.kind() + " " + ident(have.name()));
        }
        if (want != null) {
            boolean function = "FUNCTION".equals(want.kind());
            StringBuilder sql = new StringBuilder("CREATE" + Definers.ifChanged(change, want.definer()) + " ")
                    .append(function ? "FUNCTION " : "PROCEDURE ")
                    .append(ident(want.name())).append('(').append(want.arguments() == null ? "" : want.arguments())
                    .append(')');
            if (function) {
                sql.append(" RETURNS ").append(want.returnType());
            }
            if (want.volatility() != null) {
                sql.append(' ').append(want.volatility());
            }
            sql.append(want.securityDefiner() ? " SQL SECURITY DEFINER" : " SQL SECURITY INVOKER");
            if (want.comment() != null) {
                sql.append(" COMMENT ").append(literal(want.comment()));
            }
            sql.append('\n').append(want.body());
            emit.sql(Step.CREATE_ROUTINE_LATE, sql.toString());
        }
    }

    private static void createTrigger(String table, Trigger trigger, Emitter emit) {
        emit.sql(Step.CREATE_TRIGGER, MySqlTriggers.create(table, trigger, false, ""));
    }
}
