package io.github.schemaparity.model;

/**
 * A server setting that changes behaviour (e.g. {@code TimeZone}, {@code sql_mode}), normalised.
 *
 * @param name  setting name
 * @param value normalised value
 */
public record Setting(String name, String value) implements Named {
}
