package io.github.schemaparity.database.postgres;

import static io.github.schemaparity.database.postgres.PgNames.literal;
import static io.github.schemaparity.database.postgres.PgNames.qualified;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Collation;
import io.github.schemaparity.model.Schema;
import java.util.Objects;

/**
 * PostgreSQL fix statements for collations, placed with the types: created before the tables whose columns
 * use them, dropped after those columns are. A collation cannot be altered, so a changed one is dropped and
 * created again; while a column on the side the script runs on still uses it that drop would fail, so the
 * script says so instead (the columns must move to another collation first, which rewrites their indexes).
 */
final class PgCollations {
    private PgCollations() {
    }

    static void collation(PgPlan plan, ObjectChange change, Emitter emit) {
        Collation want = plan.target.schema(change.schema()).flatMap(s -> CatalogObjects.find(s.collations(),
                change.name())).orElse(null);
        Collation have = plan.current.schema(change.schema()).flatMap(s -> CatalogObjects.find(s.collations(),
                change.name())).orElse(null);
        String name = qualified(change.schema(), change.name());
        if (want != null && have != null && usedByColumns(plan, change.schema() + "." + change.name())) {
            emit.cannot(Step.CREATE_TYPE, "collation " + name + " is used by columns: ALTER COLUMN ... COLLATE"
                    + " them to another collation, then drop and create it as the expected side has it");
            return;
        }
        if (have != null) {
            emit.sql(Step.DROP_TYPE, "DROP COLLATION " + name);
        }
        if (want != null) {
            emit.sql(Step.CREATE_TYPE, create(name, want));
        }
    }

    static String create(String name, Collation collation) {
        StringBuilder sql = new StringBuilder("CREATE COLLATION ").append(name).append(" (provider = ")
                .append(collation.provider());
        if (collation.locale() != null) {
            sql.append(", locale = ").append(literal(collation.locale()));
        }
        if (collation.collate() != null) {
            sql.append(", lc_collate = ").append(literal(collation.collate()));
        }
        if (collation.ctype() != null) {
            sql.append(", lc_ctype = ").append(literal(collation.ctype()));
        }
        if (collation.rules() != null) {
            sql.append(", rules = ").append(literal(collation.rules()));
        }
        if (!collation.deterministic()) {
            sql.append(", deterministic = false");
        }
        return sql.append(')').toString();
    }

    /** Whether a column of the current side uses the collation ({@code schema.name} as columns name it). */
    private static boolean usedByColumns(PgPlan plan, String collation) {
        for (Schema schema : plan.current.catalog().schemas()) {
            boolean used = schema.tables().stream().flatMap(t -> t.columns().stream())
                    .anyMatch(c -> Objects.equals(c.collation(), collation));
            if (used) {
                return true;
            }
        }
        return false;
    }
}
