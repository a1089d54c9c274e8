package io.github.schemaparity.capture;

import java.util.Locale;
import java.util.Set;

/**
 * Normalises time zone names as servers report them, so that spellings of the same zone compare equal:
 * every name for Coordinated Universal Time ({@code Etc/UTC}, {@code UCT}, {@code Zulu}, {@code GMT},
 * {@code +00:00}, ...) reads {@code UTC}; other names stay as the server reports them (a zone with
 * daylight saving time is not the same as its winter offset).
 */
public final class TimeZoneNames {
    private static final Set<String> UTC = Set.of("utc", "etc/utc", "uct", "etc/uct", "universal", "etc/universal",
            "zulu", "etc/zulu", "gmt", "etc/gmt", "gmt0", "etc/gmt0", "gmt+0", "gmt-0", "etc/gmt+0", "etc/gmt-0",
            "greenwich", "etc/greenwich", "+00:00", "-00:00", "+0", "z");

    private TimeZoneNames() {
    }

    /**
     * The zone's normalised name.
     *
     * @param zone a zone as reported, e.g. {@code Etc/UTC}, {@code Europe/Berlin}, {@code +01:00}
     * @return {@code UTC} for every spelling of UTC, else the name stripped; {@code null} for {@code null}
     */
    public static String normalize(String zone) {
        if (zone == null) {
            return null;
        }
        String stripped = zone.strip();
        return UTC.contains(stripped.toLowerCase(Locale.ROOT)) ? "UTC" : stripped;
    }
}
