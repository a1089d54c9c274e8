package io.github.schemaparity.scenarios;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.util.List;

/**
 * One drift applied on top of a scenario suite's base schema, and the differences it must produce
 * (reference = base, actual = base + {@code sql}). Shared by the drift tests and the fix-SQL round trip.
 *
 * @param name     what drifted, for test names
 * @param sql      the statements that drift a copy of the base schema (may hold several, separated by {@code ;})
 * @param expected exactly the differences the diff must name
 */
public record DriftScenario(String name, String sql, List<Expect> expected) {
    public DriftScenario {
        expected = List.copyOf(expected);
    }

    /** A scenario expecting these differences. */
    public static DriftScenario of(String name, String sql, Expect... expected) {
        return new DriftScenario(name, sql, List.of(expected));
    }

    @Override
    public String toString() {
        return name;
    }

    /** The identifying part of a difference (not its values). */
    public record Expect(ObjectType objectType, String object, Change change, String attribute) {
        /** The identifying part of an actual difference. */
        public static Expect of(Difference d) {
            return new Expect(d.objectType(), d.object(), d.change(), d.attribute());
        }
    }
}
