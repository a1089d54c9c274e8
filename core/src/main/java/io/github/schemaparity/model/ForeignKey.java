package io.github.schemaparity.model;

import java.util.List;
import java.util.Map;

/**
 * A foreign key constraint.
 *
 * @param name              constraint name
 * @param nameGenerated     whether the name follows the engine's naming scheme for unnamed constraints
 * @param columns           referencing columns, in key order
 * @param referencedTable   referenced table as {@code schema.table}
 * @param referencedColumns referenced columns, in key order
 * @param onDelete          {@code NO ACTION}, {@code RESTRICT}, {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
 * @param onUpdate          same values as {@code onDelete}
 * @param deferrable        whether the constraint is DEFERRABLE
 * @param initiallyDeferred whether it is INITIALLY DEFERRED
 * @param validated         {@code false} for a NOT VALID constraint
 * @param match             {@code FULL} (a row whose key columns are all null passes, one with only some null
 *                          fails) or {@code PARTIAL}; {@code null} for the default {@code MATCH SIMPLE}
 *                          (any null key column passes), so existing snapshots read as before
 */
public record ForeignKey(String name, boolean nameGenerated, List<String> columns, String referencedTable,
        List<String> referencedColumns, String onDelete, String onUpdate, boolean deferrable,
        boolean initiallyDeferred, boolean validated, String match) implements Named {
    public ForeignKey {
        columns = Canonical.list(columns);
        referencedColumns = Canonical.list(referencedColumns);
        match = match == null || match.equalsIgnoreCase("SIMPLE") ? null : match;
    }

    /** A foreign key of the default MATCH SIMPLE. */
    public ForeignKey(String name, boolean nameGenerated, List<String> columns, String referencedTable,
            List<String> referencedColumns, String onDelete, String onUpdate, boolean deferrable,
            boolean initiallyDeferred, boolean validated) {
        this(name, nameGenerated, columns, referencedTable, referencedColumns, onDelete, onUpdate, deferrable,
                initiallyDeferred, validated, null);
    }

    /** What identifies this key when names differ: columns and what they reference. */
    public String signature() {
        return String.join(",", columns) + "->" + referencedTable + "(" + String.join(",", referencedColumns) + ")";
    }

    /** Attributes the diff compares. */
    public Map<String, String> attributes() {
        return new Attributes().put("columns", columns).put("referencedTable", referencedTable)
                .put("referencedColumns", referencedColumns).put("onDelete", onDelete).put("onUpdate", onUpdate)
                .put("deferrable", deferrable).put("initiallyDeferred", initiallyDeferred)
                .put("validated", validated).put("match", match).build();
    }
}
