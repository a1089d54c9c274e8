package io.github.schemaparity.benchmark;

import java.util.ArrayList;
import java.util.List;

/** The timed captures of one reader at one size, accumulated round by round. */
final class CaptureSeries {
    private final Samples samples = new Samples();
    private final Samples dumps = new Samples();
    private final List<Double> retained = new ArrayList<>();
    private double leftBehindMiB;
    private double peakHeapMiB;
    private long collections;
    private String failure;

    void addDump(long nanos) {
        dumps.add(nanos);
    }

    void add(long nanos, double peakHeapMiB, double retainedMiB, double leftBehindMiB, long collections) {
        samples.add(nanos);
        retained.add(retainedMiB);
        this.leftBehindMiB = Math.max(this.leftBehindMiB, leftBehindMiB);
        this.peakHeapMiB = Math.max(this.peakHeapMiB, peakHeapMiB);
        this.collections = Math.max(this.collections, collections);
    }

    void fail(String failure) {
        this.failure = failure;
    }

    boolean failed() {
        return failure != null;
    }

    CaptureFigures figures() {
        if (failure != null) {
            return CaptureFigures.failed(failure);
        }
        List<Double> sorted = new ArrayList<>(retained);
        sorted.sort(null);
        return new CaptureFigures(samples.median(), samples.all(), dumps.median(), dumps.all(), peakHeapMiB,
                sorted.get(sorted.size() / 2), leftBehindMiB, collections, null);
    }
}
