package io.github.schemaparity.database.mysql;

import io.github.schemaparity.fix.CatalogObjects;
import io.github.schemaparity.fix.ObjectChange;
import io.github.schemaparity.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * What one fix plan is written against: the target and current catalogs, every change of the plan (to tell
 * whether a drop and an add may share one statement) and the engine's spelling of DDL.
 *
 * @param target   the catalog the statements build
 * @param current  the catalog they run against
 * @param changes  every change of the plan
 * @param spelling where MySQL and MariaDB write DDL differently
 */
record MySqlFixContext(CatalogObjects target, CatalogObjects current, List<ObjectChange> changes,
        DdlSpelling spelling) {

    /** A table or view name, with its database only when the catalog holds several. */
    String name(String schema, String name) {
        return current.catalog().schemas().size() > 1 ? MySqlNames.ident(schema) + "." + MySqlNames.ident(name)
                : MySqlNames.ident(name);
    }

    Optional<Table> targetTable(ObjectChange change) {
        return target.table(change.schema(), change.parent());
    }

    Optional<Table> currentTable(ObjectChange change) {
        return current.table(change.schema(), change.parent());
    }
}
