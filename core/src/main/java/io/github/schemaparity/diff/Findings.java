package io.github.schemaparity.diff;

import io.github.schemaparity.model.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The differences one diff has found so far, and the ways of recording one (a changed attribute, a missing
 * or unexpected object, a grant, a renamed index or constraint). The catalog-level and the table-level
 * differs write into the same instance, so the result is sorted once at the end.
 */
final class Findings {
    /** The order of the result: object path, then object type, then attribute, then the rest for stability. */
    private static final Comparator<Difference> ORDER = Comparator.comparing(Difference::object)
            .thenComparing(d -> d.objectType().name())
            .thenComparing(Difference::attribute, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Difference::change)
            .thenComparing(Difference::expected, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Difference::actual, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<Difference> differences = new ArrayList<>();

    /** Adds differences found elsewhere (the migration history's). */
    void addAll(List<Difference> found) {
        differences.addAll(found);
    }

    /** Everything found, in {@link #ORDER}. */
    List<Difference> sorted() {
        differences.sort(ORDER);
        return List.copyOf(differences);
    }

    /** A matched index or constraint: its name (unless both were generated), then its attributes. */
    <T extends Named> void renamed(ObjectType type, String parentPath, T expected, T actual,
            Predicate<T> nameGenerated, Function<T, Map<String, String>> attributes) {
        renamed(type, parentPath, expected, actual, nameGenerated, attributes, attribute -> Set.of());
    }

    /** As above, each attribute's difference with the facts {@code facts} gives for it. */
    <T extends Named> void renamed(ObjectType type, String parentPath, T expected, T actual,
            Predicate<T> nameGenerated, Function<T, Map<String, String>> attributes,
            Function<String, Set<Fact>> facts) {
        if (expected.equals(actual)) {
            return;
        }
        String path = parentPath + "." + expected.name();
        if (!expected.name().equals(actual.name())
                && !(nameGenerated.test(expected) && nameGenerated.test(actual))) {
            changed(type, path, "name", expected.name(), actual.name());
        }
        compareWithFacts(type, path, attributes.apply(expected), attributes.apply(actual), facts);
    }

    void privileges(String path, List<String> expected, List<String> actual) {
        if (expected.equals(actual)) {
            return;
        }
        Set<String> actualSet = new HashSet<>(actual);
        Set<String> expectedSet = new HashSet<>(expected);
        for (String grant : expected) {
            if (!actualSet.contains(grant)) {
                differences.add(new Difference(ObjectType.PRIVILEGE, path, Change.MISSING, grant, grant, null));
            }
        }
        for (String grant : actual) {
            if (!expectedSet.contains(grant)) {
                differences.add(new Difference(ObjectType.PRIVILEGE, path, Change.UNEXPECTED, grant, null, grant));
            }
        }
    }

    /** Compares two records' attributes, unless the records are equal (the common case: no maps built). */
    <T> void compare(ObjectType type, String path, T expected, T actual, Function<T, Map<String, String>> attributes) {
        if (!expected.equals(actual)) {
            compare(type, path, attributes.apply(expected), attributes.apply(actual));
        }
    }

    /** One CHANGED difference per attribute whose values differ (an attribute absent on one side is null). */
    void compare(ObjectType type, String path, Map<String, String> expected, Map<String, String> actual) {
        compareWithFacts(type, path, expected, actual, attribute -> Set.of());
    }

    /** As above, each difference with the facts {@code facts} gives for its attribute. */
    void compareWithFacts(ObjectType type, String path, Map<String, String> expected,
            Map<String, String> actual, Function<String, Set<Fact>> facts) {
        if (expected.equals(actual)) {
            return;
        }
        expected.forEach((name, value) -> {
            if (!Objects.equals(value, actual.get(name))) { // facts only for what differs
                changed(type, path, name, value, actual.get(name), facts.apply(name));
            }
        });
        actual.forEach((name, value) -> {
            if (!expected.containsKey(name)) {
                changed(type, path, name, null, value, facts.apply(name));
            }
        });
    }

    void changed(ObjectType type, String path, String attribute, String expected, String actual) {
        changed(type, path, attribute, expected, actual, Set.of());
    }

    void changed(ObjectType type, String path, String attribute, String expected, String actual,
            Set<Fact> facts) {
        if (!Objects.equals(expected, actual)) {
            differences.add(new Difference(type, path, Change.CHANGED, attribute, expected, actual, facts));
        }
    }

    void missing(ObjectType type, String path, String description) {
        missing(type, path, description, Set.of());
    }

    void missing(ObjectType type, String path, String description, Set<Fact> facts) {
        differences.add(new Difference(type, path, Change.MISSING, null, description, null, facts));
    }

    void unexpected(ObjectType type, String path, String description) {
        unexpected(type, path, description, Set.of());
    }

    void unexpected(ObjectType type, String path, String description, Set<Fact> facts) {
        differences.add(new Difference(type, path, Change.UNEXPECTED, null, null, description, facts));
    }
}
