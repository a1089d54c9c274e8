package io.github.schemaparity.diff;

/**
 * What the diff compares beyond the defaults.
 *
 * @param columnOrder whether a column standing at another position among the columns both sides share
 *                    is a difference (attribute {@code position}); off by default, because column order
 *                    rarely matters to an application that names its columns
 */
public record DiffOptions(boolean columnOrder) {

    /** The defaults: column order is not compared. */
    public static DiffOptions defaults() {
        return new DiffOptions(false);
    }
}
