/**
 * The baseline file: acknowledged differences ({@link io.github.schemaparity.baseline.BaselineEntry}, with
 * reason, owner and expiry), read and written as JSON by {@link io.github.schemaparity.baseline.BaselineFile}.
 * Matching entries to differences and computing the updated baseline are the policy's side
 * ({@code policy.Policy}, {@code policy.BaselineUpdate}).
 *
 * <p>May import: {@code diff}, {@code model}. Never policy (the baseline sits below the policy line), fix,
 * report or engine.
 */
package io.github.schemaparity.baseline;
