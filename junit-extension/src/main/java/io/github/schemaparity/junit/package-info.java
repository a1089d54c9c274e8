/**
 * The JUnit Jupiter front end: {@link io.github.schemaparity.junit.SchemaParity @SchemaParity} on a test
 * class and {@link io.github.schemaparity.junit.SchemaParityCheck} for a check from code, both mapping
 * onto one engine call; the candidate database is shared between test classes with the same settings.
 *
 * <p>May import: {@code io.github.schemaparity.engine} (a front end is the only place that does) and the
 * packages the engine's configuration and results are made of.
 */
package io.github.schemaparity.junit;
