package io.github.schemaparity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.baseline.Baseline;
import io.github.schemaparity.baseline.BaselineEntry;
import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.diff.ObjectType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Judges 40,000 differences (every column comment of a 5,000-table schema, the diff's own worst case)
 * under 20 rules and a baseline of 20,000 entries, and prints the time. Printed, not asserted: a shared
 * build machine makes timed assertions flaky. The assertions check that every rule and entry was applied.
 */
class PolicyPerformanceTest {
    private static final int TABLES = 5_000;
    private static final int COLUMNS = 8;

    @Test
    void judgesFortyThousandDifferencesUnderRulesAndABaseline() {
        List<Difference> differences = new ArrayList<>();
        for (int t = 0; t < TABLES; t++) {
            for (int c = 0; c < COLUMNS; c++) {
                differences.add(new Difference(ObjectType.COLUMN, "public.t" + t + ".c" + c, Change.CHANGED, "comment",
                        "old " + c, "new " + c));
            }
        }
        List<Rule> rules = new ArrayList<>();
        for (int r = 0; r < 18; r++) {
            rules.add(Rule.parse("allow public.other" + r + "_* severity<=HIGH"));
        }
        rules.add(Rule.parse("deny public.t1?.c0"));
        rules.add(Rule.parse("allow *:CHANGED:comment public.t4*"));
        // Half the differences acknowledged: every even table.
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < differences.size(); i++) {
            if ((i / COLUMNS) % 2 == 0) {
                entries.add(BaselineEntry.of(differences.get(i), "accepted", null, null));
            }
        }
        Policy policy = new Policy(List.of("public.t3*"), Severity.LOW, null, rules,
                new Baseline(Path.of("baseline.json"), entries), false);

        Assessment assessment = null;
        long best = Long.MAX_VALUE;
        StringBuilder runs = new StringBuilder();
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            assessment = policy.assess(differences, LocalDate.of(2026, 11, 21));
            long took = System.nanoTime() - start;
            best = Math.min(best, took);
            runs.append(run == 1 ? "" : ", ").append(took / 1_000_000).append(" ms");
        }
        System.out.printf("[policy] %,d differences, %d rules, %,d baseline entries: best %d ms (runs: %s)%n",
                differences.size(), rules.size(), entries.size(), best / 1_000_000, runs);

        assertThat(assessment.acknowledged()).as("even tables, minus the denied t10-t18 c0").isEqualTo(entries.size() - 5);
        assertThat(assessment.differences()).filteredOn(d -> d.reason() != null && d.reason().startsWith("denied"))
                .hasSize(10);
        assertThat(assessment.differences()).filteredOn(d -> "allowed by rule 'allow *:CHANGED:comment public.t4*'"
                .equals(d.reason())).isNotEmpty();
        assertThat(assessment.differences()).filteredOn(d -> "ignored by pattern 'public.t3*'".equals(d.reason()))
                .isNotEmpty();
        assertThat(assessment.stale()).isEmpty();
    }
}
