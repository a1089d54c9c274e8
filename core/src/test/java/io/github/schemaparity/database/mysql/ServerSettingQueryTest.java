package io.github.schemaparity.database.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How MySQL/MariaDB variable values are normalised (the reading is proven on MariaDB in SettingsDriftTest). */
class ServerSettingQueryTest {
    private static final Map<String, String> SYSTEM_UTC = Map.of("system_time_zone", "Etc/UTC");

    @Test
    void sqlModeIsASetOfModes() {
        assertThat(ServerSettingQuery.normalize("sql_mode", "STRICT_TRANS_TABLES,NO_ENGINE_SUBSTITUTION", Map.of()))
                .isEqualTo(ServerSettingQuery.normalize("sql_mode", "no_engine_substitution, STRICT_TRANS_TABLES",
                        Map.of()))
                .isEqualTo("NO_ENGINE_SUBSTITUTION,STRICT_TRANS_TABLES");
        assertThat(ServerSettingQuery.normalize("sql_mode", "", Map.of())).isEmpty();
    }

    @Test
    void timeZoneIsTheEffectiveZone() {
        assertThat(ServerSettingQuery.normalize("time_zone", "SYSTEM", SYSTEM_UTC)).isEqualTo("UTC");
        assertThat(ServerSettingQuery.normalize("time_zone", "+00:00", SYSTEM_UTC)).isEqualTo("UTC");
        assertThat(ServerSettingQuery.normalize("time_zone", "SYSTEM", Map.of("system_time_zone", "CET")))
                .isEqualTo("CET");
        assertThat(ServerSettingQuery.normalize("time_zone", "+02:00", SYSTEM_UTC)).isEqualTo("+02:00");
    }

    @Test
    void oldNamesOfUtf8mb3AndSwitchesAndEngines() {
        assertThat(ServerSettingQuery.normalize("character_set_server", "utf8", Map.of())).isEqualTo("utf8mb3");
        assertThat(ServerSettingQuery.normalize("collation_server", "utf8_general_ci", Map.of()))
                .isEqualTo("utf8mb3_general_ci");
        assertThat(ServerSettingQuery.normalize("collation_server", "utf8mb4_0900_ai_ci", Map.of()))
                .isEqualTo("utf8mb4_0900_ai_ci");
        assertThat(ServerSettingQuery.normalize("explicit_defaults_for_timestamp", "1", Map.of())).isEqualTo("ON");
        assertThat(ServerSettingQuery.normalize("explicit_defaults_for_timestamp", "OFF", Map.of())).isEqualTo("OFF");
        assertThat(ServerSettingQuery.normalize("default_storage_engine", "InnoDB", Map.of())).isEqualTo("innodb");
        assertThat(ServerSettingQuery.normalize("lower_case_table_names", "1", Map.of())).isEqualTo("1");
    }
}
