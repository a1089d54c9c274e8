package io.github.schemaparity.fix;

import io.github.schemaparity.diff.ObjectType;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * When a changed constraint or index may be replaced by one {@code ALTER TABLE} that drops and adds it (run
 * where the add would run), instead of a drop early in the script and an add late in it: one statement cannot
 * leave the key dropped when the add fails. That is safe only when nothing planned between the two steps
 * needs the old one gone: no change of its columns or its table (a column drop takes its constraints along,
 * a type change may be refused while the key stands; a check names no columns, so any column change of its
 * table counts), and for a foreign key no key, index, column or table change on the tables it references
 * (their keys cannot be dropped while it stands).
 */
public final class OneAlter {
    private static final Set<ObjectType> TABLE_SHAPE = Set.of(ObjectType.TABLE, ObjectType.COLUMN);
    private static final Set<ObjectType> REFERENCED = Set.of(ObjectType.TABLE, ObjectType.COLUMN,
            ObjectType.PRIMARY_KEY, ObjectType.UNIQUE, ObjectType.INDEX);

    private OneAlter() {
    }

    /**
     * Whether {@code change} may be one drop-and-add statement.
     *
     * @param changes    every change of the plan
     * @param change     the constraint or index that changed (its parent is its table)
     * @param columns    the columns it covers, old and new; {@code null} when not known (a check)
     * @param referenced for a foreign key the tables it references (old and new), as {@code schema.table} or,
     *                   where the engine names them without schema, {@code table}; else empty
     */
    public static boolean safe(List<ObjectChange> changes, ObjectChange change, Collection<String> columns,
            Collection<String> referenced) {
        for (ObjectChange other : changes) {
            String table = tableOf(other);
            if (table == null) {
                continue;
            }
            if (TABLE_SHAPE.contains(other.type()) && table.equals(other.schema() + "." + change.parent())
                    && sameSchema(other, change) && (other.type() == ObjectType.TABLE || columns == null
                    || columns.contains(other.name()))) {
                return false;
            }
            if (REFERENCED.contains(other.type()) && other != change
                    && (referenced.contains(table) || referenced.contains(table.substring(table.indexOf('.') + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The columns of the old and the new constraint together, for {@link #safe}. */
    public static List<String> columns(List<String> old, List<String> replacement) {
        return java.util.stream.Stream.concat(old.stream(), replacement.stream()).distinct().toList();
    }

    private static boolean sameSchema(ObjectChange a, ObjectChange b) {
        return a.schema() == null ? b.schema() == null : a.schema().equals(b.schema());
    }

    /** {@code schema.table} of a table change or of a change of something on a table; {@code null} for others. */
    private static String tableOf(ObjectChange change) {
        if (change.type() == ObjectType.TABLE) {
            return change.schema() + "." + change.name();
        }
        return change.parent() == null ? null : change.schema() + "." + change.parent();
    }
}
