/**
 * The drift history: one JSON line per change of a watched database's catalog between two snapshots
 * ({@link io.github.schemaparity.drift.HistoryFile}, format {@value io.github.schemaparity.drift.HistoryFile#FORMAT}),
 * and the history report that reads it back ({@link io.github.schemaparity.drift.DriftTimeline},
 * {@link io.github.schemaparity.drift.HistoryReport}): for each drift, when it was first seen and whether a
 * migration came after it. The differences are written with {@code report.json}'s record
 * ({@link io.github.schemaparity.report.JsonReport#writeDifference}), so tools read one shape.
 *
 * <p>Works on catalogs' differences only, never on a connection: may import {@code model}, {@code diff},
 * {@code policy} and {@code report}; the engine captures, diffs and hands the entries in.
 */
package io.github.schemaparity.drift;
