package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.fix.Step;
import io.github.schemaparity.model.Sequence;

/**
 * MariaDB sequence fix statements: {@code CREATE SEQUENCE} with every captured option, {@code ALTER SEQUENCE}
 * for changed options (one statement, so it applies whole or not at all), {@code DROP SEQUENCE} for one
 * production has and the code does not (destructive: its next value is lost). A sequence's value type
 * ({@code AS int}, MariaDB 11.5+) cannot be altered: that is a note, not a statement.
 */
final class MySqlSequences {
    private MySqlSequences() {
    }

    static void fix(ObjectChange change, CatalogObjects target, String name, Emitter emit) {
        Sequence want = target.sequence(change.schema(), change.name()).orElse(null);
        if (change.unexpected()) {
            emit.destructive(Step.DROP_SEQUENCE, "DROP SEQUENCE " + name);
        } else if (change.missing() && want != null) {
            emit.sql(Step.CREATE_SEQUENCE, "CREATE SEQUENCE " + name + (want.dataType() == null
                    || want.dataType().equals("bigint") ? "" : " AS " + want.dataType()) + options(want));
        } else if (want != null && change.changed("dataType").isPresent()) {
            emit.cannot(Step.CREATE_SEQUENCE, "sequence " + change.path() + " has another value type: drop and"
                    + " create it AS " + want.dataType() + " with its next value (ALTER SEQUENCE cannot change it)");
        } else if (want != null) {
            emit.sql(Step.CREATE_SEQUENCE, "ALTER SEQUENCE " + name + options(want));
        }
    }

    private static String options(Sequence s) {
        return " START WITH " + s.start() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " INCREMENT BY " + s.increment() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NOCYCLE");
    }
}
