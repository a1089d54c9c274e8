package io.github.schemaparity.database.mysql;

import io.github.schemaparity.capture.TimeZoneNames;
import io.github.schemaparity.model.Setting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server settings that change how the same schema behaves, one {@code SHOW GLOBAL VARIABLES}:
 * {@code sql_mode}, {@code time_zone}, {@code system_time_zone}, {@code character_set_server},
 * {@code collation_server}, {@code lower_case_table_names}, {@code explicit_defaults_for_timestamp} and
 * {@code default_storage_engine}.
 *
 * <p>Global values, never the session's: drivers adjust the session ({@code sql_mode},
 * {@code time_zone}), applications' own sessions start from the global ones. Normalised:
 * {@code sql_mode} as its modes sorted ({@code NO_ENGINE_SUBSTITUTION,STRICT_TRANS_TABLES} whatever the
 * order), {@code time_zone} as the effective zone ({@code SYSTEM} replaced by {@code system_time_zone}) and
 * every spelling of UTC as {@code UTC} (see {@link TimeZoneNames}), {@code utf8}/{@code utf8_*} as
 * {@code utf8mb3}/{@code utf8mb3_*} (the same character set under the name MySQL 8.0.30+ and MariaDB
 * 10.6+ report), switches as {@code ON}/{@code OFF}, the storage engine in lower case. A variable a
 * server does not have is left out.
 */
final class ServerSettingQuery {
    private ServerSettingQuery() {
    }

    static List<Setting> load(Connection connection) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
                SHOW GLOBAL VARIABLES WHERE Variable_name IN ('sql_mode', 'time_zone', 'system_time_zone',
                  'character_set_server', 'collation_server', 'lower_case_table_names',
                  'explicit_defaults_for_timestamp', 'default_storage_engine')
                """)) {
            while (rows.next()) {
                values.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
            }
        }
        List<Setting> settings = new ArrayList<>();
        values.forEach((name, value) -> settings.add(new Setting(name, normalize(name, value, values))));
        return settings;
    }

    /** One variable's normalised value; {@code all} holds the raw values of every variable read. */
    static String normalize(String name, String value, Map<String, String> all) {
        String raw = value == null ? "" : value.strip();
        return switch (name) {
            case "sql_mode" -> String.join(",", Arrays.stream(raw.toUpperCase(Locale.ROOT).split("\\s*,\\s*"))
                    .filter(mode -> !mode.isEmpty()).sorted().distinct().toList());
            case "time_zone" -> TimeZoneNames.normalize(raw.equalsIgnoreCase("SYSTEM") && all.get("system_time_zone") != null
                    ? all.get("system_time_zone") : raw);
            case "system_time_zone" -> TimeZoneNames.normalize(raw);
            case "character_set_server", "collation_server" -> MySqlTypes.charsetName(raw.toLowerCase(Locale.ROOT));
            case "explicit_defaults_for_timestamp" -> switch (raw.toUpperCase(Locale.ROOT)) {
                case "1", "ON", "TRUE", "YES" -> "ON";
                case "0", "OFF", "FALSE", "NO" -> "OFF";
                default -> raw;
            };
            case "default_storage_engine" -> raw.toLowerCase(Locale.ROOT);
            default -> raw;
        };
    }
}
