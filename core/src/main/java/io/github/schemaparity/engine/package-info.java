/**
 * The one engine front ends (Maven goals, the JUnit extension) call: immutable configurations in, one
 * result out, as a pipeline of small steps that a comparison flows through once. Nothing here knows
 * Maven or JUnit types; front ends adapt {@link io.github.schemaparity.log.ParityLog} to their logging.
 *
 * <pre>
 *  CandidateConfig ──► ReferenceLoader ──► CachedCandidates ─hit─┐
 *  (what builds the      (snapshot or        │ miss               │
 *   candidate)            read-only capture) ▼                    │
 *                                       CandidateBuilder          │
 *                                       provision → migrate       │
 *                                       (version aware) → capture │
 *                                            │                    │
 *  JudgingConfig ──────────────────────► Judge ◄──────────────────┘
 *  (how it is judged)                    diff → policy → fixes → pending
 *                                            │ Judgement
 *                                            ▼
 *                                     ReportWriters: report.json, report.md, JUnit XML,
 *                                     report.html, fix.sql (+ adopt migration), console lines
 * </pre>
 *
 * <ul>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#compare compare}: two databases or snapshots,
 *       {@link io.github.schemaparity.engine.ParityConfig} (its sides, schemas and a
 *       {@link io.github.schemaparity.engine.JudgingConfig}) in, {@link io.github.schemaparity.engine.ParityResult}
 *       out; both sides are loaded at once ({@code BothSides}), each live one on its
 *       own read-only session;</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#check check}: the project's migrations built into a
 *       throwaway candidate (or its cached catalog) against production,
 *       {@link io.github.schemaparity.engine.CandidateConfig} and {@link io.github.schemaparity.engine.JudgingConfig}
 *       in, {@link io.github.schemaparity.engine.CheckResult} out; {@code baseline} runs a check and writes the
 *       baseline file from it;</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#check(io.github.schemaparity.engine.CandidateConfig,
 *       io.github.schemaparity.engine.JudgingConfig, java.util.List) check of several environments}: the same
 *       pipeline once per {@link io.github.schemaparity.engine.Environment} (its reference, its judging), the
 *       candidate reused across environments at the same engine, major and applied version
 *       ({@code CandidateBuilds}), then the environment matrix;
 *       {@link io.github.schemaparity.engine.EnvironmentsResult} out;</li>
 *   <li>tenants mode ({@link io.github.schemaparity.engine.ParityEngine#compareTenants compareTenants},
 *       {@link io.github.schemaparity.engine.ParityEngine#checkTenants checkTenants}): every schema matching a
 *       {@link io.github.schemaparity.engine.Tenants} pattern compared with one template schema (the migrations',
 *       or a reference tenant's), copied once per tenant under its name ({@code TenantSides}), judged once;
 *       {@link io.github.schemaparity.engine.TenantsResult} out;</li>
 *   <li>{@link io.github.schemaparity.engine.LiveCandidate}: the same candidate build, kept running for a test
 *       suite and judged once per {@code JudgingConfig};</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#snapshot snapshot}: a live database into a file, with
 *       a {@link io.github.schemaparity.engine.SnapshotHistory} a drift history line per change
 *       ({@code DriftRecorder});</li>
 *   <li>{@link io.github.schemaparity.engine.ParityEngine#history history}: the history report of such a file.</li>
 *   <li>{@link io.github.schemaparity.engine.DataParity}: the data-parity gate, two databases' rows compared
 *       inside each database; it hands the engine's data dialect and sessions to {@code data.DataComparison}.</li>
 * </ul>
 *
 * <p>It may import every other package of the core; only the front ends (maven-plugin, junit-extension)
 * import it.
 */
package io.github.schemaparity.engine;
