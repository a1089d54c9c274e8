package io.github.schemaparity.data;

import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.policy.GlobPattern;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One allowance of the data gate: differences of one kind in matching tables do not fail it, e.g.
 * {@code unexpected-rows: public.audit_*} (rows written to the new host after the copy).
 *
 * @param kind  what is allowed
 * @param table a glob over {@code schema.table}
 */
public record DataRule(Kind kind, GlobPattern table) {

    /** The differences a rule can allow. */
    public enum Kind {
        MISSING_ROWS, UNEXPECTED_ROWS, CHANGED_ROWS, MISSING_TABLE, UNEXPECTED_TABLE,
        ORPHAN_ROWS, NOT_VALID_CONSTRAINT, DISABLED_TRIGGERS, SEQUENCE_BEHIND, SCHEMA;

        /** The spelling users write, e.g. {@code unexpected-rows}. */
        public String spelling() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * Reads {@code kind: table-glob}.
     *
     * @throws SchemaParityException naming the rule and the kinds there are
     */
    public static DataRule parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        String kinds = Arrays.stream(Kind.values()).map(Kind::spelling).collect(Collectors.joining(", "));
        if (colon <= 0 || text.substring(colon + 1).isBlank()) {
            throw new SchemaParityException("Data rule '" + text + "' is not 'kind: table-glob', e.g."
                    + " 'unexpected-rows: public.audit_*'; kinds: " + kinds);
        }
        String kind = text.substring(0, colon).strip().toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return new DataRule(Kind.valueOf(kind), GlobPattern.compile(text.substring(colon + 1).strip()));
        } catch (IllegalArgumentException e) {
            throw new SchemaParityException("Data rule '" + text + "' names no known kind; kinds: " + kinds);
        }
    }

    /** Whether this rule allows a difference of that kind in that table. */
    public boolean allows(Kind difference, String qualifiedTable) {
        return kind == difference && table.matches(qualifiedTable);
    }
}
