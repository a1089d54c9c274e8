package io.github.schemaparity.engine;

import io.github.schemaparity.policy.BaselineUpdate;

/**
 * The outcome of {@link ParityEngine#baseline}.
 *
 * @param check   the comparison the baseline was made from (judged under the previous baseline)
 * @param update  what the baseline became and what changed
 * @param written whether the file was written ({@code false}: it already held exactly this baseline)
 */
public record BaselineResult(CheckResult check, BaselineUpdate update, boolean written) {
}
