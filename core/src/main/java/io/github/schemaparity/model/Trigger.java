package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A trigger on a table or view.
 *
 * @param name      trigger name
 * @param timing    {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events    {@code INSERT}, {@code UPDATE}, {@code UPDATE OF a, b}, {@code DELETE}, {@code TRUNCATE}, sorted
 * @param level     {@code ROW} or {@code STATEMENT}
 * @param function  the function or body it executes, e.g. {@code public.touch_updated_at()}
 * @param condition normalised WHEN condition, or {@code null}
 * @param enabled   {@code ENABLED}, {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 */
public record Trigger(String name, String timing, List<String> events, String level, String function,
        String condition, String enabled) implements Named {
    public Trigger {
        events = Canonical.sortedStrings(events);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("timing", timing).put("events", events).put("level", level)
                .put("function", function).put("condition", condition).put("enabled", enabled).build();
    }
}
