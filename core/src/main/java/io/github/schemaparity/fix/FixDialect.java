package io.github.schemaparity.fix;

import io.github.schemaparity.model.Engine;
import java.util.List;

/** Writes the statements for one engine. */
interface FixDialect {

    /**
     * The statements that remove every change.
     *
     * @param changes the differences grouped by object
     * @param target  the catalog to reach
     * @param current the catalog of the database the statements run in
     */
    List<FixStatement> plan(List<ObjectChange> changes, CatalogObjects target, CatalogObjects current);

    /** Session settings the statements rely on, run first. */
    List<String> preamble();

    static FixDialect forEngine(Engine engine) {
        return engine == Engine.POSTGRESQL ? new PgFixDialect() : new MySqlFixDialect(engine);
    }
}
