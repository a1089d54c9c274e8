package io.github.schemaparity.engine;

import java.util.List;
import java.util.Objects;

/** User-written lists of settings as the configurations keep them. */
final class SettingLists {
    private SettingLists() {
    }

    /** Trims the entries and drops the empty ones (as {@code a, b,} gives); {@code null} is the empty list. */
    static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
