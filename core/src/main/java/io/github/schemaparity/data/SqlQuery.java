package io.github.schemaparity.data;

import java.util.List;

/**
 * A statement and its parameters. A parameter is a {@link String} (bound as text and cast by the SQL)
 * or a {@code String[]} (bound as a text array).
 *
 * @param sql        the statement with {@code ?} placeholders
 * @param parameters the values, in placeholder order
 */
public record SqlQuery(String sql, List<Object> parameters) {
    public SqlQuery {
        parameters = List.copyOf(parameters);
    }

    /** A statement without parameters. */
    public static SqlQuery of(String sql) {
        return new SqlQuery(sql, List.of());
    }
}
