package io.github.schemaparity.database.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pins the session settings that change how the server deparses definitions, for the length of a
 * capture, and puts the caller's values back afterwards.
 *
 * <p>{@code search_path = pg_catalog} makes {@code format_type}, {@code pg_get_viewdef},
 * {@code pg_get_expr} and friends qualify every object outside {@code pg_catalog} with its schema
 * ({@code public.mood}, {@code public.orders}), whatever path the session had. {@code TimeZone},
 * {@code DateStyle}, {@code IntervalStyle} and {@code extra_float_digits} fix how constants in
 * defaults and partition bounds print. {@code jit = off} keeps the server from compiling the catalog
 * queries, which costs far more than it saves on them. All of it goes through {@code SELECT set_config(...)}, which a
 * read-only transaction allows; inside a transaction the values are transaction-local.
 *
 * <p>Every PostgreSQL reader pins these ({@code PgCatalogReader} and the SchemaCrawler reader): the
 * same text is only deparsed the same way under the same settings.
 */
public final class SessionSettings implements AutoCloseable {
    private static final Map<String, String> PINNED = pinned();

    private final Connection connection;
    private final boolean local;
    private final Map<String, String> previous;

    private SessionSettings(Connection connection, boolean local, Map<String, String> previous) {
        this.connection = connection;
        this.local = local;
        this.previous = previous;
    }

    private static Map<String, String> pinned() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("search_path", "pg_catalog");
        values.put("TimeZone", "UTC");
        values.put("DateStyle", "ISO, MDY");
        values.put("IntervalStyle", "postgres");
        values.put("extra_float_digits", "1");
        // Not a deparser setting: a catalog query of a few thousand tables passes jit_above_cost, and
        // LLVM then spends seconds compiling a plan that runs in a few hundred milliseconds (the index
        // query at 1,000 tables: 3.4 s with JIT, 0.3 s without).
        values.put("jit", "off");
        return values;
    }

    /**
     * Saves the current values and pins the capture's.
     *
     * @param connection the session to pin; {@link #close()} puts its values back
     * @return the pinned settings
     */
    public static SessionSettings pin(Connection connection) throws SQLException {
        boolean local = !connection.getAutoCommit();
        List<String> names = new ArrayList<>(PINNED.keySet());
        Map<String, String> previous = new LinkedHashMap<>();
        StringBuilder read = new StringBuilder("SELECT ");
        for (int i = 0; i < names.size(); i++) {
            read.append(i == 0 ? "" : ", ").append("current_setting('").append(names.get(i)).append("')");
        }
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(read.toString())) {
            row.next();
            for (int i = 0; i < names.size(); i++) {
                previous.put(names.get(i), row.getString(i + 1));
            }
        }
        apply(connection, PINNED, local);
        return new SessionSettings(connection, local, previous);
    }

    /** The session whose settings are pinned. */
    public Connection connection() {
        return connection;
    }

    /** Puts back the values the session had before {@link #pin(Connection)}. */
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
