package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.Emitter;
import io.github.schemaparity.fix.FixStatement;
import io.github.schemaparity.fix.ObjectChange;
import java.util.ArrayList;
import io.github.schemaparity.model.Table;
import java.util.List;
import java.util.Optional;

/** One PostgreSQL plan in progress: the two catalogs and the statements so far, shared by the writers. */
final class PgPlan {
    final CatalogObjects target;
    final CatalogObjects current;
    final List<FixStatement> out = new ArrayList<>();
    /** Every change of the plan, for writers that must know what else changes (see {@code OneAlter}). */
    final List<ObjectChange> changes;

    PgPlan(CatalogObjects target, CatalogObjects current, List<ObjectChange> changes) {
        this.target = target;
        this.current = current;
        this.changes = List.copyOf(changes);
    }

    /** Statements that resolve only the differences of some attributes of an object. */
    Emitter attributes(ObjectChange change, String... attributes) {
        List<String> wanted = List.of(attributes);
        return new Emitter(out, change.differences().stream().filter(d -> wanted.contains(d.attribute())).toList());
    }

    /** The table a child object belongs to, on the side to reach. */
    Optional<Table> targetTable(ObjectChange change) {
        return target.table(change.schema(), change.parent());
    }

    /** The table a child object belongs to, on the side the statements run on. */
    Optional<Table> currentTable(ObjectChange change) {
        return current.table(change.schema(), change.parent());
    }

    /** The major version of the server the statements run on (0 when unknown). */
    int majorVersion() {
        String major = current.catalog().majorVersion();
        if (major == null) {
            return 0;
        }
        int dot = major.indexOf('.');
        return Integer.parseInt(dot < 0 ? major : major.substring(0, dot));
    }
}
