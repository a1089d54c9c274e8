/**
 * The policy: rates each difference with the {@link io.github.schemaparity.policy.RiskTable} (from its
 * facts, never its display text), applies ignore patterns, allow and deny rules and the baseline, and gives
 * the {@link io.github.schemaparity.policy.Assessment} and its verdict. The {@code baseline} goal's update
 * ({@link io.github.schemaparity.policy.BaselineUpdate}) is computed here too, from an assessment.
 *
 * <p>May import: {@code diff}, {@code baseline}, {@code model}. Never fix (fixes travel beside the
 * assessment), report or engine, and nothing that touches a database.
 */
package io.github.schemaparity.policy;
