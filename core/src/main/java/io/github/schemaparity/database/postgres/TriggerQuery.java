package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.Trigger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the user-defined triggers of every captured table and view in one query. Timing, level and events come
 * from the {@code tgtype} bits, the WHEN condition and function call from {@code pg_get_triggerdef},
 * which works for a role that owns nothing (unlike {@code information_schema.triggers}).
 *
 * <p>Triggers a partition inherits from its partitioned table ({@code tgparentid} set) are left out:
 * they come with the parent's trigger, and PostgreSQL 14 marks them internal while 15+ does not.
 */
final class TriggerQuery {
    private static final int ROW = 1;
    private static final int BEFORE = 2;
    private static final int INSERT = 4;
    private static final int DELETE = 8;
    private static final int UPDATE = 16;
    private static final int TRUNCATE = 32;
    private static final int INSTEAD = 64;

    private static final String SQL = """
            SELECT t.tgrelid, t.tgname, t.tgtype, t.tgenabled, pg_get_triggerdef(t.oid, true) AS definition,
                   ARRAY(SELECT a.attname FROM unnest(t.tgattr::int2[]) u(attnum)
                         JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = u.attnum) AS update_columns
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v', 'f')
              AND n.nspname = ANY (?)
            """;

    private TriggerQuery() {
    }

    /** Adds each trigger to its table or view in {@code relations}. */
    static void load(Connection connection, Array schemas, Map<Long, Relation> relations) throws SQLException {
        CatalogQuery.forEachRelationRow(connection, SQL, schemas, relations, "tgrelid",
                (relation, row) -> relation.triggers.add(trigger(row)));
    }

    /** The triggers on views only, by {@code schema.view} (for a reader that builds views by other means). */
    static Map<String, List<Trigger>> onViews(Connection connection, Array schemas) throws SQLException {
        Map<String, List<Trigger>> byView = new java.util.HashMap<>();
        String sql = SQL.replace("SELECT t.tgrelid,", "SELECT n.nspname || '.' || c.relname AS view_path, t.tgrelid,")
                .replace("c.relkind IN ('r', 'p', 'v', 'f')", "c.relkind = 'v'");
        CatalogQuery.forEachRow(connection, sql, schemas, row -> byView
                .computeIfAbsent(row.getString("view_path"), v -> new ArrayList<>()).add(trigger(row)));
        return byView;
    }

    private static Trigger trigger(java.sql.ResultSet row) throws SQLException {
        int type = row.getInt("tgtype");
        TriggerDefinition definition = TriggerDefinition.parse(row.getString("definition"));
        return new Trigger(row.getString("tgname"), timing(type), events(type, CatalogQuery.strings(row, "update_columns")),
                (type & ROW) != 0 ? "ROW" : "STATEMENT", definition.function(), definition.condition(),
                state(row.getString("tgenabled")));
    }

    static String timing(int type) {
        if ((type & INSTEAD) != 0) {
            return "INSTEAD OF";
        }
        return (type & BEFORE) != 0 ? "BEFORE" : "AFTER";
    }

    /** The events; the columns of {@code UPDATE OF} are sorted, as their order does not matter. */
    static List<String> events(int type, List<String> updateColumns) {
        List<String> events = new ArrayList<>();
        if ((type & INSERT) != 0) {
            events.add("INSERT");
        }
        if ((type & DELETE) != 0) {
            events.add("DELETE");
        }
        if ((type & UPDATE) != 0) {
            events.add(updateEvent(updateColumns));
        }
        if ((type & TRUNCATE) != 0) {
            events.add("TRUNCATE");
        }
        return events;
    }

    /** {@link PgCatalogQueries#triggerUpdateEvent}. */
    static String updateEvent(List<String> columns) {
        return columns.isEmpty() ? "UPDATE" : "UPDATE OF " + String.join(", ", columns.stream().sorted().toList());
    }

    /** {@link PgCatalogQueries#triggerState}. */
    static String state(String code) {
        return switch (code) {
            case "O" -> "ENABLED";
            case "D" -> "DISABLED";
            case "R" -> "REPLICA";
            case "A" -> "ALWAYS";
            default -> throw new IllegalStateException("Unknown trigger state '" + code + "'");
        };
    }
}
