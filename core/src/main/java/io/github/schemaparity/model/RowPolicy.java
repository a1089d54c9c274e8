package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A row-level security policy (PostgreSQL {@code CREATE POLICY}).
 *
 * @param name       policy name
 * @param command    {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param permissive {@code true} for PERMISSIVE, {@code false} for RESTRICTIVE
 * @param roles      roles it applies to, sorted ({@code public} for all)
 * @param using      normalised USING expression, or {@code null}
 * @param withCheck  normalised WITH CHECK expression, or {@code null}
 */
public record RowPolicy(String name, String command, boolean permissive, List<String> roles, String using,
        String withCheck) implements Named {
    public RowPolicy {
        roles = Canonical.sortedStrings(roles);
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("command", command).put("permissive", permissive).put("roles", roles)
                .put("using", using).put("withCheck", withCheck).build();
    }
}
