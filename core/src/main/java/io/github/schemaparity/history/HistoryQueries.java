package io.github.schemaparity.history;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The engine-specific half of reading migration history: where the history tables are and how a name
 * is quoted. Implemented in each engine's package and handed to {@link MigrationHistoryReader} by the caller.
 */
public interface HistoryQueries {

    /**
     * The tables named {@code flyway_schema_history} or {@code databasechangelog} (any letter case) outside
     * the system schemas, in search order: the captured schemas first, then the session's current schema.
     *
     * @param schemas the schemas the capture is restricted to, or empty
     */
    List<HistoryTable> locate(Connection connection, List<String> schemas) throws SQLException;

    /** The identifier quoted for this engine. */
    String quote(String identifier);

    /**
     * One history table found.
     *
     * @param schema   its schema (database on MySQL/MariaDB)
     * @param name     its name as the server spells it
     * @param readable whether the session may {@code SELECT} from it
     */
    record HistoryTable(String schema, String name, boolean readable) {
    }
}
