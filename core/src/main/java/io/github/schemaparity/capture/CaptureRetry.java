package io.github.schemaparity.capture;

import io.github.schemaparity.SchemaParityException;
import java.time.Duration;

/**
 * How often, and for how long, a capture of a live database is tried again when it was cancelled by a
 * passing cause: a recovery conflict on a hot standby, a lock timeout behind DDL or WAL replay, a
 * deadlock, or DDL committed while the capture ran (see {@link ConsistentCapture}).
 *
 * @param retries   how many times a capture is tried again after its first attempt; 0 for never
 * @param totalTime the longest all attempts together may take; no retry starts after it
 */
public record CaptureRetry(int retries, Duration totalTime) {
    /** Retries unless told otherwise: enough to ride out a burst of DDL and VACUUM on a primary. */
    public static final int DEFAULT_RETRIES = 8;
    /** Time for all attempts unless told otherwise. */
    public static final Duration DEFAULT_TOTAL_TIME = Duration.ofSeconds(120);

    public CaptureRetry {
        if (retries < 0) {
            throw new SchemaParityException("Capture retries must be 0 or more, not " + retries
                    + ": set schemaparity.capture.retries to e.g. " + DEFAULT_RETRIES);
        }
        if (totalTime == null || totalTime.isNegative() || totalTime.isZero()) {
            throw new SchemaParityException("Capture retry time must be positive, not " + totalTime
                    + ": set schemaparity.capture.retryTime to seconds, e.g. " + DEFAULT_TOTAL_TIME.toSeconds());
        }
    }

    /** {@value #DEFAULT_RETRIES} retries within {@link #DEFAULT_TOTAL_TIME}. */
    public static CaptureRetry defaults() {
        return new CaptureRetry(DEFAULT_RETRIES, DEFAULT_TOTAL_TIME);
    }

    /**
     * The retry settings as a front end holds them, {@code null} meaning the default.
     *
     * @param retries          retries after the first attempt
     * @param totalTimeSeconds the time for all attempts, in seconds
     */
    public static CaptureRetry of(Integer retries, Integer totalTimeSeconds) {
        return new CaptureRetry(retries == null ? DEFAULT_RETRIES : retries,
                totalTimeSeconds == null ? DEFAULT_TOTAL_TIME : Duration.ofSeconds(totalTimeSeconds));
    }

    /** How many attempts at most: the first and the retries. */
    public int attempts() {
        return retries + 1;
    }
}
