package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.OneAlter;
import io.github.schemaparity.fix.Step;
import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.UniqueConstraint;
import io.github.schemaparity.model.View;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** PostgreSQL fix statements for primary, foreign and unique keys, checks and indexes. */
final class PgConstraints {
    private final PgPlan plan;

    PgConstraints(PgPlan plan) {
        this.plan = plan;
    }

    void primaryKey(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        PrimaryKey want = plan.targetTable(change).map(Table::primaryKey).orElse(null);
        PrimaryKey have = plan.currentTable(change).map(Table::primaryKey).orElse(null);
        if (have != null && want != null && !want.columns().equals(have.columns())
                && OneAlter.safe(plan.changes, change, OneAlter.columns(have.columns(), want.columns()), List.of())) {
            emit.sql(Step.ADD_CONSTRAINT, dropAndAdd(table, have.name(), primaryKeySql(table, want)));
            return;
        }
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

    static void addPrimaryKey(String table, PrimaryKey key, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, primaryKeySql(table, key));
    }

    private static String primaryKeySql(String table, PrimaryKey key) {
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(key.name()) + " PRIMARY KEY ("
                + columns(key.columns()) + ")";
    }

    /**
     * One statement that drops a constraint and adds its replacement ({@code add} is an
     * {@code ALTER TABLE <table> ADD ...}): PostgreSQL runs the drop first, and a failing add keeps the old one.
     */
    private static String dropAndAdd(String table, String dropped, String add) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + ident(dropped) + ", "
                + add.substring(("ALTER TABLE " + table + " ").length());
    }

    void foreignKey(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        ForeignKey want = plan.targetTable(change).flatMap(t -> CatalogObjects.find(t.foreignKeys(), change.name())).orElse(null);
        ForeignKey have = plan.currentTable(change).flatMap(t -> CatalogObjects.child(t.foreignKeys(), change.currentName(),
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
        } else if (OneAlter.safe(plan.changes, change, OneAlter.columns(have.columns(), want.columns()),
                List.of(have.referencedTable(), want.referencedTable()))) {
            emit.sql(Step.ADD_FOREIGN_KEY, dropAndAdd(table, have.name(), foreignKeySql(table, want)));
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

    static void addForeignKey(String table, ForeignKey key, Emitter emit) {
        emit.sql(Step.ADD_FOREIGN_KEY, foreignKeySql(table, key));
    }

    private static String foreignKeySql(String table, ForeignKey key) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ")
                .append(ident(key.name())).append(" FOREIGN KEY (").append(columns(key.columns()))
                .append(") REFERENCES ").append(qualified(key.referencedTable())).append(" (")
                .append(columns(key.referencedColumns())).append(')');
        if (key.match() != null) {
            sql.append(" MATCH ").append(key.match());
        }
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
        return sql.toString();
    }

    void unique(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        UniqueConstraint want = plan.targetTable(change).flatMap(t -> CatalogObjects.find(t.uniques(), change.name())).orElse(null);
        UniqueConstraint have = plan.currentTable(change).flatMap(t -> CatalogObjects.child(t.uniques(), change.currentName(),
                UniqueConstraint::signature, want)).orElse(null);
        replaceConstraint(table, want, have, change, emit, u -> uniqueSql(table, u),
                want == null || have == null ? null : OneAlter.columns(have.columns(), want.columns()));
    }

    static void addUnique(String table, UniqueConstraint unique, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, uniqueSql(table, unique));
    }

    private static String uniqueSql(String table, UniqueConstraint unique) {
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(unique.name()) + " UNIQUE"
                + (unique.nullsNotDistinct() ? " NULLS NOT DISTINCT" : "") + " (" + columns(unique.columns()) + ")"
                + (unique.deferrable() ? " DEFERRABLE" : "");
    }

    void check(ObjectChange change, Emitter emit) {
        String table = qualified(change.schema(), change.parent());
        CheckConstraint want = plan.targetTable(change).flatMap(t -> CatalogObjects.find(t.checks(), change.name())).orElse(null);
        CheckConstraint have = plan.currentTable(change).flatMap(t -> CatalogObjects.child(t.checks(), change.currentName(),
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
        replaceConstraint(table, want, have, change, emit, c -> checkSql(table, c), null);
    }

    static void addCheck(String table, CheckConstraint check, Emitter emit) {
        emit.sql(Step.ADD_CONSTRAINT, checkSql(table, check));
    }

    private static String checkSql(String table, CheckConstraint check) {
        return "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(check.name()) + " CHECK "
                + check.expression() + (check.validated() ? "" : " NOT VALID");
    }

    /**
     * Drop what is unexpected, add what is missing, rename when only the name differs, else drop and add: in one
     * statement where {@link OneAlter} allows it.
     */
    private <T extends io.github.schemaparity.model.Named> void replaceConstraint(String table, T want, T have,
            ObjectChange change, Emitter emit, java.util.function.Function<T, String> add, List<String> columns) {
        if (have != null && want != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.ALTER_TABLE, renameConstraint(table, have.name(), want.name()));
            return;
        }
        if (have != null && want != null && OneAlter.safe(plan.changes, change, columns, List.of())) {
            emit.sql(Step.ADD_CONSTRAINT, dropAndAdd(table, have.name(), add.apply(want)));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_CONSTRAINT, dropConstraint(table, have.name()));
        }
        if (want != null) {
            emit.sql(Step.ADD_CONSTRAINT, add.apply(want));
        }
    }

    private static String dropConstraint(String table, String name) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + ident(name);
    }

    private static String renameConstraint(String table, String from, String to) {
        return "ALTER TABLE " + table + " RENAME CONSTRAINT " + ident(from) + " TO " + ident(to);
    }

    static String columns(List<String> columns) {
        return columns.stream().map(PgNames::ident).collect(Collectors.joining(", "));
    }

    private List<Index> indexesOf(CatalogObjects catalog, String schema, String parent) {
        Optional<Table> table = catalog.table(schema, parent);
        if (table.isPresent()) {
            return table.get().indexes();
        }
        return catalog.view(schema, parent).map(View::indexes).orElse(List.of());
    }

    void index(ObjectChange change, Emitter emit) {
        Index want = CatalogObjects.find(indexesOf(plan.target, change.schema(), change.parent()), change.name()).orElse(null);
        Index have = CatalogObjects.child(indexesOf(plan.current, change.schema(), change.parent()), change.currentName(),
                Index::signature, want).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.CREATE_INDEX, "ALTER INDEX " + qualified(change.schema(), have.name()) + " RENAME TO "
                    + ident(want.name()));
            return;
        }
        if (want != null && have != null && change.changedAttributes().equals(List.of("valid"))) {
            PgIndexValidity.fix(change.schema(), want, have, emit);
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_INDEX, "DROP INDEX " + qualified(change.schema(), have.name()));
        }
        if (want != null) {
            boolean onView = plan.target.view(change.schema(), change.parent()).isPresent();
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
}
