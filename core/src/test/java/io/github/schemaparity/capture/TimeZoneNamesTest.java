package io.github.schemaparity.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeZoneNamesTest {

    @Test
    void everySpellingOfUtcIsUtc() {
        for (String zone : new String[] {"UTC", "Etc/UTC", "etc/utc", "UCT", "Zulu", "GMT", "Etc/GMT+0", "+00:00",
                " Universal "}) {
            assertThat(TimeZoneNames.normalize(zone)).as(zone).isEqualTo("UTC");
        }
    }

    @Test
    void otherZonesStayAsReported() {
        assertThat(TimeZoneNames.normalize("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(TimeZoneNames.normalize("+01:00")).isEqualTo("+01:00");
        // a zone with daylight saving time is not its winter offset, nor is GMT+1 UTC
        assertThat(TimeZoneNames.normalize("Europe/London")).isEqualTo("Europe/London");
        assertThat(TimeZoneNames.normalize("Etc/GMT+1")).isEqualTo("Etc/GMT+1");
        assertThat(TimeZoneNames.normalize(null)).isNull();
    }
}
