/**
 * The data-parity gate: proves that two databases of the same engine hold the same rows, read-only and
 * inside each database. {@code engine.DataParity} is the entry point front ends call; it looks up the
 * engine's support and hands its {@link io.github.schemaparity.data.DataDialect} and sessions to
 * {@link io.github.schemaparity.data.DataComparison}, which takes a
 * {@link io.github.schemaparity.data.DataParityConfig} and returns a {@link io.github.schemaparity.data.DataResult}.
 *
 * <p>Method: each side is read in one consistent read-only snapshot; per key range the database returns
 * a row count and the sum of 64-bit hashes of a canonical text form of every row (so only two numbers
 * per range cross the wire); ranges whose digests differ are split at the same keys on both sides
 * (bisection) until small, then keys and row hashes name the rows, and per-column hashes of just those
 * rows name the changed columns. The SQL of each engine sits behind {@link
 * io.github.schemaparity.data.DataDialect}, implemented in {@code database.postgres} and {@code database.mysql}
 * (MariaDB inherits MySQL's); this package imports {@code model}, {@code jdbc} and {@code policy}'s glob
 * patterns, never {@code database} or {@code engine}.
 */
package io.github.schemaparity.data;
