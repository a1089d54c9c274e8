package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import org.junit.jupiter.api.Test;

/** Server settings are rated by their name ({@code SETTING:CHANGED/<name>}). */
class RiskTableSettingsTest {
    private final RiskTable table = RiskTable.defaults();

    @Test
    void eachSettingHasItsOwnRisk() {
        assertThat(table.severity(setting("sql_mode"))).isEqualTo(Severity.HIGH);
        assertThat(table.severity(setting("time_zone"))).isEqualTo(Severity.HIGH);
        assertThat(table.severity(setting("TimeZone"))).isEqualTo(Severity.HIGH);
        assertThat(table.severity(setting("server_encoding"))).isEqualTo(Severity.HIGH);
        assertThat(table.severity(setting("lc_collate"))).isEqualTo(Severity.HIGH);
        assertThat(table.severity(setting("DateStyle"))).isEqualTo(Severity.MEDIUM);
        assertThat(table.severity(setting("system_time_zone"))).isEqualTo(Severity.MEDIUM);
        // a setting without a rule of its own falls back to SETTING:CHANGED
        assertThat(table.risk(setting("innodb_strict_mode"))).isEqualTo(40);
    }

    @Test
    void aUserReRatesOneSetting() {
        RiskTable relaxed = table.withOverride("SETTING:CHANGED/system_time_zone", 0);
        assertThat(relaxed.risk(setting("system_time_zone"))).isZero();
        assertThat(relaxed.risk(setting("time_zone"))).isEqualTo(70);
    }

    @Test
    void everySettingRuleGivesItsReason() {
        assertThat(RiskTable.defaultRules()).filteredOn(r -> r.key().startsWith("SETTING:CHANGED/"))
                .hasSizeGreaterThanOrEqualTo(13).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
    }

    private static Difference setting(String name) {
        return new Difference(ObjectType.SETTING, "setting:" + name, Change.CHANGED, "value", "a", "b");
    }
}
