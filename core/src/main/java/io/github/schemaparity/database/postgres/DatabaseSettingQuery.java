package io.github.schemaparity.database.postgres;

import io.github.schemaparity.model.DatabaseSetting;
import io.github.schemaparity.model.NotCompared;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the settings stored for the captured database ({@code ALTER DATABASE app SET ...}) and for roles
 * in it ({@code ALTER ROLE r IN DATABASE app SET ...}) from {@code pg_db_role_setting}, which every role
 * may read. Values are kept as the server stores them: it already writes a list such as
 * {@code public,audit} as {@code public, audit}.
 *
 * <p>Database-level values of the settings {@link SettingQuery} reads ({@code TimeZone}, {@code DateStyle},
 * {@code standard_conforming_strings}) are left out here: they are compared there already, once.
 * Role-level settings are environmental (each environment has its own roles), so they are compared only
 * with privileges; without, they are listed as not compared.
 */
final class DatabaseSettingQuery {
    /** The kind the ledger names role-level settings by when they are not compared. */
    static final String ROLE_SETTING = "role setting";

    private static final Set<String> COMPARED_AS_SERVER_SETTINGS = Set.of("timezone", "datestyle",
            "standard_conforming_strings");

    private static final String SQL = """
            SELECT CASE WHEN s.setrole = 0 THEN NULL
                        ELSE (SELECT r.rolname FROM pg_catalog.pg_roles r WHERE r.oid = s.setrole) END AS role,
                   c.entry
            FROM pg_catalog.pg_db_role_setting s
            JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
            CROSS JOIN LATERAL unnest(s.setconfig) AS c(entry)
            WHERE d.datname = current_database()
            """;

    /**
     * The settings read.
     *
     * @param settings    database-level settings, and role-level ones when privileges were asked for
     * @param notCompared role-level settings when they were not
     */
    record Result(List<DatabaseSetting> settings, List<NotCompared> notCompared) {
    }

    private DatabaseSettingQuery() {
    }

    static Result load(Connection connection, boolean roleSettings) throws SQLException {
        List<DatabaseSetting> settings = new ArrayList<>();
        List<NotCompared> notCompared = new ArrayList<>();
        CatalogQuery.forEachRow(connection, SQL, null, row -> {
            String role = row.getString("role");
            String entry = row.getString("entry");
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                return;
            }
            String name = entry.substring(0, equals).toLowerCase(Locale.ROOT);
            DatabaseSetting setting = new DatabaseSetting(role, name, entry.substring(equals + 1));
            if (role == null && COMPARED_AS_SERVER_SETTINGS.contains(name)) {
                return;
            }
            if (role == null || roleSettings) {
                settings.add(setting);
            } else {
                notCompared.add(new NotCompared(ROLE_SETTING, setting.path(),
                        "role settings are compared only with privileges on"));
            }
        });
        return new Result(settings, notCompared);
    }
}
