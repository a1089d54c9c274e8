package io.github.schemaparity.junit;

import io.github.schemaparity.diff.Change;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.engine.ParityResult;
import io.github.schemaparity.policy.AssessedDifference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The assertion message a developer reads in the IDE: the check goal's failure line, then one line per
 * difference not allowed, most severe first, each starting with the object path so that it reads like
 * a compiler error.
 *
 * <pre>
 * SchemaParity: 2 differences not allowed by the policy (see target/schemaparity/ShopTest/report.json)
 *   public.orders.status: COLUMN CHANGED type: varchar(50) -&gt; varchar(255) (HIGH)
 *   public.orders.orders_status_idx: INDEX UNEXPECTED btree(status) (MEDIUM)
 * </pre>
 *
 * A difference failed by a deny rule or an expired baseline entry adds that reason after its severity;
 * under {@code baselineStrict} each stale baseline entry gets a line too.
 */
final class FailureMessage {
    /** Values longer than this are cut (report.json keeps them whole). */
    static final int MAX_VALUE_LENGTH = 80;

    private static final Comparator<AssessedDifference> ORDER = Comparator
            .comparing(AssessedDifference::severity, Comparator.reverseOrder())
            .thenComparing(d -> d.difference().object());

    private FailureMessage() {
    }

    static String of(ParityResult result, Path projectDir) {
        if (result.passed()) {
            return result.consoleLines().get(0);
        }
        List<String> lines = new ArrayList<>();
        lines.add(result.failureMessage(projectDir));
        result.report().assessment().differences().stream()
                .filter(d -> !d.allowed())
                .sorted(ORDER)
                .map(FailureMessage::line)
                .forEach(lines::add);
        var baseline = result.report().assessment().baseline();
        if (baseline != null && baseline.staleFails()) {
            baseline.stale().forEach(entry -> {
                Difference d = entry.difference();
                String detail = detail(d);
                lines.add("  " + d.object() + ": stale baseline entry " + d.objectType() + " " + d.change()
                        + (detail.isEmpty() ? "" : " " + detail) + " (" + entry.reason() + ")");
            });
        }
        return String.join(System.lineSeparator(), lines);
    }

    static String line(AssessedDifference assessed) {
        Difference d = assessed.difference();
        String detail = detail(d);
        return "  " + d.object() + ": " + d.objectType() + " " + d.change() + (detail.isEmpty() ? "" : " " + detail)
                + " (" + assessed.severity() + (assessed.reason() == null ? "" : "; " + assessed.reason()) + ")";
    }

    private static String detail(Difference d) {
        if (d.change() == Change.CHANGED) {
            return d.attribute() + ": " + value(d.expected()) + " -> " + value(d.actual());
        }
        String description = d.change() == Change.MISSING ? d.expected() : d.actual();
        return description == null ? "" : value(description);
    }

    private static String value(String text) {
        if (text == null) {
            return "none";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_VALUE_LENGTH ? flat : flat.substring(0, MAX_VALUE_LENGTH - 3) + "...";
    }
}
