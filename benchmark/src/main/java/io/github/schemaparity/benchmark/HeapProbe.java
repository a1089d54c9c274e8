package io.github.schemaparity.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap figures around one capture: the peak heap in use while it ran and the heap its result retains.
 * Both are read from the JVM's memory beans; the benchmark JVM runs nothing else meanwhile.
 *
 * <p>The peak is the sum of each heap pool's peak usage since {@link #start()}. Pools peak at different
 * moments, so the sum is an upper bound of the real peak, never an underestimate; it also counts garbage
 * not yet collected, which the JVM is free to keep while the heap has room. Whether the capture fits a
 * heap limit is therefore proven by running under that limit ({@code -Xmx}), and the peak says how close
 * it came.
 */
final class HeapProbe {
    private static final double MIB = 1024.0 * 1024.0;

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private long collectionsAtStart;

    /** Collects garbage and resets the pools' peaks. */
    void start() {
        settledHeapUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        collectionsAtStart = collections();
    }

    /** Sum of the heap pools' peak usage since {@link #start()}, in MiB (including the heap already in use at the start). */
    double peakMiB() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MIB;
    }

    /** Garbage collections since {@link #start()}. */
    long collectionsSinceStart() {
        return collections() - collectionsAtStart;
    }

    /**
     * Heap in use after full collections, in bytes. The heap an object retains is this figure while it
     * is referenced minus this figure once it no longer is: measured that way, state released or
     * created elsewhere since {@link #start()} (driver caches, a library's pools) does not count.
     */
    static long settledBytes() {
        return settledHeapUsed();
    }

    static double mib(long bytes) {
        return bytes / MIB;
    }

    /** The heap in use after full collections, once consecutive readings agree. */
    private static long settledHeapUsed() {
        long previous = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).filter(n -> n > 0).sum();
    }

    /** The JVM's maximum heap in MiB, as set by {@code -Xmx}. */
    static double maxHeapMiB() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / MIB;
    }
}
