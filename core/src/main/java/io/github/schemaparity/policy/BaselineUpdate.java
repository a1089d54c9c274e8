package io.github.schemaparity.policy;

import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline the {@code baseline} goal writes from a comparison: what the rules alone would fail
 * becomes acknowledged.
 *
 * <ul>
 * <li>An existing entry that still matches a difference is kept as it is: its reason, owner and expiry
 * are what a person wrote. An expired one is kept expired (renewing it is a decision for a person, in
 * the file), and listed.</li>
 * <li>A failing difference without entry gets a new one with the {@link NewEntries} reason, owner and
 * expiry; the reason is required.</li>
 * <li>Differences a deny rule selects get no entry: deny rules beat the baseline, so it would change
 * nothing.</li>
 * <li>Differences the rules already allow ({@code allow}, {@code ignore}, {@code failOn}) get no entry:
 * nothing needs acknowledging, and the baseline stays the list of real exceptions.</li>
 * <li>Stale entries (matching no difference) are dropped: the drift they accepted is gone or has
 * drifted further, and a kept entry would silently accept that drift if it ever came back.</li>
 * </ul>
 *
 * @param baseline the baseline to write
 * @param added    new entries
 * @param kept     existing entries still matching a difference
 * @param expired  kept entries that have expired (their differences still fail)
 * @param removed  stale entries dropped
 * @param denied   failing differences left out because a deny rule selects them
 * @param notAcknowledged failing differences left out because they match none of the
 *                 {@link NewEntries#acknowledge() acknowledge} globs (they still fail)
 */
public record BaselineUpdate(Baseline baseline, List<BaselineEntry> added, List<BaselineEntry> kept,
        List<BaselineEntry> expired, List<BaselineEntry> removed, List<Difference> denied,
        List<Difference> notAcknowledged) {

    /** An update that leaves no failing difference out for not matching an acknowledge glob. */
    public BaselineUpdate(Baseline baseline, List<BaselineEntry> added, List<BaselineEntry> kept,
            List<BaselineEntry> expired, List<BaselineEntry> removed, List<Difference> denied) {
        this(baseline, added, kept, expired, removed, denied, List.of());
    }

    /**
     * What new entries get.
     *
     * @param reason  why the differences are accepted; required when there is a new entry
     * @param owner   who answers for them, or {@code null}
     * @param expires the last day they are accepted, or {@code null}
     * @param acknowledge object-path globs ({@code public.orders.*}): only failing differences matching one
     *                get an entry; empty: every failing difference does
     */
    public record NewEntries(String reason, String owner, LocalDate expires, List<String> acknowledge) {
        public NewEntries {
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            owner = owner == null || owner.isBlank() ? null : owner.strip();
            acknowledge = acknowledge == null ? List.of()
                    : acknowledge.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).toList();
            acknowledge.forEach(GlobPattern::compile);
        }

        /** New entries for every failing difference. */
        public NewEntries(String reason, String owner, LocalDate expires) {
            this(reason, owner, expires, List.of());
        }

        /** Whether a failing difference at this object path gets an entry. */
        boolean acknowledges(String object) {
            return acknowledge.isEmpty() || acknowledge.stream().anyMatch(g -> GlobPattern.compile(g).matches(object));
        }
    }

    /** Thrown when new differences need an entry but no reason was given; the message counts them. */
    public static final class ReasonRequired extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<Difference> differences;

        ReasonRequired(List<Difference> differences) {
            super(differences.size() + (differences.size() == 1 ? " new difference needs" : " new differences need")
                    + " a reason to be acknowledged");
            this.differences = List.copyOf(differences);
        }

        /** The differences that would get a new entry, by object path. */
        public List<Difference> differences() {
            return differences;
        }
    }

    /**
     * The baseline for {@code file} from an assessment made under {@code policy} (whose baseline is the
     * existing one).
     *
     * @throws ReasonRequired when a new entry is needed and {@code defaults} has no reason
     */
    public static BaselineUpdate of(Assessment assessment, Policy policy, Path file, NewEntries defaults,
            LocalDate today) {
        List<BaselineEntry> kept = new ArrayList<>();
        List<BaselineEntry> expired = new ArrayList<>();
        List<Difference> toAdd = new ArrayList<>();
        List<Difference> denied = new ArrayList<>();
        List<Difference> notAcknowledged = new ArrayList<>();
        for (AssessedDifference assessed : assessment.differences()) {
            Difference difference = assessed.difference();
            if (assessed.acknowledgement() != null) {
                BaselineEntry entry = assessed.acknowledgement().entry();
                kept.add(entry);
                if (entry.expiredOn(today)) {
                    expired.add(entry);
                }
            } else if (policy.denyingRule(difference, assessed.severity()).isPresent()) {
                denied.add(difference);
            } else if (!assessed.allowed() && defaults.acknowledges(difference.object())) {
                toAdd.add(difference);
            } else if (!assessed.allowed()) {
                notAcknowledged.add(difference);
            }
        }
        if (!toAdd.isEmpty() && defaults.reason() == null) {
            throw new ReasonRequired(toAdd.stream().sorted(Comparator.comparing(Difference::object)).toList());
        }
        List<BaselineEntry> added = toAdd.stream()
                .map(d -> BaselineEntry.of(d, defaults.reason(), defaults.owner(), defaults.expires())).toList();
        Set<BaselineEntry> keptSet = new HashSet<>(kept);
        List<BaselineEntry> removed = policy.baseline().entries().stream().filter(e -> !keptSet.contains(e)).toList();
        List<BaselineEntry> all = new ArrayList<>(kept);
        all.addAll(added);
        Baseline baseline = new Baseline(file, all);
        return new BaselineUpdate(baseline, sorted(added), sorted(kept), sorted(expired), sorted(removed), denied,
                notAcknowledged);
    }

    /** Whether the baseline differs from the one the assessment used. */
    public boolean changed() {
        return !added.isEmpty() || !removed.isEmpty();
    }

    /**
     * What changed, for the build log: one summary line, then {@code +} per added entry, {@code -} per
     * removed one, {@code !} per expired one kept, and the differences left out because a rule denies them.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("baseline " + (changed() ? "updated" : "unchanged") + ": " + kept.size() + " kept, " + added.size()
                + " added, " + removed.size() + " dropped as stale; " + baseline.entries().size()
                + (baseline.entries().size() == 1 ? " entry" : " entries") + " in " + baseline.file());
        added.forEach(e -> lines.add("  + " + describe(e.difference()) + "  (" + e.describeAcknowledgement() + ")"));
        removed.forEach(e -> lines.add("  - " + describe(e.difference()) + "  (stale: " + e.describeAcknowledgement() + ")"));
        expired.forEach(e -> lines.add("  ! " + describe(e.difference()) + "  (expired " + e.expires()
                + ", kept: fix the drift or extend expires in the file)"));
        denied.forEach(d -> lines.add("  x " + describe(d) + "  (not written: a deny rule selects it, and deny beats the baseline)"));
        notAcknowledged.forEach(d -> lines.add("  x " + describe(d) + "  (not written: matches no acknowledge glob, still fails)"));
        return lines;
    }

    private static String describe(Difference d) {
        String detail = d.change() == Change.CHANGED
                ? d.attribute() + ": " + value(d.expected()) + " -> " + value(d.actual())
                : value(d.change() == Change.MISSING ? d.expected() : d.actual());
        return d.objectType() + " " + d.object() + " " + d.change() + " " + detail;
    }

    private static String value(String text) {
        return text == null ? "none" : text.strip().replaceAll("\\s+", " ");
    }

    private static List<BaselineEntry> sorted(List<BaselineEntry> entries) {
        return entries.stream().sorted(BaselineEntry.ORDER).toList();
    }
}
