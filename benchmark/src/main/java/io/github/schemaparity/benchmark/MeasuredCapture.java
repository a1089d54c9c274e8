package io.github.schemaparity.benchmark;

import io.github.schemaparity.model.Catalog;
import java.lang.ref.Reference;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * One capture timed in process, with its heap figures: the measurement every capture benchmark makes the
 * same way, so that their figures mean the same thing.
 *
 * <p>The session is opened before the clock starts and closed after it stops (connecting is not the
 * capture's work); the heap pools' peaks are reset after a full collection (see {@link HeapProbe}); the
 * catalog is checked, then the heap it retains is the settled heap while it is referenced minus the
 * settled heap once it no longer is.
 *
 * @param nanos         the capture, in process
 * @param peakMiB       sum of the heap pools' peaks over the capture (an upper bound)
 * @param collections   garbage collections during the capture
 * @param retainedMiB   heap the captured catalog retains
 * @param releasedBytes settled heap once the catalog is released: above the heap in use before, state the
 *                      reader or its library keeps reachable
 */
record MeasuredCapture(long nanos, double peakMiB, long collections, double retainedMiB, long releasedBytes) {

    /** Opens the session the capture reads through. */
    @FunctionalInterface
    interface Session {
        Connection open() throws SQLException;
    }

    /** The capture proper. */
    @FunctionalInterface
    interface Capture {
        Catalog read(Connection connection) throws SQLException;
    }

    /**
     * Captures once through a session {@code session} opens and measures it.
     *
     * @param check throws when the catalog is not the one expected (e.g. its object counts)
     */
    static MeasuredCapture of(Session session, Capture capture, Consumer<Catalog> check) throws SQLException {
        HeapProbe probe = new HeapProbe();
        Catalog catalog;
        long nanos;
        double peak;
        long collections;
        try (Connection connection = session.open()) {
            probe.start();
            long start = System.nanoTime();
            catalog = capture.read(connection);
            nanos = System.nanoTime() - start;
            peak = probe.peakMiB();
            collections = probe.collectionsSinceStart();
        }
        check.accept(catalog);
        long withCatalog = HeapProbe.settledBytes();
        Reference.reachabilityFence(catalog);
        catalog = null;
        long released = HeapProbe.settledBytes();
        return new MeasuredCapture(nanos, peak, collections, HeapProbe.mib(withCatalog - released), released);
    }

    /** Heap still in use once the catalog is released, above {@code beforeBytes} (settled before the first capture). */
    double leftBehindMiB(long beforeBytes) {
        return HeapProbe.mib(releasedBytes - beforeBytes);
    }

    /** Adds this capture to {@code series}, whose heap in use before its first capture was {@code beforeBytes}. */
    void addTo(CaptureSeries series, long beforeBytes) {
        series.add(nanos, peakMiB, retainedMiB, leftBehindMiB(beforeBytes), collections);
    }
}
