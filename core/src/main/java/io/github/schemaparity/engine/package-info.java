/**
 * The one entry point front ends (Maven goals, the JUnit extension) call: one immutable
 * {@link io.github.schemaparity.engine.ParityConfig} in, one
 * {@link io.github.schemaparity.engine.ParityResult} out. Nothing here knows Maven or JUnit types;
 * front ends adapt {@link io.github.schemaparity.engine.ParityLog} to their own logging.
 */
package io.github.schemaparity.engine;
