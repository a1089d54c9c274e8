/**
 * Where the engine and everything below it report progress: {@link io.github.schemaparity.log.ParityLog},
 * which each front end adapts to its own logging.
 *
 * <p>May import: nothing of SchemaParity. It sits at the bottom so that every layer (provisioning
 * included) can log without depending on the engine.
 */
package io.github.schemaparity.log;
