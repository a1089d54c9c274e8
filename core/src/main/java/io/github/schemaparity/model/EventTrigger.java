package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A database-wide trigger on DDL (PostgreSQL {@code CREATE EVENT TRIGGER}): audit logs and guards that
 * refuse some DDL in production run through one, so a missing or extra one changes what a deploy does.
 *
 * @param name     event trigger name
 * @param event    the event it fires on: {@code ddl_command_start}, {@code ddl_command_end}, {@code sql_drop},
 *                 {@code table_rewrite} (or {@code login} on PostgreSQL 17)
 * @param tags     the command tags of its {@code WHEN TAG IN (...)} filter in upper case, sorted; empty for
 *                 every command
 * @param function the function it executes, schema-qualified with its parentheses, e.g. {@code audit.log_ddl()}
 * @param enabled  {@code ENABLED}, {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 */
public record EventTrigger(String name, String event, List<String> tags, String function, String enabled)
        implements Named {
    public EventTrigger {
        tags = Canonical.sortedStrings(tags);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("event", event).put("tags", tags).put("function", function)
                .put("enabled", enabled).build();
    }
}
