package io.github.schemaparity.data;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses where a key range is cut. The bounds are computed once and used on both sides, so both
 * cut at the same keys whatever their collations: arithmetic for whole-number keys, else keys sampled
 * from the side with more rows in the range, ordered by bytes in the database.
 */
final class RangeSplitter {
    /** Rows a range may hold before it is compared row by row. */
    static final int LEAF_ROWS = 2_048;
    /** Rows per range at the first cut of a large table. */
    static final int FIRST_RANGE_ROWS = 16_384;
    /** The most ranges one statement digests. */
    static final int MAX_PIECES = 1_024;
    private static final int SAMPLES_PER_PIECE = 8;

    private RangeSplitter() {
    }

    /** How many pieces a range of that many rows is cut into at the first level. */
    static int firstPieces(long rows) {
        return (int) Math.max(1, Math.min(MAX_PIECES, rows / FIRST_RANGE_ROWS));
    }

    /** How many pieces a differing range of that many rows is cut into: small enough to become leaves. */
    static int pieces(long rows) {
        return (int) Math.max(2, Math.min(64, (rows * 2 + LEAF_ROWS - 1) / LEAF_ROWS));
    }

    /** Bounds strictly inside {@code [low, high)} cutting it into about {@code pieces} integer ranges. */
    static List<List<String>> integerBounds(BigInteger low, BigInteger high, int pieces) {
        List<List<String>> bounds = new ArrayList<>();
        BigInteger span = high.subtract(low);
        BigInteger previous = low;
        for (int i = 1; i < pieces; i++) {
            BigInteger bound = low.add(span.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(pieces)));
            if (bound.compareTo(previous) > 0 && bound.compareTo(high) < 0) {
                bounds.add(List.of(bound.toString()));
                previous = bound;
            }
        }
        return bounds;
    }

    /** The sampling probability that yields enough keys to cut {@code rows} rows into {@code pieces}. */
    static double sampleProbability(long rows, int pieces) {
        if (rows <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) pieces * SAMPLES_PER_PIECE / rows);
    }

    /** Every n-th of the sorted sampled keys, so that the pieces hold about the same number of rows. */
    static List<List<String>> boundsFromSample(List<List<String>> sortedKeys, int pieces) {
        List<List<String>> bounds = new ArrayList<>();
        if (sortedKeys.size() < 2) {
            return bounds;
        }
        int wanted = Math.min(pieces, sortedKeys.size());
        List<String> previous = sortedKeys.get(0);
        for (int i = 1; i < wanted; i++) {
            List<String> bound = sortedKeys.get((int) ((long) i * sortedKeys.size() / wanted));
            if (!bound.equals(previous)) {
                bounds.add(bound);
                previous = bound;
            }
        }
        return bounds;
    }

    /** The sub-range of bucket {@code i} of a range cut at {@code bounds}. */
    static KeyRange bucket(KeyRange range, List<List<String>> bounds, int i) {
        List<String> low = i == 0 ? range.low() : bounds.get(i - 1);
        List<String> high = i == bounds.size() ? range.high() : bounds.get(i);
        return new KeyRange(low, high);
    }
}
