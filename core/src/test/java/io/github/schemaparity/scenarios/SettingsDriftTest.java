package io.github.schemaparity.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.schemaparity.database.EngineRegistry;
import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.jdbc.ReadOnlySession;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Setting;
import io.github.schemaparity.policy.RiskTable;
import io.github.schemaparity.policy.Severity;
import io.github.schemaparity.testing.MariaDbServer;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Server settings parity on both engines: the settings that change behaviour are captured as the server's
 * defaults (not the capturing session's), compared as {@code setting:<name>} and rated by the risk table.
 */
class SettingsDriftTest {
    private static final CatalogDiffer DIFFER = new CatalogDiffer(DiffOptions.defaults());

    @Test
    void postgresDatabaseSettingsAreDetected() throws Exception {
        PgServer server = PgServer.of(PgServer.NEW);
        String reference = server.createDatabase("settings_ref", "CREATE TABLE t (id int)");
        String drifted = server.createDatabase("settings_drift", "CREATE TABLE t (id int)");
        server.execute("postgres", "ALTER DATABASE " + drifted + " SET TimeZone = 'Europe/Berlin'",
                "ALTER DATABASE " + drifted + " SET DateStyle = 'German, DMY'");

        Catalog expected = pgCapture(server, reference);
        Catalog actual = pgCapture(server, drifted);

        assertThat(names(expected)).contains("server_encoding", "lc_collate", "lc_ctype", "TimeZone", "DateStyle",
                "standard_conforming_strings");
        // the session's pinned UTC and the driver's JVM zone are not what is reported
        assertThat(value(actual, "TimeZone")).isEqualTo("Europe/Berlin");
        List<Difference> differences = DIFFER.diff(renamed(expected), renamed(actual));
        assertThat(differences).extracting(Difference::objectType, Difference::object, Difference::change,
                Difference::attribute, Difference::actual).containsExactlyInAnyOrder(
                        tuple(ObjectType.SETTING, "setting:DateStyle", Change.CHANGED, "value", "GERMAN, DMY"),
                        tuple(ObjectType.SETTING, "setting:TimeZone", Change.CHANGED, "value", "Europe/Berlin"));
        RiskTable risks = RiskTable.defaults();
        assertThat(differences).extracting(d -> d.object() + " " + risks.severity(d)).containsExactlyInAnyOrder(
                "setting:DateStyle " + Severity.MEDIUM, "setting:TimeZone " + Severity.HIGH);
    }

    @Test
    void postgresSpellingsOfUtcAreOneZone() throws Exception {
        PgServer server = PgServer.of(PgServer.OLD);
        String uct = server.createDatabase("settings_uct");
        String zulu = server.createDatabase("settings_zulu");
        server.execute("postgres", "ALTER DATABASE " + uct + " SET TimeZone = 'Etc/UCT'",
                "ALTER DATABASE " + zulu + " SET TimeZone = 'Zulu'");

        Catalog first = pgCapture(server, uct);
        Catalog second = pgCapture(server, zulu);

        assertThat(value(first, "TimeZone")).isEqualTo("UTC");
        assertThat(DIFFER.diff(renamed(first), renamed(second))).isEmpty();
    }

    @Test
    void postgresServerDefaultsComeFromTheConfigurationNotTheSession() throws Exception {
        PgServer server = PgServer.startDedicated(PgServer.OLD, Map.of());
        try {
            String database = server.createDatabase("settings_conf", "CREATE TABLE t (id int)");
            Catalog before = pgCapture(server, database);
            server.execute("postgres", "ALTER SYSTEM SET TimeZone = 'America/New_York'",
                    "ALTER SYSTEM SET standard_conforming_strings = off", "SELECT pg_reload_conf()");
            Thread.sleep(500); // the postmaster re-reads the files asynchronously

            Catalog after = pgCapture(server, database);

            assertThat(value(after, "TimeZone")).isEqualTo("America/New_York");
            assertThat(value(after, "standard_conforming_strings")).isEqualTo("off");
            assertThat(DIFFER.diff(before, after)).extracting(Difference::object).containsExactlyInAnyOrder(
                    "setting:TimeZone", "setting:standard_conforming_strings");
            // a user that may not read the configuration files leaves out what it cannot know
            server.execute(database, "CREATE ROLE settings_reader LOGIN PASSWORD 'reader'");
            try (Connection reader = DriverManager.getConnection(server.url(database), "settings_reader", "reader")) {
                Catalog restricted = new PgCatalogReader().read(reader, CaptureOptions.defaults());
                assertThat(names(restricted)).doesNotContain("TimeZone", "DateStyle").contains("server_encoding");
                assertThat(DIFFER.diff(after, restricted)).isEmpty();
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void mariaDbGlobalSettingsAreDetected() throws Exception {
        MariaDbServer server = MariaDbServer.startDedicated();
        try {
            String database = server.createDatabase("settings", "CREATE TABLE t (id int)");
            Catalog before = mariaDbCapture(server, database);
            String modes = value(before, "sql_mode");
            assertThat(modes).contains("STRICT_TRANS_TABLES");
            assertThat(names(before)).containsExactlyInAnyOrder("sql_mode", "time_zone", "system_time_zone",
                    "character_set_server", "collation_server", "lower_case_table_names",
                    "explicit_defaults_for_timestamp", "default_storage_engine");

            // the same modes in another order are the same sql_mode
            List<String> reversed = new java.util.ArrayList<>(List.of(modes.split(",")));
            java.util.Collections.reverse(reversed);
            server.execute(database, "SET GLOBAL sql_mode = '" + String.join(",", reversed) + "'");
            assertThat(DIFFER.diff(before, mariaDbCapture(server, database))).isEmpty();

            // utf8 is reported as utf8mb3 (its name on MariaDB 10.6+ and MySQL 8.0.30+)
            boolean latin1 = "latin1".equals(value(before, "character_set_server"));
            String charset = latin1 ? "utf8mb3" : "latin1";
            String collation = latin1 ? "utf8mb3_general_ci" : "latin1_german1_ci";
            server.execute(database, "SET GLOBAL sql_mode = 'NO_ENGINE_SUBSTITUTION'",
                    "SET GLOBAL time_zone = '+02:00'",
                    "SET GLOBAL character_set_server = '" + (latin1 ? "utf8" : "latin1") + "'",
                    "SET GLOBAL collation_server = '" + (latin1 ? "utf8_general_ci" : "latin1_german1_ci") + "'",
                    "SET GLOBAL explicit_defaults_for_timestamp = "
                            + ("ON".equals(value(before, "explicit_defaults_for_timestamp")) ? "OFF" : "ON"),
                    "SET GLOBAL default_storage_engine = 'Aria'");
            List<Difference> differences = DIFFER.diff(before, mariaDbCapture(server, database));

            RiskTable risks = RiskTable.defaults();
            assertThat(differences).extracting(d -> d.object() + " " + d.change() + " " + d.attribute() + " -> "
                    + d.actual() + " " + risks.severity(d)).containsExactlyInAnyOrder(
                            "setting:sql_mode CHANGED value -> NO_ENGINE_SUBSTITUTION HIGH",
                            "setting:time_zone CHANGED value -> +02:00 HIGH",
                            "setting:character_set_server CHANGED value -> " + charset + " HIGH",
                            "setting:collation_server CHANGED value -> " + collation + " HIGH",
                            "setting:explicit_defaults_for_timestamp CHANGED value -> "
                                    + ("ON".equals(value(before, "explicit_defaults_for_timestamp")) ? "OFF" : "ON")
                                    + " HIGH",
                            "setting:default_storage_engine CHANGED value -> aria HIGH");
        } finally {
            server.stop();
        }
    }

    private static Catalog pgCapture(PgServer server, String database) throws SQLException {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(JdbcSource.of(server.urlWithCredentials(database)))) {
            return new PgCatalogReader().read(session.connection(), CaptureOptions.defaults());
        }
    }

    private static Catalog mariaDbCapture(MariaDbServer server, String database) throws SQLException {
        try (ReadOnlySession session = EngineRegistry.openReadOnly(new JdbcSource(server.url(database), server.user(),
                server.password()))) {
            return new MySqlCatalogReader().read(session.connection(), CaptureOptions.defaults());
        }
    }

    /** The catalog with only its settings: the two databases' other contents are not the point here. */
    private static Catalog renamed(Catalog catalog) {
        return new Catalog(catalog.engine(), catalog.serverVersion(), List.of(), catalog.extensions(),
                catalog.settings());
    }

    private static List<String> names(Catalog catalog) {
        return catalog.settings().stream().map(Setting::name).toList();
    }

    private static String value(Catalog catalog, String name) {
        Map<String, String> values = catalog.settings().stream()
                .collect(Collectors.toMap(Setting::name, Setting::value, (a, b) -> a));
        return values.get(name);
    }
}
