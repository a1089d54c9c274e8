package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.ident;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.EventTrigger;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL fix statements for event triggers. They run with the table triggers' steps: dropped first (before
 * the function they execute may be dropped), created last (after that function is), so they do not fire on
 * the fix's own DDL before the end. Only an enabled state that differs is an {@code ALTER}; any other change
 * drops and creates the trigger, as {@code CREATE EVENT TRIGGER} has no {@code OR REPLACE}.
 */
final class PgEventTriggers {
    private PgEventTriggers() {
    }

    static void eventTrigger(PgPlan plan, ObjectChange change, Emitter emit) {
        EventTrigger want = CatalogObjects.find(plan.target.catalog().eventTriggers(), change.name()).orElse(null);
        EventTrigger have = CatalogObjects.find(plan.current.catalog().eventTriggers(), change.name()).orElse(null);
        if (want != null && have != null && change.changedAttributes().equals(List.of("enabled"))) {
            emit.sql(Step.CREATE_TRIGGER, state(want));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_TRIGGER, "DROP EVENT TRIGGER " + ident(have.name()));
        }
        if (want != null) {
            String tags = want.tags().isEmpty() ? ""
                    : " WHEN TAG IN (" + want.tags().stream().map(PgNames::literal).collect(Collectors.joining(", ")) + ")";
            emit.sql(Step.CREATE_TRIGGER, "CREATE EVENT TRIGGER " + ident(want.name()) + " ON " + ident(want.event())
                    + tags + " EXECUTE FUNCTION " + want.function());
            if (want.enabled() != null && !"ENABLED".equals(want.enabled())) {
                emit.sql(Step.CREATE_TRIGGER, state(want));
            }
        }
    }

    private static String state(EventTrigger trigger) {
        String state = switch (trigger.enabled() == null ? "ENABLED" : trigger.enabled()) {
            case "DISABLED" -> "DISABLE";
            case "REPLICA" -> "ENABLE REPLICA";
            case "ALWAYS" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
        return "ALTER EVENT TRIGGER " + ident(trigger.name()) + " " + state;
    }
}
