package io.github.schemaparity.capture;

import io.github.schemaparity.model.ReplicaState;
import io.github.schemaparity.SchemaParityException;
import io.github.schemaparity.jdbc.JdbcErrors;
import io.github.schemaparity.jdbc.ReadOnlySession;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a capture so that its catalog is one the database really had, and so that passing trouble on
 * a busy server or a hot standby does not fail the build.
 *
 * <p>Each attempt opens a fresh read-only session (one snapshot: see
 * {@link io.github.schemaparity.jdbc.ReadOnlyConnector}), asks whether the server is a replica and how
 * far behind, takes a {@link CatalogFingerprint}, runs the capture, ends the transaction and takes the
 * fingerprint again. Different fingerprints mean DDL committed meanwhile, and the attempt is repeated.
 * An attempt cancelled by a recovery conflict, a lock timeout, a deadlock, a lost connection or a
 * table definition change is repeated too, with one log line each, as long as {@link CaptureRetry}
 * allows; the last error is then thrown for {@link JdbcErrors#readFailed} to explain.
 */
public final class ConsistentCapture {

    /** The capture proper, over the attempt's connection. */
    @FunctionalInterface
    public interface Step<T> {
        /** Reads what the capture needs; only reads. */
        T read(Connection connection) throws SQLException;
    }

    /**
     * A capture that succeeded.
     *
     * @param value   what the step read
     * @param replica whether the server was a replica, and its lag, when the capture ran
     * @param retries how many attempts were repeated before this one
     */
    public record Result<T>(T value, ReplicaState replica, int retries) {
    }

    private ConsistentCapture() {
    }

    /**
     * Captures with retries.
     *
     * @param open  opens a new read-only session (called once per attempt)
     * @param step  the capture
     * @param retry how often and how long to try
     * @param role  how the log calls the captured side, e.g. {@code reference}
     * @param log   where each retry is reported, one line each
     * @throws SQLException the last attempt's error, when it was not transient or the retries are spent
     */
    public static <T> Result<T> run(Supplier<ReadOnlySession> open, Step<T> step, CaptureRetry retry, String role,
            Consumer<String> log) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + retry.totalTime().toNanos();
        for (int attempt = 1; ; attempt++) {
            String cause;
            try (ReadOnlySession session = open.get()) {
                Connection connection = session.connection();
                ReplicaState replica = session.dialect().replicaState(connection);
                String before = CatalogFingerprint.of(connection, session.dialect());
                T value = step.read(connection);
                connection.rollback();
                String after = CatalogFingerprint.of(connection, session.dialect());
                if (before.equals(after)) {
                    return new Result<>(value, replica, attempt - 1);
                }
                cause = "the catalog changed while it was read (DDL committed meanwhile)";
                if (!mayRetry(attempt, retry, deadline)) {
                    throw new SchemaParityException("The catalog of the " + role + " at "
                            + session.source().maskedUrl() + " changed during each of " + attempt + " captures in "
                            + seconds(start) + ": DDL is running; retry when it has finished, or raise"
                            + " schemaparity.capture.retries / schemaparity.capture.retryTime");
                }
            } catch (SQLException e) {
                if (!JdbcErrors.isTransient(e) || !mayRetry(attempt, retry, deadline)) {
                    if (attempt > 1) {
                        throw new SQLException(firstLine(e.getMessage()) + " [gave up after " + attempt
                                + " attempts in " + seconds(start) + "]", e.getSQLState(), e.getErrorCode(), e);
                    }
                    throw e;
                }
                cause = JdbcErrors.summary(e);
            }
            log.accept("capture of the " + role + " retried (attempt " + (attempt + 1) + " of " + retry.attempts()
                    + ", " + seconds(start) + " in): " + cause);
            pause(attempt);
        }
    }

    private static boolean mayRetry(int attempt, CaptureRetry retry, long deadline) {
        return attempt < retry.attempts() && System.nanoTime() < deadline;
    }

    /** Backs off a little more each time, so that replay or DDL can get ahead. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2_000, 100L * attempt * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaParityException("Capture interrupted while waiting to retry", e);
        }
    }

    private static String seconds(long start) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }
}
