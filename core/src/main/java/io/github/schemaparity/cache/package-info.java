/**
 * The candidate cache of the {@code check} flow: the catalog captured from a candidate built from the
 * project's migrations, stored under a key made of everything that decides that catalog (every
 * migration file's path and bytes, the migration tool, production's engine and major version, the
 * capture options, SchemaParity's version). When the key is unchanged, {@code check} reuses the catalog
 * and starts no database. Entries are snapshot files ({@link io.github.schemaparity.snapshot.SnapshotFile}).
 *
 * <p>May import: {@code model}, {@code capture}, {@code migrate}, {@code provision}, {@code snapshot}. Never diff, policy, fix, report or engine.
 */
package io.github.schemaparity.cache;
