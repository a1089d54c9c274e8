/**
 * Capture: reading a live database's catalog into the model. {@link io.github.schemaparity.capture.CatalogReader}
 * is the generic interface; each engine's reader lives in its {@code database.<engine>} package.
 *
 * <p>May import: {@code model}. Never diff, policy, fix, report or engine: capture knows nothing of how
 * the catalog will be judged.
 */
package io.github.schemaparity.capture;
