package io.github.schemaparity.database.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How PostgreSQL setting values are normalised (the reading itself is proven on real servers in SettingsDriftTest). */
class SettingQueryTest {

    @Test
    void dateStyleIgnoresSpacingAndCase() {
        assertThat(SettingQuery.normalize("DateStyle", "iso,mdy")).isEqualTo("ISO, MDY");
        assertThat(SettingQuery.normalize("DateStyle", "'German,  DMY'")).isEqualTo("GERMAN, DMY");
    }

    @Test
    void timeZoneSpellingsOfUtcAreOne() {
        assertThat(SettingQuery.normalize("TimeZone", "Etc/UTC")).isEqualTo("UTC");
        assertThat(SettingQuery.normalize("TimeZone", "'Europe/Berlin'")).isEqualTo("Europe/Berlin");
    }

    @Test
    void localeCodesetsAreNormalisedAsTheCLibraryDoes() {
        assertThat(SettingQuery.normalize("lc_collate", "en_US.UTF-8")).isEqualTo("en_US.utf8");
        assertThat(SettingQuery.normalize("lc_ctype", "en_US.utf8")).isEqualTo("en_US.utf8");
        assertThat(SettingQuery.normalize("lc_collate", "de_DE.ISO-8859-1@euro")).isEqualTo("de_DE.iso88591@euro");
        assertThat(SettingQuery.normalize("lc_collate", "C")).isEqualTo("C");
        // C.UTF-8 sorts by code point: not the same collation as en_US.utf8
        assertThat(SettingQuery.normalize("lc_collate", "C.UTF-8")).isEqualTo("C.utf8");
    }

    @Test
    void switchesReadOnOrOff() {
        assertThat(SettingQuery.normalize("standard_conforming_strings", "true")).isEqualTo("on");
        assertThat(SettingQuery.normalize("standard_conforming_strings", "OFF")).isEqualTo("off");
    }
}
