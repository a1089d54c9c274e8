package io.github.schemaparity.database.mysql;

import static io.github.schemaparity.database.mysql.MySqlNames.ident;
import static io.github.schemaparity.database.mysql.MySqlNames.literal;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.ScriptConventions;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.model.Routine;
import io.github.schemaparity.model.Trigger;
import io.github.schemaparity.model.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB fix statements. Identifiers are always back-quoted. Tables are named without their
 * database when the catalog holds one database, because the candidate and production databases usually
 * have different names: the script runs in the database it is connected to. A column is changed with one
 * {@code MODIFY COLUMN} carrying its whole target definition.
 *
 * <p>This class dispatches each change and writes views, routines and triggers; tables and columns are
 * {@link MySqlTableDdl}'s, keys, constraints and indexes {@link MySqlKeyDdl}'s, names {@link MySqlNames}'.
 */
final class MySqlFixDialect implements FixDialect {
    /** Routine and trigger bodies hold semicolons: written inside {@code DELIMITER $$}. */
    private static final ScriptConventions CONVENTIONS = new ScriptConventions(true, false, false, List.of(
            "MySQL and MariaDB commit every DDL statement implicitly: this script cannot run in one transaction,",
            "and a failing statement leaves the ones before it applied. It is written so that a failure leaves",
            "as little half-replaced as the server allows: a changed key or check is one ALTER TABLE that drops",
            "and adds it (MariaDB refuses that for a foreign key that keeps its name, so that one is two).",
            "Fix the cause and run the rest from the failed statement on."));

    private final Engine engine;
    private final DdlSpelling spelling;
    private MySqlFixContext ctx;
    private MySqlTableDdl tables;
    private MySqlKeyDdl keys;
    private List<FixStatement> out;

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
        this.ctx = new MySqlFixContext(target, current, changes, spelling);
        this.keys = new MySqlKeyDdl(ctx);
        this.tables = new MySqlTableDdl(ctx, keys);
        this.out = new ArrayList<>();
        List<ObjectChange> views = new ArrayList<>();
        for (ObjectChange change : changes) {
            if (change.type() == io.github.schemaparity.diff.ObjectType.VIEW) {
                views.add(change);
            } else {
                apply(change);
            }
        }
        views(views);
        return out;
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
            case TABLE -> tables.table(change, emit);
            case COLUMN -> tables.column(change, emit);
            case PRIMARY_KEY -> keys.primaryKey(change, emit);
            case FOREIGN_KEY -> keys.foreignKey(change, emit);
            case UNIQUE -> keys.unique(change, emit);
            case CHECK -> keys.check(change, emit);
            case INDEX -> keys.index(change, emit);
            case ROUTINE -> routine(change, emit);
            case TRIGGER -> trigger(change, emit);
            case MIGRATION -> {
                // Migration history is the tool's to write: no DDL removes such a difference.
            }
            case SETTING -> emit.cannot(Step.ALTER_TABLE, "server setting " + change.name()
                    + " is not part of the schema: change it in the server configuration");
            default -> emit.cannot(Step.ALTER_TABLE, "no " + engine.id() + " fix for " + change.type() + " "
                    + change.path());
        }
    }

    // ---- views, routines, triggers -------------------------------------------------------------

    private void views(List<ObjectChange> changes) {
        List<ObjectChange> ordered = new ArrayList<>(changes);
        ordered.sort((a, b) -> Integer.compare(depth(a), depth(b)));
        List<ObjectChange> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        for (ObjectChange change : reversed) {
            if (change.unexpected()) {
                new Emitter(out, change.differences()).sql(Step.DROP_VIEW, "DROP VIEW " + ctx.name(change.schema(), change.name()));
            }
        }
        for (ObjectChange change : ordered) {
            Emitter emit = new Emitter(out, change.differences());
            View want = ctx.target().view(change.schema(), change.name()).orElse(null);
            if (want == null) {
                continue;
            }
            String sql = (change.missing() ? "CREATE VIEW " : "CREATE OR REPLACE VIEW ")
                    + ctx.name(change.schema(), change.name()) + " AS " + want.definition();
            if (change.missing() || change.changed("definition").isPresent()) {
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
        View definition = ctx.target().view(schema, view).or(() -> ctx.current().view(schema, view)).orElse(null);
        if (definition == null || definition.definition() == null) {
            return 0;
        }
        int depth = 0;
        for (View other : ctx.target().schema(schema).map(s -> s.views()).orElse(List.of())) {
            if (!other.name().equals(view) && definition.definition().contains(ident(other.name()))) {
                depth = Math.max(depth, 1 + depth(schema, other.name(), seen));
            }
        }
        return depth;
    }

    private void routine(ObjectChange change, Emitter emit) {
        Routine want = ctx.target().routine(change.schema(), change.name()).orElse(null);
        Routine have = ctx.current().routine(change.schema(), change.name()).orElse(null);
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
            StringBuilder sql = new StringBuilder("CREATE ").append(function ? "FUNCTION " : "PROCEDURE ")
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

    private void trigger(ObjectChange change, Emitter emit) {
        String table = ctx.name(change.schema(), change.parent());
        Trigger want = ctx.targetTable(change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name())).orElse(null);
        Trigger have = ctx.currentTable(change).flatMap(t -> CatalogObjects.find(t.triggers(), change.name())).orElse(null);
        if (have != null) {
            String schema = ctx.current().catalog().schemas().size() > 1 ? ident(change.schema()) + "." : "";
            emit.sql(Step.DROP_TRIGGER, "DROP TRIGGER " + schema + ident(have.name()));
        }
        if (want != null) {
            MySqlTableDdl.createTrigger(table, want, emit);
        }
    }
}
