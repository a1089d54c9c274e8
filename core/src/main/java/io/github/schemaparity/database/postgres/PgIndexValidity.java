package io.github.schemaparity.database.postgres;

import io.github.schemaparity.fix.*;

import io.github.schemaparity.model.Index;

/**
 * The fix of an index left INVALID ({@code pg_index.indisvalid = false}, e.g. by a failed
 * {@code CREATE INDEX CONCURRENTLY}): {@code REINDEX INDEX}, which rebuilds it under its own name and
 * definition in one statement. Not {@code REINDEX INDEX CONCURRENTLY} (or drop and
 * {@code CREATE INDEX CONCURRENTLY}), though production usually wants it: neither may run inside a
 * transaction block, and fix scripts and adopt migrations often run in one (Flyway, {@code psql -1}).
 * Whoever runs the fix on a large, busy table can add {@code CONCURRENTLY} and run the statement on its own.
 * A unique index failed because of duplicate rows: they must be removed first, or the rebuild fails again.
 */
final class PgIndexValidity {
    private PgIndexValidity() {
    }

    /**
     * @param want the index as it should be (valid)
     * @param have the index as the database to change has it
     */
    static void fix(String schema, Index want, Index have, Emitter emit) {
        if (!want.usable()) {
            emit.cannot(Step.CREATE_INDEX, "index " + want.name() + " is invalid on the side to reach; an index "
                    + "cannot be made invalid: rebuild it there with REINDEX INDEX");
            return;
        }
        emit.sql(Step.CREATE_INDEX, "REINDEX INDEX " + PgNames.qualified(schema, have.name()));
    }
}
