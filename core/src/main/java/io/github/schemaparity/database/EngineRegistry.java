package io.github.schemaparity.database;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.database.mariadb.MariaDbSupport;
import io.github.schemaparity.database.mysql.MySqlSupport;
import io.github.schemaparity.database.postgres.PostgresSupport;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlyConnector;
import io.github.schemaparity.jdbc.ReadOnlySession;
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

    /** The support of the engine a JDBC source's URL names. */
    public static EngineSupport of(JdbcSource source) {
        return of(source.engine());
    }

    /** Opens a read-only session on a source with its engine's session rules. */
    public static ReadOnlySession openReadOnly(JdbcSource source) {
        return ReadOnlyConnector.open(source, of(source).session());
    }

    /** Every registered support, in registration order. */
    public static List<EngineSupport> all() {
        return SUPPORTS;
    }
}
