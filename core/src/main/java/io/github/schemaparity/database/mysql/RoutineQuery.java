package io.github.schemaparity.database.mysql;

import io.github.schemaparity.model.Routine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored functions and procedures: one query over {@code ROUTINES}, one over {@code PARAMETERS}.
 *
 * <p>These servers have no volatility; {@link Routine#volatility()} holds what they declare instead:
 * {@code DETERMINISTIC} or {@code NOT DETERMINISTIC}, then the SQL data access, e.g.
 * {@code NOT DETERMINISTIC CONTAINS SQL}. {@link Routine#arguments()} lists the parameters as
 * {@code IN qty int, OUT total decimal(10,2)}; a function's as {@code qty int}, without a mode.
 */
final class RoutineQuery {
    private RoutineQuery() {
    }

    private record RoutineRow(String schema, String name, String type, String returnType, String body,
            String volatility, boolean securityDefiner, String comment, String definer) {
    }

    static Map<String, List<Routine>> load(Connection connection, SchemaFilter schemas) throws SQLException {
        Map<String, RoutineRow> routines = new LinkedHashMap<>();
        schemas.query(connection, """
                SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, DTD_IDENTIFIER, ROUTINE_DEFINITION,
                       IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT,
                       DEFINER
                FROM information_schema.ROUTINES
                WHERE ROUTINE_SCHEMA IN (?) AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE')
                """, row -> {
            String schema = row.getString(1);
            String volatility = ("YES".equals(row.getString(6)) ? "DETERMINISTIC" : "NOT DETERMINISTIC") + " "
                    + row.getString(7);
            routines.put(key(schema, row.getString(3), row.getString(2)), new RoutineRow(schema, row.getString(2),
                    row.getString(3), row.getString(4) == null ? null : MySqlTypes.type(row.getString(4)),
                    ViewQuery.withoutOwnSchema(row.getString(5), schema), volatility,
                    "DEFINER".equals(row.getString(8)), TableQuery.blankToNull(row.getString(9)),
                    Definers.definer(row.getString(10))));
        });
        Map<String, List<String>> types = new HashMap<>();
        Map<String, List<String>> declared = new HashMap<>();
        schemas.query(connection, """
                SELECT SPECIFIC_SCHEMA, ROUTINE_TYPE, SPECIFIC_NAME, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
                FROM information_schema.PARAMETERS
                WHERE SPECIFIC_SCHEMA IN (?) AND ORDINAL_POSITION > 0
                ORDER BY SPECIFIC_SCHEMA, ROUTINE_TYPE, SPECIFIC_NAME, ORDINAL_POSITION
                """, row -> {
            String key = key(row.getString(1), row.getString(2), row.getString(3));
            String type = MySqlTypes.type(row.getString(6));
            types.computeIfAbsent(key, k -> new ArrayList<>()).add(type);
            // MariaDB reports IN for a function's parameters, MySQL nothing: a function has no modes
            String mode = "FUNCTION".equals(row.getString(2)) ? null : row.getString(4);
            declared.computeIfAbsent(key, k -> new ArrayList<>())
                    .add((mode == null ? "" : mode + " ") + row.getString(5) + " " + type);
        });
        Map<String, List<Routine>> bySchema = new HashMap<>();
        routines.forEach((key, r) -> bySchema.computeIfAbsent(r.schema(), s -> new ArrayList<>()).add(new Routine(
                r.name(), r.type(), types.getOrDefault(key, List.of()), String.join(", ",
                        declared.getOrDefault(key, List.of())), r.returnType(), "sql", r.body(), r.volatility(),
                false, r.securityDefiner(), r.comment(), List.of(), r.definer())));
        return bySchema;
    }

    private static String key(String schema, String type, String name) {
        return schema + "\u0000" + type + "\u0000" + name;
    }
}
