/**
 * The data comparison's PostgreSQL SQL: canonical row text hashed with {@code hashtextextended},
 * ranges bucketed with {@code width_bucket} in {@code COLLATE "C"} order, snapshots shared between
 * sessions with {@code pg_export_snapshot}, and the integrity checks (orphans, {@code NOT VALID}
 * constraints, disabled triggers, sequences behind). Depends only on {@code data}, {@code jdbc} and {@code model}.
 */
package io.github.schemaparity.data.postgres;
