/**
 * PostgreSQL's engine support ({@link io.github.schemaparity.database.postgres.PostgresSupport}): the
 * {@code pg_catalog} catalog reader and its normalisers, the fix dialect and its per-object writers
 * ({@code PgTables}, {@code PgConstraints}, {@code PgViews}, {@code PgRoutines}, {@code PgTypes}) and the rules
 * for what runs outside the fix script's transaction ({@code PgTransactionRules}), the
 * history-table queries and psql's script-splitting rules.
 *
 * <p>May import {@code model}, {@code database}, and the generic packages it implements: {@code capture},
 * {@code fix}, {@code history}, {@code migrate} (and {@code diff} types, which the fix dialect reads).
 * Never {@code engine}, {@code report} or the front ends.
 */
package io.github.schemaparity.database.postgres;
