/**
 * The per-engine seam: {@link io.github.schemaparity.database.EngineSupport}, one implementation per
 * engine in a sub-package ({@code database.postgres}, {@code database.mysql}, {@code database.mariadb}),
 * all listed in {@link io.github.schemaparity.database.EngineRegistry}.
 *
 * <p>May import: {@code model}, the generic packages whose interfaces the engines implement
 * ({@code capture}, {@code fix}, {@code history}, {@code migrate}, {@code jdbc}, {@code provision}, {@code data}) and
 * {@code diff}/{@code policy} types the fix dialects read. Must not import {@code engine}, {@code report}
 * or the front ends. Only the layers above the generic packages ({@code engine}, the front ends) look the
 * registry up; the generic packages are handed what they need and never import this package.
 */
package io.github.schemaparity.database;
