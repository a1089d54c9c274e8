package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Difference;
import java.util.List;

/**
 * One statement of a fix script, or the reason none could be generated.
 *
 * @param step           when it runs
 * @param sql            the statement without a trailing delimiter, or {@code null} when none could be generated
 * @param destructive    whether it can lose data (a drop of something holding data, a narrowing type, a
 *                       removed enum label, a NOT NULL that rows may violate): off unless asked for
 * @param cannotGenerate why no statement could be generated, or {@code null}
 * @param resolves       the differences it removes (with the other statements resolving them)
 */
public record FixStatement(Step step, String sql, boolean destructive, String cannotGenerate,
        List<Difference> resolves) {
    public FixStatement {
        resolves = List.copyOf(resolves);
        if ((sql == null) == (cannotGenerate == null)) {
            throw new IllegalArgumentException("a fix statement has either SQL or a reason why it has none");
        }
    }

    /** A statement that removes {@code resolves}. */
    public static FixStatement of(Step step, String sql, boolean destructive, List<Difference> resolves) {
        return new FixStatement(step, sql, destructive, null, resolves);
    }

    /** No statement: the reason, shown as {@code -- cannot generate: <why>}. */
    public static FixStatement cannot(Step step, String why, List<Difference> resolves) {
        return new FixStatement(step, null, false, why, resolves);
    }

    /** Whether this holds SQL (as opposed to a reason why there is none). */
    public boolean generated() {
        return sql != null;
    }
}
