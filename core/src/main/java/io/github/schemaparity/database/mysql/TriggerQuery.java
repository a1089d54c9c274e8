package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.Trigger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Triggers, one query over {@code TRIGGERS}. Every trigger on these servers is a row trigger; its body
 * ({@code ACTION_STATEMENT}, normalised like a view) is the trigger's function. {@code ACTION_ORDER} (MySQL
 * 5.7.2+, MariaDB 10.2.3+: 1, 2, ... among the triggers of one table, timing and event, as {@code FOLLOWS} and
 * {@code PRECEDES} placed them) is its fire order; {@code DEFINER} its definer.
 */
final class TriggerQuery {
    private TriggerQuery() {
    }

    static void load(Connection connection, SchemaFilter schemas, Map<String, TableRows> tables) throws SQLException {
        schemas.query(connection, """
                SELECT EVENT_OBJECT_SCHEMA, EVENT_OBJECT_TABLE, TRIGGER_NAME, ACTION_TIMING, EVENT_MANIPULATION,
                       ACTION_ORIENTATION, ACTION_STATEMENT, ACTION_ORDER, DEFINER
                FROM information_schema.TRIGGERS
                WHERE EVENT_OBJECT_SCHEMA IN (?)
                """, row -> {
            TableRows table = tables.get(TableRows.key(row.getString(1), row.getString(2)));
            if (table != null) {
                table.triggers.add(new Trigger(row.getString(3), row.getString(4), List.of(row.getString(5)),
                        row.getString(6), ViewQuery.withoutOwnSchema(row.getString(7), table.schema), null,
                        "ENABLED", row.getInt(8), Definers.definer(row.getString(9))));
            }
        });
    }
}
