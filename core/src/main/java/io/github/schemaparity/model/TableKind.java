package io.github.schemaparity.model;

/** What kind of relation a {@link Table} is. */
public enum TableKind {
    /** An ordinary table (a partition of a partitioned table too: see {@code partitionOf}). */
    TABLE,
    /** A partitioned table, which holds no rows itself. */
    PARTITIONED,
    /**
     * A foreign table (PostgreSQL {@code CREATE FOREIGN TABLE}): its rows are a foreign server's; table options
     * {@code server}, {@code foreign.<option>} and {@code foreign.column.<column>.<option>} say where.
     */
    FOREIGN
}
