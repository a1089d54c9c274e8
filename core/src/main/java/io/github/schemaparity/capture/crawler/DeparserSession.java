package io.github.schemaparity.capture.crawler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pins, for one capture, the session settings that change what the server's deparsers print, exactly
 * as {@code PgCatalogReader} pins them, and puts the caller's values back afterwards. Both readers
 * must see the same settings or their texts differ: with {@code search_path = pg_catalog} every name
 * outside {@code pg_catalog} comes out schema-qualified, in {@code format_type}, {@code pg_get_expr}
 * (and so in pgjdbc's column defaults), {@code pg_get_viewdef} and the rest.
 *
 * <p>This copies the few lines of {@code capture.postgres.SessionSettings}, which is package-private
 * there; it should become one shared, public class.
 */
final class DeparserSession implements AutoCloseable {
    private static final Map<String, String> PINNED = new LinkedHashMap<>();

    static {
        PINNED.put("search_path", "pg_catalog");
        PINNED.put("TimeZone", "UTC");
        PINNED.put("DateStyle", "ISO, MDY");
        PINNED.put("IntervalStyle", "postgres");
        PINNED.put("extra_float_digits", "1");
    }

    private final Connection connection;
    private final boolean local;
    private final Map<String, String> previous;
    private final int serverVersion;

    private DeparserSession(Connection connection, boolean local, Map<String, String> previous, int serverVersion) {
        this.connection = connection;
        this.local = local;
        this.previous = previous;
        this.serverVersion = serverVersion;
    }

    /** Saves the current values, pins the capture's and reads {@code server_version_num}. */
    static DeparserSession pin(Connection connection) throws SQLException {
        boolean local = !connection.getAutoCommit();
        Map<String, String> previous = new LinkedHashMap<>();
        int version;
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('search_path'), "
                        + "current_setting('TimeZone'), current_setting('DateStyle'), "
                        + "current_setting('IntervalStyle'), current_setting('extra_float_digits'), "
                        + "current_setting('server_version_num')::int")) {
            row.next();
            int column = 1;
            for (String name : PINNED.keySet()) {
                previous.put(name, row.getString(column++));
            }
            version = row.getInt(column);
        }
        apply(connection, PINNED, local);
        return new DeparserSession(connection, local, previous, version);
    }

    /** The server's {@code server_version_num}, e.g. {@code 170002}. */
    int serverVersion() {
        return serverVersion;
    }

    @Override
    public void close() throws SQLException {
        apply(connection, previous, local);
    }

    private static void apply(Connection connection, Map<String, String> values, boolean local) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("set_config(?, ?, ").append(local).append(')');
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Map.Entry<String, String> value : values.entrySet()) {
                statement.setString(index++, value.getKey());
                statement.setString(index++, value.getValue());
            }
            statement.executeQuery().close();
        }
    }
}
