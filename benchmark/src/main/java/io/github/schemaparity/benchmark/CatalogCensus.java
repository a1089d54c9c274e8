package io.github.schemaparity.benchmark;

import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.model.Schema;

/**
 * Object counts of a captured catalog, checked against the synthetic schema so that a broken reader
 * cannot report a fast capture of nothing.
 *
 * @param tables    tables over all captured schemas
 * @param views     views over all captured schemas
 * @param routines  functions and procedures over all captured schemas
 * @param indexes   indexes (other than those backing keys) over all tables
 * @param foreignKeys foreign keys over all tables
 */
record CatalogCensus(int tables, int views, int routines, int indexes, int foreignKeys) {

    static CatalogCensus of(Catalog catalog) {
        int tables = 0;
        int views = 0;
        int routines = 0;
        int indexes = 0;
        int foreignKeys = 0;
        for (Schema schema : catalog.schemas()) {
            tables += schema.tables().size();
            views += schema.views().size();
            routines += schema.routines().size();
            for (var table : schema.tables()) {
                indexes += table.indexes().size();
                foreignKeys += table.foreignKeys().size();
            }
        }
        return new CatalogCensus(tables, views, routines, indexes, foreignKeys);
    }

    /** The counts the synthetic schema must produce: two indexes and one foreign key per table. */
    static CatalogCensus expected(SyntheticSchema schema) {
        return new CatalogCensus(schema.tables(), schema.views(), schema.functions(), 2 * schema.tables(),
                schema.tables());
    }

    /** Fails unless {@code actual} equals {@code expected}, naming the reader and the counts. */
    static void check(String reader, CatalogCensus expected, CatalogCensus actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(reader + " captured " + actual + ", expected " + expected
                    + ": the reader is broken, its timing would be meaningless");
        }
    }
}
