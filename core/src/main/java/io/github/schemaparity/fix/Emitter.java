package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Difference;
import java.util.List;

/** Adds statements that resolve one set of differences to a plan (used by the engines' fix dialects). */
public final class Emitter {
    private final List<FixStatement> out;
    private final List<Difference> resolves;

    /** Appends to {@code out}, each statement resolving {@code resolves}. */
    public Emitter(List<FixStatement> out, List<Difference> resolves) {
        this.out = out;
        this.resolves = List.copyOf(resolves);
    }

    /** A statement that loses no data. */
    public void sql(Step step, String sql) {
        out.add(FixStatement.of(step, sql, false, resolves));
    }

    /** A statement that may lose data (commented out unless destructive fixes are enabled). */
    public void destructive(Step step, String sql) {
        out.add(FixStatement.of(step, sql, true, resolves));
    }

    /** A statement, destructive or not. */
    public void sql(Step step, String sql, boolean destructive) {
        out.add(FixStatement.of(step, sql, destructive, resolves));
    }

    /** A place holder saying why no statement can be written. */
    public void cannot(Step step, String why) {
        out.add(FixStatement.cannot(step, why, resolves));
    }
}
