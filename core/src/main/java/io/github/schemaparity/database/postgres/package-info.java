/**
 * PostgreSQL's engine support ({@link io.github.schemaparity.database.postgres.PostgresSupport}): the
 * {@code pg_catalog} catalog reader and its normalisers, the fix dialect and its per-object writers
 * ({@code PgTables}, {@code PgConstraints}, {@code PgViews}, {@code PgRoutines}, {@code PgTypes}) and the rules
 * for what runs outside the fix script's transaction ({@code PgTransactionRules}), the
 * history-table queries, psql's script-splitting rules, and the data comparison's SQL
 * ({@code PgDataDialect}: canonical row text hashed with {@code hashtextextended}, ranges in
 * {@code COLLATE "C"} order, snapshots shared with {@code pg_export_snapshot}, the integrity checks in
 * {@code PgDataIntegrity}).
 *
 * <p>May import {@code model}, {@code database}, and the generic packages it implements: {@code capture},
 * {@code fix}, {@code history}, {@code migrate}, {@code data} (and {@code diff} types, which the fix dialect reads).
 * Never {@code engine}, {@code report} or the front ends.
 */
package io.github.schemaparity.database.postgres;
