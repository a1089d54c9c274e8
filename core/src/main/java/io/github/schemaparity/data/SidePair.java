package io.github.schemaparity.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/** The two sides of a comparison, queried at the same time. */
final class SidePair {
    private final DataSide expected;
    private final DataSide actual;
    private final ExecutorService executor;

    SidePair(DataSide expected, DataSide actual, ExecutorService executor) {
        this.expected = expected;
        this.actual = actual;
        this.executor = executor;
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
