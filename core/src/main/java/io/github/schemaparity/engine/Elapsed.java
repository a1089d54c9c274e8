package io.github.schemaparity.engine;

/** Milliseconds since a {@link System#nanoTime()} reading, for progress lines. */
final class Elapsed {
    private Elapsed() {
    }

    static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
