package io.github.schemaparity.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where ranges are cut: strictly inside the range, ascending, every key in exactly one bucket. */
class RangeSplitterTest {

    @Test
    void integerBoundsAreAscendingAndInsideTheRange() {
        List<List<String>> bounds = RangeSplitter.integerBounds(BigInteger.valueOf(10), BigInteger.valueOf(110), 4);
        assertThat(bounds).containsExactly(List.of("35"), List.of("60"), List.of("85"));
        assertThat(RangeSplitter.integerBounds(BigInteger.valueOf(5), BigInteger.valueOf(7), 64))
                .containsExactly(List.of("6"));
        assertThat(RangeSplitter.integerBounds(BigInteger.valueOf(5), BigInteger.valueOf(6), 64)).isEmpty();
        BigInteger huge = BigInteger.valueOf(Long.MAX_VALUE);
        assertThat(RangeSplitter.integerBounds(huge.negate(), huge, 3)).hasSize(2);
    }

    @Test
    void sampledBoundsAreDistinctEvenlySpacedKeys() {
        List<List<String>> sample = IntStream.range(0, 100).mapToObj(i -> List.of(String.format("k%03d", i))).toList();
        assertThat(RangeSplitter.boundsFromSample(sample, 4))
                .containsExactly(List.of("k025"), List.of("k050"), List.of("k075"));
        assertThat(RangeSplitter.boundsFromSample(List.of(List.of("a")), 4)).isEmpty();
        assertThat(RangeSplitter.boundsFromSample(List.of(List.of("a"), List.of("b")), 8)).containsExactly(List.of("b"));
    }

    @Test
    void bucketsTileTheRange() {
        KeyRange range = new KeyRange(List.of("0"), List.of("100"));
        List<List<String>> bounds = List.of(List.of("30"), List.of("60"));
        assertThat(RangeSplitter.bucket(range, bounds, 0)).isEqualTo(new KeyRange(List.of("0"), List.of("30")));
        assertThat(RangeSplitter.bucket(range, bounds, 1)).isEqualTo(new KeyRange(List.of("30"), List.of("60")));
        assertThat(RangeSplitter.bucket(range, bounds, 2)).isEqualTo(new KeyRange(List.of("60"), List.of("100")));
        assertThat(RangeSplitter.bucket(KeyRange.ALL, bounds, 0).low()).isNull();
    }

    @Test
    void piecesShrinkDifferingRangesToLeavesAndCapTheFirstCut() {
        assertThat(RangeSplitter.firstPieces(5_000_000)).isEqualTo(305);
        assertThat(RangeSplitter.firstPieces(100)).isEqualTo(1);
        assertThat(RangeSplitter.firstPieces(Long.MAX_VALUE)).isEqualTo(RangeSplitter.MAX_PIECES);
        long rows = 16_384;
        assertThat(rows / RangeSplitter.pieces(rows)).isLessThanOrEqualTo(RangeSplitter.LEAF_ROWS);
        assertThat(RangeSplitter.sampleProbability(1_000_000, 100)).isEqualTo(0.0008);
        assertThat(RangeSplitter.sampleProbability(10, 100)).isEqualTo(1.0);
    }
}
