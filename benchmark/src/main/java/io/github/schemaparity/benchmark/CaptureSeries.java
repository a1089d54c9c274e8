package io.github.schemaparity.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The timed captures of one reader at one size, accumulated round by round. */
final class CaptureSeries {
    private final Samples samples = new Samples();
    private final List<Double> retained = new ArrayList<>();
    private double peakHeapMiB;
    private long collections;
    private String failure;

    void add(long nanos, double peakHeapMiB, double retainedMiB, long collections) {
        samples.add(nanos);
        retained.add(retainedMiB);
        this.peakHeapMiB = Math.max(this.peakHeapMiB, peakHeapMiB);
        this.collections = Math.max(this.collections, collections);
    }

    void fail(String failure) {
        this.failure = failure;
    }

    boolean failed() {
        return failure != null;
    }

    List<Double> samples() {
        return samples.all();
    }

    CaptureFigures figures() {
        if (failure != null) {
            return CaptureFigures.failed(failure);
        }
        List<Double> sorted = new ArrayList<>(retained);
        sorted.sort(null);
        return new CaptureFigures(samples.median(), samples.all(), peakHeapMiB, sorted.get(sorted.size() / 2),
                collections, null);
    }
}
