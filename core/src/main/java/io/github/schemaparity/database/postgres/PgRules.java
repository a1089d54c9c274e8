package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.RewriteRule;
import io.github.schemaparity.model.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL fix statements for rewrite rules, placed with the triggers: dropped before the relations they are
 * on (and the relations their actions write) may be, created once every table and view exists. A changed
 * definition is a {@code CREATE OR REPLACE RULE}, a changed enabled state alone an {@code ALTER TABLE}. A view
 * the fix drops and creates again loses its rules with it: {@link #recreatedViews} writes them again.
 */
final class PgRules {
    private PgRules() {
    }

    static void rule(PgPlan plan, ObjectChange change, Emitter emit) {
        RewriteRule want = find(plan.target.schema(change.schema()), change).orElse(null);
        RewriteRule have = find(plan.current.schema(change.schema()), change).orElse(null);
        String relation = qualified(change.schema(), change.parent());
        if (want == null) {
            emit.sql(Step.DROP_TRIGGER, "DROP RULE " + ident(have.name()) + " ON " + relation);
            return;
        }
        if (have == null || change.changed("definition").isPresent()) {
            create(change.schema(), want, emit);
        } else if (change.changed("enabled").isPresent()) {
            emit.sql(Step.CREATE_TRIGGER, state(relation, want));
        }
    }

    /** The target's rules on each view the fix drops and creates again, tied to the differences that make it so. */
    static void recreatedViews(PgPlan plan, Map<String, List<Difference>> recreated) {
        for (Schema schema : plan.target.catalog().schemas()) {
            for (RewriteRule rule : schema.rules()) {
                List<Difference> causes = recreated.get(schema.name() + "." + rule.relation());
                if (causes != null) {
                    create(schema.name(), rule, new Emitter(plan.out, causes));
                }
            }
        }
    }

    private static void create(String schema, RewriteRule rule, Emitter emit) {
        emit.sql(Step.CREATE_TRIGGER, "CREATE OR REPLACE RULE " + ident(rule.name()) + " AS " + rule.definition());
        if (rule.enabled() != null && !"ENABLED".equals(rule.enabled())) {
            emit.sql(Step.CREATE_TRIGGER, state(qualified(schema, rule.relation()), rule));
        }
    }

    private static String state(String relation, RewriteRule rule) {
        String state = switch (rule.enabled() == null ? "ENABLED" : rule.enabled()) {
            case "DISABLED" -> "DISABLE RULE ";
            case "REPLICA" -> "ENABLE REPLICA RULE ";
            case "ALWAYS" -> "ENABLE ALWAYS RULE ";
            default -> "ENABLE RULE ";
        };
        return "ALTER TABLE " + relation + " " + state + ident(rule.name());
    }

    private static Optional<RewriteRule> find(Optional<Schema> schema, ObjectChange change) {
        return schema.flatMap(s -> s.rules().stream()
                .filter(r -> r.relation().equals(change.parent()) && r.name().equals(change.name())).findFirst());
    }
}
