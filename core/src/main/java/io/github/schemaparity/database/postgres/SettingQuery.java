package io.github.schemaparity.database.postgres;

import io.github.schemaparity.capture.TimeZoneNames;
import io.github.schemaparity.model.Setting;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The server and database settings that change how the same schema behaves: {@code server_encoding},
 * the database's {@code lc_collate} and {@code lc_ctype} ({@code pg_database}), {@code TimeZone},
 * {@code DateStyle} and {@code standard_conforming_strings}.
 *
 * <p>What is captured is the default a new session gets from the server, not this session's value: the
 * JDBC driver sends its own {@code TimeZone} (the JVM's) and {@code DateStyle} at login, and the capture
 * pins both besides. So a setting's value is, in this order: the database's own value
 * ({@code ALTER DATABASE ... SET}, {@code pg_db_role_setting}); the session's value when neither the
 * client nor the session set it; the configuration files' value ({@code pg_file_settings}, readable by
 * superusers only), or the built-in default when the files do not set it. When none of these can be
 * read (a non-superuser, a setting the driver sent) the setting is left out, and the diff compares
 * only settings both sides report. Run it before the session is pinned.
 */
final class SettingQuery {
    /** Sources of a session value that tell nothing about the server's default. */
    private static final Set<String> SESSION_SOURCES = Set.of("client", "session", "interactive", "user",
            "database user", "test");

    private SettingQuery() {
    }

    static List<Setting> load(Connection connection) throws SQLException {
        Map<String, String> database = new HashMap<>();
        List<Setting> settings = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("""
                    SELECT d.datcollate, d.datctype, s.setconfig,
                           has_function_privilege('pg_catalog.pg_show_all_file_settings()', 'EXECUTE')
                    FROM pg_catalog.pg_database d
                    LEFT JOIN pg_catalog.pg_db_role_setting s ON s.setdatabase = d.oid AND s.setrole = 0
                    WHERE d.datname = current_database()
                    """)) {
                rows.next();
                settings.add(new Setting("lc_collate", normalize("lc_collate", rows.getString(1))));
                settings.add(new Setting("lc_ctype", normalize("lc_ctype", rows.getString(2))));
                java.sql.Array config = rows.getArray(3);
                if (config != null) {
                    for (Object entry : (Object[]) config.getArray()) {
                        String text = String.valueOf(entry);
                        int equals = text.indexOf('=');
                        if (equals > 0) {
                            database.put(text.substring(0, equals).toLowerCase(Locale.ROOT), text.substring(equals + 1));
                        }
                    }
                }
                boolean filesReadable = rows.getBoolean(4);
                Map<String, String> files = filesReadable ? fileSettings(statement) : Map.of();
                try (ResultSet values = statement.executeQuery("""
                        SELECT name, setting, source, boot_val FROM pg_catalog.pg_settings
                        WHERE name IN ('server_encoding', 'TimeZone', 'DateStyle', 'standard_conforming_strings')
                        """)) {
                    while (values.next()) {
                        String name = values.getString(1);
                        String key = name.toLowerCase(Locale.ROOT);
                        String value;
                        if (database.containsKey(key)) {
                            value = database.get(key);
                        } else if (!SESSION_SOURCES.contains(values.getString(3))) {
                            value = values.getString(2);
                        } else if (filesReadable) {
                            value = files.getOrDefault(key, values.getString(4));
                        } else {
                            continue;
                        }
                        settings.add(new Setting(name, normalize(name, value)));
                    }
                }
            }
        }
        return settings;
    }

    private static String locale(String locale) {
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return locale;
        }
        int at = locale.indexOf('@', dot);
        String codeset = locale.substring(dot + 1, at < 0 ? locale.length() : at);
        return locale.substring(0, dot + 1) + codeset.toLowerCase(Locale.ROOT).replace("-", "")
                + (at < 0 ? "" : locale.substring(at));
    }

    /** The applied values of the configuration files, by lower-case name (the last one a file sets wins). */
    private static Map<String, String> fileSettings(Statement statement) throws SQLException {
        Map<String, String> files = new HashMap<>();
        try (ResultSet rows = statement.executeQuery("""
                SELECT lower(name), setting FROM pg_catalog.pg_file_settings
                WHERE applied AND lower(name) IN ('timezone', 'datestyle', 'standard_conforming_strings')
                ORDER BY seqno
                """)) {
            while (rows.next()) {
                files.put(rows.getString(1), rows.getString(2));
            }
        }
        return files;
    }

    /**
     * {@code TimeZone} by {@link TimeZoneNames}; {@code DateStyle} as {@code ISO, MDY} whatever its spacing and
     * case; a locale's codeset as the C library normalises it ({@code en_US.UTF-8} and {@code en_US.utf8} are
     * one locale: {@code en_US.utf8}); {@code standard_conforming_strings} as {@code on}/{@code off}.
     */
    static String normalize(String name, String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() >= 2 && stripped.startsWith("'") && stripped.endsWith("'")) {
            stripped = stripped.substring(1, stripped.length() - 1);
        }
        return switch (name) {
            case "TimeZone" -> TimeZoneNames.normalize(stripped);
            case "DateStyle" -> String.join(", ", List.of(stripped.toUpperCase(Locale.ROOT).split("\\s*,\\s*")));
            case "lc_collate", "lc_ctype" -> locale(stripped);
            case "standard_conforming_strings" -> switch (stripped.toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes", "1" -> "on";
                case "off", "false", "no", "0" -> "off";
                default -> stripped.toLowerCase(Locale.ROOT);
            };
            default -> stripped;
        };
    }
}
