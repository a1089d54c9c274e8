package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Difference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fix SQL of each difference of one comparison, as the reports show it beside the policy's judgement:
 * the policy judges a difference, the fix planner says how to remove it, and neither writes into the
 * other's record.
 *
 * @param statements the SQL that removes a difference, by difference; a difference without fix is absent
 */
public record FixPlan(Map<Difference, String> statements) {
    /** No fix SQL at all (fixes not asked for, or a comparison without a fix step). */
    public static final FixPlan NONE = new FixPlan(Map.of());

    public FixPlan {
        statements = statements == null ? Map.of() : Map.copyOf(statements);
    }

    /** The plan holding {@code sql.apply(d)} for each difference where it is not {@code null}. */
    public static FixPlan of(List<Difference> differences, Function<Difference, String> sql) {
        Map<Difference, String> statements = new HashMap<>();
        for (Difference difference : differences) {
            String fix = sql.apply(difference);
            if (fix != null) {
                statements.put(difference, fix);
            }
        }
        return new FixPlan(statements);
    }

    /** The SQL that removes {@code difference}, or {@code null} where none was generated. */
    public String sqlFor(Difference difference) {
        return statements.get(difference);
    }
}
