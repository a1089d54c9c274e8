/**
 * Maven goals over the SchemaParity engine. Each goal only turns its parameters into an engine call
 * and the engine's lines into Maven log lines; the logic lives in {@code io.github.schemaparity.engine}.
 */
package io.github.schemaparity.maven;
