package io.github.schemaparity.benchmark;

import java.util.List;

/**
 * What one reader achieved at one schema size.
 *
 * @param medianSeconds median in-process capture time (connection already open)
 * @param samples       every timed capture, in seconds
 * @param pgDumpSeconds median wall time of the pg_dump processes interleaved with these captures
 * @param pgDumpSamples every timed pg_dump, in seconds
 * @param peakHeapMiB   highest peak heap over the timed captures (upper bound, see {@link HeapProbe})
 * @param retainedMiB   heap the captured catalog retains after a full collection (median)
 * @param leftBehindMiB heap still in use once the catalog is released, above the heap in use before the
 *                      first capture at this size (highest): state the reader or its library keeps reachable
 * @param collections   garbage collections during the slowest-collecting timed capture
 * @param failure       why the reader could not finish (e.g. out of memory), or {@code null}
 */
record CaptureFigures(double medianSeconds, List<Double> samples, double pgDumpSeconds, List<Double> pgDumpSamples,
        double peakHeapMiB, double retainedMiB, double leftBehindMiB, long collections, String failure) {

    static CaptureFigures failed(String failure) {
        return new CaptureFigures(Double.NaN, List.of(), Double.NaN, List.of(), Double.NaN, Double.NaN, Double.NaN, 0,
                failure);
    }

    boolean succeeded() {
        return failure == null;
    }
}
