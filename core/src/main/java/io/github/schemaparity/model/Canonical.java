package io.github.schemaparity.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Canonical copies for record constructors: null-safe, immutable, sorted where order is meaningless. */
final class Canonical {
    private Canonical() {
    }

    static <T> List<T> list(Collection<? extends T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> List<T> sorted(Collection<? extends T> values, Comparator<? super T> order) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }

    static List<String> sortedStrings(Collection<String> values) {
        return sorted(values, Comparator.naturalOrder());
    }

    static SortedMap<String, String> map(Map<String, String> values) {
        return values == null ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    static <T extends Named> Comparator<T> byName() {
        return Comparator.comparing(Named::name);
    }
}
