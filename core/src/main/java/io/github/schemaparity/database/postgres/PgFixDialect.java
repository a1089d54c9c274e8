package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixDialect;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.ScriptConventions;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Engine;
import io.github.schemaparity.diff.Difference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL fix statements. Every name is schema-qualified and quoted where needed; routine bodies are
 * dollar-quoted. Functions are created with {@code check_function_bodies} off (as {@code pg_dump} does),
 * so a function may come before the tables its body reads. Each kind of object has its writer
 * ({@link PgTables}, {@link PgConstraints}, {@link PgViews}, {@link PgRoutines}, {@link PgTypes}).
 */
final class PgFixDialect implements FixDialect {
    private static final ScriptConventions CONVENTIONS = new ScriptConventions(false, true, true, List.of(
            "The statements run in one transaction: if one fails, none of them is kept (psql: add",
            "-v ON_ERROR_STOP=1 to stop at the first error). Statements that cannot run in a transaction",
            "block are set apart before or after it, each under a comment saying why."));

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public ScriptConventions conventions() {
        return CONVENTIONS;
    }

    @Override
    public List<String> preamble() {
        return List.of("SET check_function_bodies = false");
    }

    @Override
    public List<FixStatement> plan(List<ObjectChange> changes, CatalogObjects target, CatalogObjects current) {
        PgPlan plan = new PgPlan(target, current, changes);
        PgTables tables = new PgTables(plan);
        PgConstraints constraints = new PgConstraints(plan);
        PgViews views = new PgViews(plan);
        PgRoutines routines = new PgRoutines(plan);
        PgTypes types = new PgTypes(plan);
        PgUserTypes userTypes = new PgUserTypes(plan);
        Map<String, List<Difference>> recreatedViews = views.viewsToRecreate(changes);
        List<ObjectChange> viewChanges = new ArrayList<>();
        for (ObjectChange change : changes) {
            Emitter emit = new Emitter(plan.out, change.differences());
            switch (change.type()) {
                case VIEW, MATERIALIZED_VIEW -> {
                    String key = change.schema() + "." + change.name();
                    if (recreatedViews.containsKey(key)) {
                        recreatedViews.get(key).addAll(change.differences());
                    } else {
                        viewChanges.add(change);
                    }
                }
                case SCHEMA -> tables.schema(change, emit);
                case TABLE -> tables.table(change, emit);
                case COLUMN -> tables.column(change, emit);
                case PRIMARY_KEY -> constraints.primaryKey(change, emit);
                case FOREIGN_KEY -> constraints.foreignKey(change, emit);
                case UNIQUE -> constraints.unique(change, emit);
                case CHECK -> constraints.check(change, emit);
                case INDEX -> constraints.index(change, emit);
                case SEQUENCE -> routines.sequence(change, emit);
                case ROUTINE -> routines.routine(change, emit);
                case TRIGGER -> {
                    // a view dropped and created again loses its triggers: its creation writes them all
                    List<Difference> recreated = recreatedViews.get(change.schema() + "." + change.parent());
                    if (recreated != null) {
                        recreated.addAll(change.differences());
                    } else {
                        routines.trigger(change, emit);
                    }
                }
                case EVENT_TRIGGER -> PgEventTriggers.eventTrigger(plan, change, emit);
                case STATISTICS -> PgStatistics.statistics(plan, change, emit);
                case RULE -> PgRules.rule(plan, change, emit);
                case COLLATION -> PgCollations.collation(plan, change, emit);
                case POLICY -> routines.policy(change, emit);
                case TYPE -> types.enumType(change, emit);
                case DOMAIN -> types.domain(change, emit);
                case COMPOSITE_TYPE -> userTypes.composite(change, emit);
                case RANGE_TYPE -> userTypes.range(change, emit);
                case FOREIGN_SERVER -> new PgForeign(plan).server(change, emit);
                case FOREIGN_DATA_WRAPPER -> new PgForeign(plan).wrapper(change, emit);
                case PUBLICATION -> PgPublications.publication(plan, change, emit);
                case PRIVILEGE -> types.privilege(change, emit);
                case EXTENSION -> types.extension(change, emit);
                case SETTING -> emit.cannot(Step.ALTER_TABLE, "server setting " + change.name()
                        + " is not part of the schema: change it in the server configuration");
                case DATABASE_SETTING, ROLE_SETTING -> PgDatabaseSettings.setting(change, emit);
                case MIGRATION -> {
                    // Migration history is the tool's to write: no DDL removes such a difference.
                }
                default -> emit.cannot(Step.ALTER_TABLE, "no fix for " + change.type() + " " + change.path());
            }
        }
        views.views(viewChanges, recreatedViews);
        PgRules.recreatedViews(plan, recreatedViews);
        return PgTransactionRules.placed(plan.out, plan.majorVersion());
    }
}
