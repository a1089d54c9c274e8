package io.github.schemaparity.policy;

import java.util.Locale;

/** How likely a difference is to break the application or lose data, banded from its 0-100 risk. */
public enum Severity {
    /** Risk 0-20. */
    LOW,
    /** Risk 21-50. */
    MEDIUM,
    /** Risk 51-80. */
    HIGH,
    /** Risk 81-100. */
    CRITICAL;

    /** The severity band of a risk score. */
    public static Severity ofRisk(int risk) {
        if (risk <= 20) {
            return LOW;
        }
        if (risk <= 50) {
            return MEDIUM;
        }
        return risk <= 80 ? HIGH : CRITICAL;
    }

    /** Parses a user-supplied severity name, case-insensitively, with an error that lists the choices. */
    public static Severity parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown severity '" + text + "': use one of LOW, MEDIUM, HIGH, CRITICAL");
        }
    }
}
