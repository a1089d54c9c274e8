package io.github.schemaparity.diff;

import io.github.schemaparity.model.Named;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the differs pair the objects of two lists: by a key, or (indexes and constraints) by name and then by
 * signature. Kept apart from the comparing so that each object kind states only its key and its three
 * outcomes (both sides, expected only, actual only).
 */
final class Matching {
    private Matching() {
    }

    /** Pairs objects by key; calls {@code both} in expected order, then the unpaired ones in their list order. */
    static <T> void match(List<T> expected, List<T> actual, Function<T, String> key, BiConsumer<T, T> both,
            Consumer<T> missing, Consumer<T> unexpected) {
        if (expected.isEmpty() && actual.isEmpty()) {
            return;
        }
        Map<String, T> actualByKey = new HashMap<>(Math.max(4, actual.size() * 2));
        for (T object : actual) {
            actualByKey.put(key.apply(object), object);
        }
        Set<String> paired = new HashSet<>(Math.max(4, expected.size() * 2));
        for (T object : expected) {
            String k = key.apply(object);
            T other = actualByKey.get(k);
            if (other == null) {
                missing.accept(object);
            } else {
                paired.add(k);
                both.accept(object, other);
            }
        }
        for (T object : actual) {
            if (!paired.contains(key.apply(object))) {
                unexpected.accept(object);
            }
        }
    }

    /**
     * Pairs by name, then the rest by signature (first come, first paired), then what is left by name after
     * all, then reports the leftovers. Two objects of the same name are not paired in the first step when
     * both names were generated and their signatures differ: such names are positional (MariaDB's
     * {@code CONSTRAINT_1}, {@code CONSTRAINT_2} follow declaration order), so the same checks declared in
     * another order carry each other's names. The third step still pairs them when nothing matches better.
     */
    static <T extends Named> void matchBySignature(List<T> expected, List<T> actual,
            Function<T, String> signature, Predicate<T> generated, BiConsumer<T, T> both, Consumer<T> missing,
            Consumer<T> unexpected) {
        if (expected.isEmpty() && actual.isEmpty()) {
            return;
        }
        Map<String, T> actualByName = new HashMap<>(Math.max(4, actual.size() * 2));
        for (T object : actual) {
            actualByName.put(object.name(), object);
        }
        Set<T> pairedActual = new HashSet<>();
        List<T> unmatchedExpected = new ArrayList<>();
        for (T object : expected) {
            T other = actualByName.get(object.name());
            if (other != null && !(generated.test(object) && generated.test(other)
                    && !signature.apply(object).equals(signature.apply(other)))) {
                pairedActual.add(other);
                both.accept(object, other);
            } else {
                unmatchedExpected.add(object);
            }
        }
        if (unmatchedExpected.isEmpty() && pairedActual.size() == actual.size()) {
            return;
        }
        Map<String, ArrayDeque<T>> actualBySignature = new HashMap<>();
        for (T object : actual) {
            if (!pairedActual.contains(object)) {
                actualBySignature.computeIfAbsent(signature.apply(object), s -> new ArrayDeque<>()).add(object);
            }
        }
        List<T> stillUnmatched = new ArrayList<>();
        for (T object : unmatchedExpected) {
            ArrayDeque<T> candidates = actualBySignature.get(signature.apply(object));
            T other = candidates == null ? null : candidates.poll();
            if (other == null) {
                stillUnmatched.add(object);
            } else {
                pairedActual.add(other);
                both.accept(object, other);
            }
        }
        for (T object : stillUnmatched) {
            T other = actualByName.get(object.name());
            if (other != null && !pairedActual.contains(other)) {
                pairedActual.add(other);
                both.accept(object, other);
            } else {
                missing.accept(object);
            }
        }
        for (T object : actual) {
            if (!pairedActual.contains(object)) {
                unexpected.accept(object);
            }
        }
    }
}
