/**
 * PostgreSQL's catalog reader: {@code pg_catalog} queries into the model, with the normalisation of types,
 * defaults, view text and generated names that makes two servers' catalogs comparable.
 *
 * <p>May import: {@code model}, {@code capture}. Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.capture.postgres;
