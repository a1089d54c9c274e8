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
 * @param outside        where it runs when it cannot run inside the script's transaction, and why; {@code null}
 *                       for a statement that runs inside it (all of them on an engine without transactional DDL)
 */
public record FixStatement(Step step, String sql, boolean destructive, String cannotGenerate,
        List<Difference> resolves, Outside outside) {
    public FixStatement {
        resolves = List.copyOf(resolves);
        if ((sql == null) == (cannotGenerate == null)) {
            throw new IllegalArgumentException("a fix statement has either SQL or a reason why it has none");
        }
    }

    /** A statement that runs inside the script's transaction. */
    public FixStatement(Step step, String sql, boolean destructive, String cannotGenerate, List<Difference> resolves) {
        this(step, sql, destructive, cannotGenerate, resolves, null);
    }

    /**
     * Where a statement that cannot run inside a transaction block goes.
     *
     * @param before {@code true}: before the transaction (what the transaction's statements may need, such as a
     *               new enum label); {@code false}: after it
     * @param reason why it cannot run inside, written as a comment above it
     */
    public record Outside(boolean before, String reason) {
        public Outside {
            java.util.Objects.requireNonNull(reason, "reason");
        }
    }

    /** This statement, run outside the transaction as {@code outside} says. */
    public FixStatement outside(Outside where) {
        return new FixStatement(step, sql, destructive, cannotGenerate, resolves, where);
    }

    /** Whether it runs inside the script's transaction. */
    public boolean inTransaction() {
        return outside == null;
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
