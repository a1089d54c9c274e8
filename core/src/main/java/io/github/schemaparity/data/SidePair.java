package io.github.schemaparity.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;

/** The two sides of a comparison, queried at the same time. */
final class SidePair {
    private final DataSide expected;
    private final DataSide actual;
    private final ExecutorService executor;
    private final ExecutorService narrowing;

    /**
     * @param executor  runs the actual side's half of each pair of statements (not bounded: the sessions are)
     * @param narrowing narrows the differing ranges of a first scan down to rows, as many at once as both sides
     *                  have sessions
     */
    SidePair(DataSide expected, DataSide actual, ExecutorService executor, ExecutorService narrowing) {
        this.expected = expected;
        this.actual = actual;
        this.executor = executor;
        this.narrowing = narrowing;
    }

    /** Runs the narrowing of one differing range (work that uses both sides through {@link #both}). */
    <T> CompletableFuture<T> narrow(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, narrowing);
    }

    /** The future's value, its failure rethrown as it was raised. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    DataSide expected() {
        return expected;
    }

    DataSide actual() {
        return actual;
    }

    /** Runs the work on both sides at once and returns {expected result, actual result}. */
    <T> Both<T> both(Function<DataSide, T> work) {
        CompletableFuture<T> onActual = CompletableFuture.supplyAsync(() -> work.apply(actual), executor);
        T onExpected;
        try {
            onExpected = work.apply(expected);
        } catch (RuntimeException e) {
            onActual.cancel(false);
            throw e;
        }
        try {
            return new Both<>(onExpected, onActual.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A result per side. */
    record Both<T>(T expected, T actual) {
    }
}
