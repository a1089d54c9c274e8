package io.github.schemaparity.model;

import java.util.Map;

/**
 * A scheduled event (MySQL/MariaDB {@code CREATE EVENT}).
 *
 * <p>When an event starts and ends ({@code STARTS}, {@code ENDS}, a one-time event's {@code AT}) is left
 * out: by default those are the moment the event was created, which differs between any two databases.
 *
 * @param name         event name
 * @param schedule     {@code EVERY <n> <unit>} for a recurring event, {@code ONE TIME} otherwise
 * @param body         normalised body, without the database's own qualifier
 * @param status       {@code ENABLED} or {@code DISABLED} (an event a replica keeps disabled because it
 *                     runs on the primary counts as {@code ENABLED})
 * @param onCompletion {@code PRESERVE} or {@code NOT PRESERVE}
 * @param comment      comment, or {@code null}
 * @param definer      {@code DEFINER} as {@code user@host}, or {@code null}; compared only when
 *                     {@code DiffOptions#definers()} asks
 */
public record Event(String name, String schedule, String body, String status, String onCompletion, String comment,
        String definer) implements Named {

    /** An event without a definer. */
    public Event(String name, String schedule, String body, String status, String onCompletion, String comment) {
        this(name, schedule, body, status, onCompletion, comment, null);
    }

    /** The same event without its definer. */
    public Event withoutDefiner() {
        return new Event(name, schedule, body, status, onCompletion, comment, null);
    }

    /** Attributes the diff compares; the definer is compared apart, when asked. */
    public Map<String, String> attributes() {
        return new Attributes().put("schedule", schedule).put("body", body).put("status", status)
                .put("onCompletion", onCompletion).put("comment", comment).build();
    }
}
