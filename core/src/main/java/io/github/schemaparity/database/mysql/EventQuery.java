package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scheduled events, one query over {@code EVENTS}: the schedule as {@code EVERY 1 DAY} or {@code ONE TIME}
 * (start and end times are creation times, so they are left out), the body without the database's own
 * qualifier, {@code SLAVESIDE_DISABLED} (a replica's copy of an event that runs on the primary) as
 * {@code ENABLED}. A server whose event scheduler is {@code DISABLED} (not merely {@code OFF}) cannot list
 * its events: none are captured there.
 */
final class EventQuery {
    private EventQuery() {
    }

    static Map<String, List<Event>> load(Connection connection, SchemaFilter schemas) throws SQLException {
        Map<String, List<Event>> events = new HashMap<>();
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet row = statement.executeQuery("SELECT @@GLOBAL.event_scheduler")) {
            // a server started with the scheduler DISABLED (or --skip-grant-tables) refuses to list events
            if (row.next() && "DISABLED".equalsIgnoreCase(row.getString(1))) {
                return events;
            }
        }
        schemas.query(connection, """
                SELECT EVENT_SCHEMA, EVENT_NAME, EVENT_TYPE, INTERVAL_VALUE, INTERVAL_FIELD, EVENT_DEFINITION,
                       STATUS, ON_COMPLETION, EVENT_COMMENT, DEFINER
                FROM information_schema.EVENTS
                WHERE EVENT_SCHEMA IN (?)
                """, row -> {
            String schema = row.getString(1);
            String schedule = "RECURRING".equalsIgnoreCase(row.getString(3))
                    ? "EVERY " + row.getString(4).strip() + " " + row.getString(5).toUpperCase(Locale.ROOT)
                    : "ONE TIME";
            String status = row.getString(7).toUpperCase(Locale.ROOT);
            events.computeIfAbsent(schema, s -> new ArrayList<>()).add(new Event(row.getString(2), schedule,
                    ViewQuery.withoutOwnSchema(row.getString(6), schema),
                    status.equals("SLAVESIDE_DISABLED") ? "ENABLED" : status,
                    row.getString(8).toUpperCase(Locale.ROOT), TableQuery.blankToNull(row.getString(9)),
                    Definers.definer(row.getString(10))));
        });
        return events;
    }
}
