/**
 * Capture: reading a live database's catalog into the model. {@link io.github.schemaparity.capture.CatalogReader}
 * is the seam; {@code capture.postgres} and {@code capture.mysql} are the readers of each engine.
 *
 * <p>May import: {@code model}. Never diff, policy, fix, report or engine: capture knows nothing of how
 * the catalog will be judged.
 */
package io.github.schemaparity.capture;
