package io.github.schemaparity.fix;

import io.github.schemaparity.model.Engine;
import java.util.List;

/**
 * Writes the fix statements for one engine. Each engine's implementation lives in that engine's
 * package ({@code database.postgres}, {@code database.mysql}) and is handed to {@link FixPlanner} by the
 * caller, which takes it from the engine's {@code EngineSupport}: this package never picks an engine
 * itself, so an engine without a dialect cannot end up with another engine's DDL.
 */
public interface FixDialect {

    /** The engine the statements are written for. */
    Engine engine();

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

    /** How the statements are written into a script file. */
    ScriptConventions conventions();
}
