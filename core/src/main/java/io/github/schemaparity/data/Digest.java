package io.github.schemaparity.data;

/**
 * What the database returns for a set of rows: their number and the sum of their 64-bit row hashes
 * (exact, as a decimal string: the engines sum into arbitrary precision, so no overflow wraps).
 *
 * @param rows the row count
 * @param sum  the sum of the row hashes, {@code "0"} for no rows
 */
public record Digest(long rows, String sum) {
    /** No rows. */
    public static final Digest EMPTY = new Digest(0, "0");

    public Digest {
        sum = sum == null ? "0" : new java.math.BigDecimal(sum).toBigInteger().toString();
    }
}
