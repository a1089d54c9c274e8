package io.github.schemaparity.database;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.database.mariadb.MariaDbSupport;
import io.github.schemaparity.database.mysql.MySqlSupport;
import io.github.schemaparity.database.postgres.PostgresSupport;
import io.github.schemaparity.model.Engine;
import java.util.List;

/**
 * The one place that lists the engines' supports: adding an engine is one line here (and its
 * {@link Engine} constant). Looked up by the engine and the front ends only.
 */
public final class EngineRegistry {
    private static final List<EngineSupport> SUPPORTS = List.of(
            new PostgresSupport(),
            new MySqlSupport(),
            new MariaDbSupport());

    private EngineRegistry() {
    }

    /**
     * The support of an engine.
     *
     * @throws SchemaParityException when no support is registered for it
     */
    public static EngineSupport of(Engine engine) {
        for (EngineSupport support : SUPPORTS) {
            if (support.engine() == engine) {
                return support;
            }
        }
        throw new SchemaParityException("No support registered for database engine " + engine);
    }

    /** Every registered support, in registration order. */
    public static List<EngineSupport> all() {
        return SUPPORTS;
    }
}
