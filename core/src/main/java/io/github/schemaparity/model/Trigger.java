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
 * @param order     MySQL/MariaDB {@code ACTION_ORDER}: the 1-based place in which it fires among the triggers
 *                  of its table with the same timing and event ({@code FOLLOWS}/{@code PRECEDES}), or
 *                  {@code null} (PostgreSQL fires them by name). Compared apart, as the order among the
 *                  triggers both sides have, so one missing trigger does not move the others
 * @param definer   MySQL/MariaDB {@code DEFINER} as {@code user@host}, or {@code null}; compared only when
 *                  {@code DiffOptions#definers()} asks
 */
public record Trigger(String name, String timing, List<String> events, String level, String function,
        String condition, String enabled, Integer order, String definer) implements Named {
    public Trigger {
        events = Canonical.sortedStrings(events);
    }

    /** A trigger without fire order or definer (PostgreSQL). */
    public Trigger(String name, String timing, List<String> events, String level, String function,
            String condition, String enabled) {
        this(name, timing, events, level, function, condition, enabled, null, null);
    }

    /** The same trigger without its fire order (an older snapshot has none). */
    public Trigger withoutOrder() {
        return new Trigger(name, timing, events, level, function, condition, enabled, null, definer);
    }

    /** The same trigger without its definer. */
    public Trigger withoutDefiner() {
        return new Trigger(name, timing, events, level, function, condition, enabled, order, null);
    }

    /** Attributes the diff compares; fire order and definer are compared apart. */
    public Map<String, String> attributes() {
        return new Attributes().put("timing", timing).put("events", events).put("level", level)
                .put("function", function).put("condition", condition).put("enabled", enabled).build();
    }
}
