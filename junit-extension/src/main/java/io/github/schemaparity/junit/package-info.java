/**
 * The JUnit 5 front end: {@link io.github.schemaparity.junit.SchemaParity @SchemaParity} (a kept candidate
 * compared once per test class, shared between classes that build the same candidate) and
 * {@link io.github.schemaparity.junit.SchemaParityCheck} (a database someone else migrated).
 *
 * <p>Its public surface is its own small types: {@link io.github.schemaparity.junit.SchemaParityResult},
 * {@link io.github.schemaparity.junit.MigratedDatabase}, {@link io.github.schemaparity.junit.CapturedCatalog},
 * {@link io.github.schemaparity.junit.MigrationRun}, {@link io.github.schemaparity.junit.CandidateProvider}
 * and {@link io.github.schemaparity.junit.CandidateUrl}; beyond them only the policy's vocabulary
 * ({@code Severity}, {@code Verdict}, {@code AssessedDifference}) shows. Annotation attributes are mapped
 * once onto the engine's {@code CandidateConfig} and {@code JudgingConfig}; no JUnit type reaches the engine.
 *
 * <p>May import: {@code io.github.schemaparity.engine} (a front end is the only place that does) and the
 * packages the engine's configuration and results are made of.
 */
package io.github.schemaparity.junit;
