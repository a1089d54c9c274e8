package io.github.schemaparity.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timed samples of one measurement, in seconds. */
final class Samples {
    private final List<Double> seconds = new ArrayList<>();

    void add(long nanos) {
        seconds.add(nanos / 1e9);
    }

    /** The median (the mean of the two middle samples for an even count). */
    double median() {
        if (seconds.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** All samples in the order taken, for the detailed log. */
    List<Double> all() {
        return List.copyOf(seconds);
    }
}
