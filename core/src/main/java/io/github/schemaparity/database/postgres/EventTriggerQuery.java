package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.EventTrigger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the database's event triggers ({@code pg_event_trigger}, readable by every role) in one query.
 * They are database-wide, so every one is read whatever schemas are captured; one an extension created is
 * the extension's ({@code pg_depend.deptype = 'e'}) and left out. The command tags are upper-cased, as the
 * server matches them whatever case {@code WHEN TAG IN (...)} was written in.
 */
final class EventTriggerQuery {
    private static final String SQL = """
            SELECT e.evtname, e.evtevent, e.evtenabled, e.evttags,
                   pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) || '()' AS function
            FROM pg_catalog.pg_event_trigger e
            JOIN pg_catalog.pg_proc p ON p.oid = e.evtfoid
            JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_event_trigger'::regclass
                              AND d.objid = e.oid AND d.deptype = 'e')
            ORDER BY e.evtname
            """;

    private EventTriggerQuery() {
    }

    static List<EventTrigger> load(Connection connection) throws SQLException {
        List<EventTrigger> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<String> tags = new ArrayList<>();
                java.sql.Array array = rows.getArray("evttags");
                if (array != null) {
                    for (Object tag : (Object[]) array.getArray()) {
                        tags.add(String.valueOf(tag).toUpperCase(Locale.ROOT));
                    }
                }
                found.add(new EventTrigger(rows.getString("evtname"), rows.getString("evtevent"), tags,
                        rows.getString("function"), TriggerQuery.state(rows.getString("evtenabled"))));
            }
        }
        return found;
    }
}
