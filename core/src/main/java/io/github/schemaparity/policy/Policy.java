package io.github.schemaparity.policy;

import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Difference;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which differences fail the comparison.
 *
 * <h2>Precedence</h2>
 * Each difference is first rated by the {@link RiskTable} (with the user's re-ratings), then:
 * <ol>
 * <li>a matching {@code deny} {@link Rule} fails it, whatever else would allow it, the baseline
 * included: deny rules guard what must never drift (e.g. {@code deny public.payment*}), and a guard
 * that one run of the {@code baseline} goal could switch off would guard nothing;</li>
 * <li>else a baseline entry naming exactly this difference, not expired, acknowledges it (allowed);</li>
 * <li>else the first matching {@code allow} rule, then the {@code ignore} globs (each the rule
 * {@code allow object=GLOB}), then {@code failOn} (the rule {@code allow severity<FAILON}) allow it;</li>
 * <li>else it fails.</li>
 * </ol>
 * An expired baseline entry acknowledges nothing: its difference is judged by the rules alone and, when
 * it fails, the reason names the entry and its expiry. Baseline entries that match no difference are
 * stale; with {@code baselineStrict} they fail the run.
 *
 * <p>Allowed differences stay in the assessment, with the reason, so reports still show them.
 *
 * @param ignore         globs over object paths; a pattern also covers the children of what it matches
 * @param failOn         the lowest severity that fails; {@link Severity#LOW} fails on any difference
 * @param riskTable      rates each difference
 * @param rules          allow and deny rules, in the order given
 * @param baseline       acknowledged differences ({@link Baseline#NONE} for none)
 * @param baselineStrict whether baseline entries that match nothing fail the run
 */
public record Policy(List<String> ignore, Severity failOn, RiskTable riskTable, List<Rule> rules, Baseline baseline,
        boolean baselineStrict) {

    public Policy {
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        failOn = failOn == null ? Severity.LOW : failOn;
        riskTable = riskTable == null ? RiskTable.defaults() : riskTable;
        rules = rules == null ? List.of() : List.copyOf(rules);
        baseline = baseline == null ? Baseline.NONE : baseline;
        ignore.forEach(GlobPattern::compile); // reject a bad pattern when the policy is made, not mid-report
    }

    /** A policy of ignore globs, a failOn threshold and risks: no rules, no baseline. */
    public Policy(List<String> ignore, Severity failOn, RiskTable riskTable) {
        this(ignore, failOn, riskTable, List.of(), Baseline.NONE, false);
    }

    /** No ignores, fail on any difference, default risks. */
    public static Policy defaults() {
        return new Policy(List.of(), Severity.LOW, RiskTable.defaults());
    }

    /** This policy with more ignore globs (those already present are not repeated). */
    public Policy withAdditionalIgnores(List<String> globs) {
        List<String> all = new ArrayList<>(ignore);
        globs.stream().filter(g -> !all.contains(g)).forEach(all::add);
        return new Policy(all, failOn, riskTable, rules, baseline, baselineStrict);
    }

    /** This policy with another baseline. */
    public Policy withBaseline(Baseline baseline, boolean strict) {
        return new Policy(ignore, failOn, riskTable, rules, baseline, strict);
    }

    /**
     * The rules that allow, in the order they are tried: the {@code allow} rules, then each ignore glob
     * as {@code allow object=GLOB}, then {@code failOn} as {@code allow severity<FAILON}.
     */
    public List<Rule> allowingRules() {
        return allowances().stream().map(Allowance::rule).toList();
    }

    /** An allowing rule and the reason a difference it allows gets. */
    private record Allowance(Rule rule, String reason) {
    }

    private List<Allowance> allowances() {
        List<Allowance> allowing = new ArrayList<>();
        rules.stream().filter(r -> r.action() == Rule.Action.ALLOW)
                .forEach(r -> allowing.add(new Allowance(r, "allowed by rule '" + r.text() + "'")));
        for (String glob : ignore) {
            allowing.add(new Allowance(new Rule(Rule.Action.ALLOW, null, null, null, glob, null, null, null),
                    "ignored by pattern '" + glob + "'"));
        }
        if (failOn != Severity.LOW) {
            Rule below = new Rule(Rule.Action.ALLOW, null, null, null, null, null,
                    Severity.values()[failOn.ordinal() - 1], "allow severity<" + failOn);
            allowing.add(new Allowance(below, "below failOn " + failOn));
        }
        return allowing;
    }

    /** The first deny rule that selects the difference at this severity, if any. */
    public Optional<Rule> denyingRule(Difference difference, Severity severity) {
        return rules.stream().filter(r -> r.action() == Rule.Action.DENY && r.matches(difference, severity)).findFirst();
    }

    /** Rates and judges each difference, keeping their order; baseline expiry is judged on today's UTC date. */
    public Assessment assess(List<Difference> differences) {
        return assess(differences, LocalDate.now(ZoneOffset.UTC));
    }

    /** Rates and judges each difference, keeping their order, with baseline expiry judged on {@code today}. */
    public Assessment assess(List<Difference> differences, LocalDate today) {
        List<Allowance> allowing = allowances();
        Set<BaselineEntry> matched = new HashSet<>();
        // An entry matches exactly the difference it names: a hash lookup, not a scan per difference.
        Map<Difference, BaselineEntry> acknowledging = new HashMap<>();
        baseline.entries().forEach(e -> acknowledging.put(e.difference(), e));
        List<AssessedDifference> assessed = new ArrayList<>(differences.size());
        for (Difference difference : differences) {
            int risk = riskTable.risk(difference);
            Severity severity = Severity.ofRisk(risk);
            BaselineEntry entry = acknowledging.get(difference);
            if (entry != null) {
                matched.add(entry);
            }
            Rule deny = denyingRule(difference, severity).orElse(null);
            if (deny != null) {
                assessed.add(new AssessedDifference(difference, risk, severity, false,
                        "denied by rule '" + deny.text() + "'",
                        entry == null ? null : new Acknowledgement(entry, Acknowledgement.Status.DENIED)));
                continue;
            }
            if (entry != null && !entry.expiredOn(today)) {
                assessed.add(new AssessedDifference(difference, risk, severity, true,
                        "acknowledged in baseline: " + entry.describeAcknowledgement(),
                        new Acknowledgement(entry, Acknowledgement.Status.ACKNOWLEDGED)));
                continue;
            }
            String reason = allowing.stream().filter(a -> a.rule().matches(difference, severity)).findFirst()
                    .map(Allowance::reason).orElse(null);
            if (entry == null) {
                assessed.add(new AssessedDifference(difference, risk, severity, reason != null, reason));
                continue;
            }
            String expired = "baseline entry expired (expires " + entry.expires() + "): " + entry.reason()
                    + (entry.owner() == null ? "" : " (owner " + entry.owner() + ")");
            assessed.add(new AssessedDifference(difference, risk, severity, reason != null,
                    reason != null ? reason + "; " + expired : expired + "; fix the drift or extend expires",
                    new Acknowledgement(entry, Acknowledgement.Status.EXPIRED)));
        }
        if (baseline.isNone()) {
            return Assessment.of(assessed);
        }
        List<BaselineEntry> stale = baseline.entries().stream().filter(e -> !matched.contains(e)).toList();
        return Assessment.of(assessed, new BaselineOutcome(baseline.file(), baselineStrict, baseline.entries().size(),
                stale));
    }
}
