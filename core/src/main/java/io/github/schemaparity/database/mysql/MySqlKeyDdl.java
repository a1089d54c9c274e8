package io.github.schemaparity.database.mysql;

import static io.github.schemaparity.database.mysql.MySqlNames.ident;
import static io.github.schemaparity.database.mysql.MySqlNames.keyParts;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.OneAlter;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.CheckConstraint;
import io.github.schemaparity.model.ForeignKey;
import io.github.schemaparity.model.Index;
import io.github.schemaparity.model.PrimaryKey;
import io.github.schemaparity.model.Table;
import io.github.schemaparity.model.UniqueConstraint;
import java.util.List;

/**
 * MySQL and MariaDB fix statements for a table's keys, constraints and indexes. DDL commits implicitly on
 * these servers, so a changed key is one {@code ALTER TABLE} dropping and adding it wherever the server allows.
 */
final class MySqlKeyDdl {
    private final MySqlFixContext ctx;

    MySqlKeyDdl(MySqlFixContext ctx) {
        this.ctx = ctx;
    }

    void primaryKey(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        PrimaryKey want = ctx.targetTable(change).map(Table::primaryKey).orElse(null);
        PrimaryKey have = ctx.currentTable(change).map(Table::primaryKey).orElse(null);
        if (want == null) {
            emit.sql(Step.DROP_CONSTRAINT, "ALTER TABLE " + table + " DROP PRIMARY KEY");
        } else if (have == null) {
            emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " ADD PRIMARY KEY (" + keyParts(want.columns()) + ")");
        } else {
            emit.sql(Step.ADD_CONSTRAINT, "ALTER TABLE " + table + " DROP PRIMARY KEY, ADD PRIMARY KEY ("
                    + keyParts(want.columns()) + ")");
        }
    }

    void foreignKey(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        ForeignKey want = ctx.targetTable(change).flatMap(t -> CatalogObjects.find(t.foreignKeys(), change.name())).orElse(null);
        ForeignKey have = ctx.currentTable(change).flatMap(t -> CatalogObjects.child(t.foreignKeys(), change.currentName(),
                ForeignKey::signature, want)).orElse(null);
        // MariaDB refuses to drop and add a foreign key of the same name in one statement (errno 121).
        if (have != null && want != null && !have.name().equals(want.name())
                && OneAlter.safe(ctx.changes(), change, OneAlter.columns(have.columns(), want.columns()),
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

    String foreignKeySql(String table, ForeignKey key) {
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

    void unique(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        UniqueConstraint want = ctx.targetTable(change).flatMap(t -> CatalogObjects.find(t.uniques(), change.name())).orElse(null);
        UniqueConstraint have = ctx.currentTable(change).flatMap(t -> CatalogObjects.child(t.uniques(), change.currentName(),
                UniqueConstraint::signature, want)).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.ALTER_TABLE, "ALTER TABLE " + table + " RENAME INDEX " + ident(have.name()) + " TO "
                    + ident(want.name()));
            return;
        }
        String add = want == null ? null : "ALTER TABLE " + table + " ADD UNIQUE KEY " + ident(want.name()) + " ("
                + keyParts(want.columns()) + ")";
        if (have != null && want != null && OneAlter.safe(ctx.changes(), change, OneAlter.columns(have.columns(), want.columns()), List.of())) {
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

    void check(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        CheckConstraint want = ctx.targetTable(change).flatMap(t -> CatalogObjects.find(t.checks(), change.name())).orElse(null);
        CheckConstraint have = ctx.currentTable(change).flatMap(t -> CatalogObjects.child(t.checks(), change.currentName(),
                CheckConstraint::signature, want)).orElse(null);
        String add = want == null ? null : "ALTER TABLE " + table + " ADD CONSTRAINT " + ident(want.name())
                + " CHECK (" + want.expression() + ")";
        if (have != null && want != null && OneAlter.safe(ctx.changes(), change, null, List.of())) {
            emit.sql(Step.ADD_CONSTRAINT, dropAndAdd(table, ctx.spelling().dropCheck() + " " + ident(have.name()), add));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_CONSTRAINT, "ALTER TABLE " + table
                    + " " + ctx.spelling().dropCheck() + " " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.ADD_CONSTRAINT, add);
        }
    }

    void index(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        Index want = ctx.targetTable(change).flatMap(t -> CatalogObjects.find(t.indexes(), change.name())).orElse(null);
        Index have = ctx.currentTable(change).flatMap(t -> CatalogObjects.child(t.indexes(), change.currentName(),
                Index::signature, want)).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("name"))) {
            emit.sql(Step.CREATE_INDEX, "ALTER TABLE " + table + " RENAME INDEX " + ident(have.name()) + " TO "
                    + ident(want.name()));
            return;
        }
        if (have != null) {
            Index dropped = have;
            ctx.currentTable(change).ifPresent(current -> ctx.targetTable(change).ifPresent(target ->
                    InnoDbForeignKeyIndexes.neededAfterDropping(dropped, current, target).forEach(implicit ->
                            emit.sql(Step.DROP_INDEX, "ALTER TABLE " + table + " ADD " + indexDefinition(implicit)))));
            emit.sql(Step.DROP_INDEX, "ALTER TABLE " + table + " DROP INDEX " + ident(have.name()));
        }
        if (want != null) {
            emit.sql(Step.CREATE_INDEX, "ALTER TABLE " + table + " ADD " + indexDefinition(want));
        }
    }

    /** {@code [FULLTEXT|SPATIAL] INDEX `name` (parts) [USING HASH] [IGNORED|INVISIBLE]}. */
    String indexDefinition(Index index) {
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
                + (invisible ? " " + ctx.spelling().invisibleIndex() : "");
    }
}
