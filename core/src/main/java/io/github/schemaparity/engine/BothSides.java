package io.github.schemaparity.engine;

import io.github.schemaparity.log.ParityLog;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Loads the two sides of a comparison at once: the first on the caller's thread, the second on a daemon
 * thread of its own, so a compare waits for the slower capture instead of the sum of both (each capture has
 * its own read-only session). Errors surface as if the sides had been loaded one after the other: the
 * first side's error wins, unwrapped, so the user sees the same one-line message as before; when the first
 * side fails while the second still runs, the second is interrupted. The thread is always ended before
 * this returns or throws: nothing is left running, and every session is closed by its own capture.
 */
final class BothSides {
    /** How long to wait, at most, for the other side to end after a failure before giving up on it. */
    private static final long DRAIN_SECONDS = 150;

    /** Both sides, loaded, with when each started and ended (milliseconds since the start of both). */
    record Pair<A, B>(A first, B second, Span firstSpan, Span secondSpan) {
        /** The progress line that shows the two loads overlapping. */
        String timing(String firstRole, String secondRole) {
            return "loaded " + firstRole + " and " + secondRole + " at once: " + firstRole + " " + firstSpan + ", "
                    + secondRole + " " + secondSpan;
        }
    }

    /** One side's load, as offsets from the start of both. */
    record Span(long startMillis, long endMillis) {
        @Override
        public String toString() {
            return "+" + startMillis + " to +" + endMillis + " ms";
        }
    }

    private BothSides() {
    }

    /**
     * Runs {@code first} on the caller's thread and {@code second} on a daemon thread at the same time;
     * each is handed the log to write to, which serializes the lines of the two threads.
     *
     * @throws RuntimeException the first side's failure (the second is then interrupted and awaited),
     *                          else the second's, as thrown
     */
    static <A, B> Pair<A, B> load(ParityLog log, Function<ParityLog, A> first, Function<ParityLog, B> second) {
        ParityLog shared = serialized(log);
        long origin = System.nanoTime();
        List<Thread> started = new CopyOnWriteArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "schemaparity-side");
            thread.setDaemon(true);
            started.add(thread);
            return thread;
        });
        try {
            Future<Timed<B>> secondFuture = executor.submit(timed(origin, () -> second.apply(shared)));
            Timed<A> firstTimed;
            try {
                firstTimed = timed(origin, () -> first.apply(shared)).call();
            } catch (RuntimeException | Error e) {
                secondFuture.cancel(true);
                throw e;
            } catch (Exception e) {
                secondFuture.cancel(true);
                throw new IllegalStateException(e);
            }
            Timed<B> secondTimed = await(secondFuture);
            return new Pair<>(firstTimed.value(), secondTimed.value(), firstTimed.span(), secondTimed.span());
        } finally {
            executor.shutdownNow();
            awaitTermination(executor, started);
        }
    }

    private record Timed<T>(T value, Span span) {
    }

    private static <T> Callable<Timed<T>> timed(long origin, Callable<T> task) {
        return () -> {
            long start = System.nanoTime();
            T value = task.call();
            return new Timed<>(value, new Span(offset(origin, start), offset(origin, System.nanoTime())));
        };
    }

    private static long offset(long origin, long at) {
        return (at - origin) / 1_000_000;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the other side", e);
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static void awaitTermination(ExecutorService executor, List<Thread> started) {
        try {
            // Its session is closed by its own capture once the server answers; the thread is a daemon,
            // so a server that never answers cannot keep the JVM alive either.
            if (executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
                // The executor counts as terminated a moment before its thread has ended: join it, so that
                // nothing of this comparison is still running when it returns.
                for (Thread thread : started) {
                    thread.join(TimeUnit.SECONDS.toMillis(5));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One log for two threads: their lines must not interleave inside a log that is not thread-safe. */
    private static ParityLog serialized(ParityLog log) {
        return new ParityLog() {
            @Override
            public synchronized void info(String line) {
                log.info(line);
            }

            @Override
            public synchronized void warn(String line) {
                log.warn(line);
            }

            @Override
            public synchronized void error(String line) {
                log.error(line);
            }
        };
    }
}
