package io.github.schemaparity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the ordered attribute map of a catalog object: the values the diff compares one by one.
 * Values are rendered as display strings ({@code null} means "none"), lists as comma-separated text.
 */
final class Attributes {
    private final Map<String, String> values = new LinkedHashMap<>();

    Attributes put(String attribute, Object value) {
        values.put(attribute, render(value));
        return this;
    }

    Map<String, String> build() {
        return java.util.Collections.unmodifiableMap(values);
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? null : map.toString();
        }
        return String.valueOf(value);
    }
}
