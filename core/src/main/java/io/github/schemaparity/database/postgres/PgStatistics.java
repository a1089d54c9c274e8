package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Statistics;
import java.util.List;

/**
 * PostgreSQL fix statements for extended statistics objects, placed with the indexes: dropped before the
 * columns they cover may be, created once the table and its columns exist. A changed target alone is an
 * {@code ALTER STATISTICS}; any other change drops and creates the object, as {@code CREATE STATISTICS} has
 * no {@code OR REPLACE} (the planner's statistics for it are gathered again by the next {@code ANALYZE}).
 */
final class PgStatistics {
    private PgStatistics() {
    }

    static void statistics(PgPlan plan, ObjectChange change, Emitter emit) {
        Statistics want = plan.target.schema(change.schema()).flatMap(s -> CatalogObjects.find(s.statistics(),
                change.name())).orElse(null);
        Statistics have = plan.current.schema(change.schema()).flatMap(s -> CatalogObjects.find(s.statistics(),
                change.name())).orElse(null);
        String name = qualified(change.schema(), change.name());
        if (want != null && have != null && change.changedAttributes().equals(List.of("target"))) {
            emit.sql(Step.CREATE_INDEX, target(name, want));
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_INDEX, "DROP STATISTICS " + name);
        }
        if (want != null) {
            String kinds = want.kinds().isEmpty() ? "" : " (" + String.join(", ", want.kinds()) + ")";
            emit.sql(Step.CREATE_INDEX, "CREATE STATISTICS " + name + kinds + " ON " + String.join(", ", want.columns())
                    + " FROM " + qualified(want.table()));
            if (want.target() != null) {
                emit.sql(Step.CREATE_INDEX, target(name, want));
            }
        }
    }

    private static String target(String name, Statistics statistics) {
        return "ALTER STATISTICS " + name + " SET STATISTICS " + (statistics.target() == null ? -1 : statistics.target());
    }
}
