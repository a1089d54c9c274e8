package io.github.schemaparity.fix;

import io.github.schemaparity.diff.Difference;
import java.util.List;

/** Adds statements that resolve one set of differences to a plan. */
final class Emitter {
    private final List<FixStatement> out;
    private final List<Difference> resolves;

    Emitter(List<FixStatement> out, List<Difference> resolves) {
        this.out = out;
        this.resolves = List.copyOf(resolves);
    }

    void sql(Step step, String sql) {
        out.add(FixStatement.of(step, sql, false, resolves));
    }

    void destructive(Step step, String sql) {
        out.add(FixStatement.of(step, sql, true, resolves));
    }

    void sql(Step step, String sql, boolean destructive) {
        out.add(FixStatement.of(step, sql, destructive, resolves));
    }

    void cannot(Step step, String why) {
        out.add(FixStatement.cannot(step, why, resolves));
    }
}
