package io.github.schemaparity.diff;

/**
 * What the diff compares beyond the defaults.
 *
 * @param columnOrder whether a column standing at another position among the columns both sides share
 *                    is a difference (attribute {@code position}); off by default, because column order
 *                    rarely matters to an application that names its columns
 * @param definers    whether the MySQL/MariaDB {@code DEFINER} of views, routines, triggers and events is
 *                    compared (attribute {@code definer}); off by default, because the definer is the account
 *                    that ran the migrations, which usually differs per environment on purpose ({@code SQL
 *                    SECURITY} is always compared)
 */
public record DiffOptions(boolean columnOrder, boolean definers) {

    /** Column order as asked, definers not compared. */
    public DiffOptions(boolean columnOrder) {
        this(columnOrder, false);
    }

    /** The defaults: neither column order nor definers are compared. */
    public static DiffOptions defaults() {
        return new DiffOptions(false, false);
    }
}
