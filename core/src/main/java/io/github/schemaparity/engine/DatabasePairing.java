package io.github.schemaparity.engine;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.mapping.SchemaMapping;
import io.github.schemaparity.model.Catalog;

/**
 * The schema mapping of a {@code compare}: the user's, else, when both sides are MySQL/MariaDB and each
 * holds exactly one database, that database of the expected side mapped onto the actual side's (on
 * these servers a database is the schema, and two databases on one server never share a name).
 */
final class DatabasePairing {
    private DatabasePairing() {
    }

    static SchemaMapping of(SchemaMapping explicit, Catalog expected, Catalog actual) {
        if (!explicit.isEmpty()) {
            return explicit;
        }
        if (!EngineRegistry.of(expected.engine()).databaseIsSchema()
                || !EngineRegistry.of(actual.engine()).databaseIsSchema()
                || expected.schemas().size() != 1 || actual.schemas().size() != 1) {
            return explicit;
        }
        return SchemaMapping.of(expected.schemas().get(0).name(), actual.schemas().get(0).name());
    }
}
