package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.Fact;
import io.github.schemaparity.diff.ObjectType;
import java.util.List;
import java.util.Optional;

/**
 * The differences of one object, with its object path split into its parts. The differences come from
 * {@code diff(target, current)}: {@link Difference#expected()} is the value to reach, {@link Difference#actual()}
 * the value the database to change has.
 *
 * @param type        the object's type
 * @param path        its object path
 * @param schema      its schema ({@code null} for extensions and settings)
 * @param parent      the table or view it belongs to (columns, keys, indexes, triggers, policies), else {@code null}
 * @param name        its own name (a routine: its signature; a privilege: the table's or view's name)
 * @param differences its differences, in the diff's order
 */
public record ObjectChange(ObjectType type, String path, String schema, String parent, String name,
        List<Difference> differences) {
    public ObjectChange {
        differences = List.copyOf(differences);
    }

    /** The MISSING or UNEXPECTED difference, if the object is on one side only. */
    public Optional<Change> presence() {
        return differences.stream().map(Difference::change).filter(c -> c != Change.CHANGED).findFirst();
    }

    /** Whether the object exists only on the target side. */
    public boolean missing() {
        return presence().orElse(null) == Change.MISSING;
    }

    /** Whether the object exists only on the current side. */
    public boolean unexpected() {
        return presence().orElse(null) == Change.UNEXPECTED;
    }

    /** The CHANGED difference on an attribute, if any. */
    public Optional<Difference> changed(String attribute) {
        return differences.stream().filter(d -> d.change() == Change.CHANGED && attribute.equals(d.attribute()))
                .findFirst();
    }

    /** Whether the diff established {@code fact} for the CHANGED difference on {@code attribute}. */
    public boolean changedHas(String attribute, Fact fact) {
        return changed(attribute).map(d -> d.has(fact)).orElse(false);
    }

    /** The attributes that changed. */
    public List<String> changedAttributes() {
        return differences.stream().filter(d -> d.change() == Change.CHANGED).map(Difference::attribute).toList();
    }

    /** The name the object has in the database to change: the current side of a CHANGED {@code name}, else its name. */
    public String currentName() {
        return changed("name").map(Difference::actual).orElse(name);
    }
}
