/**
 * The one entry point front ends (Maven goals, the JUnit extension) call: one immutable configuration
 * in, one result out. Nothing here knows Maven or JUnit types; front ends adapt
 * {@link io.github.schemaparity.log.ParityLog} to their own logging.
 * <ul>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#compare compare}: two databases or snapshots,
 *       {@link io.github.schemaparity.engine.ParityConfig} in,
 *       {@link io.github.schemaparity.engine.ParityResult} out;</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#check check}: the project's migrations built into a
 *       throwaway candidate (or its cached catalog) against production,
 *       {@link io.github.schemaparity.engine.CheckConfig} in, {@link io.github.schemaparity.engine.CheckResult}
 *       out;</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#snapshot snapshot}: a live database into a file.</li>
 * </ul>
 *
 * <p>May import: Everything in core. Only the front ends (maven-plugin, junit-extension) import this package; in core nothing else does (ArchitectureTest).
 */
package io.github.schemaparity.engine;
