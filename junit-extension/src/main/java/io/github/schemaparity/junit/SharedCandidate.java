package io.github.schemaparity.junit;

import io.github.schemaparity.engine.CandidateConfig;
import io.github.schemaparity.engine.LiveCandidate;
import io.github.schemaparity.log.ParityLog;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One candidate database in the root {@link ExtensionContext.Store}, started by the first test class
 * that needs it and closed by JUnit when the run ends. Starting happens once: a failure is remembered
 * and thrown again to every later class with the same configuration, so a broken migration does not
 * start one database per class.
 *
 * <p>It is both {@link AutoCloseable} (closed by JUnit 5.13+ and 6) and
 * {@link ExtensionContext.Store.CloseableResource} (closed by JUnit 5.10 to 5.12); JUnit calls one of
 * the two, never both.
 *
 * <p>It is stored under its {@link CandidateConfig}: classes whose configurations build the same
 * candidate (they differ only in policy or report folder) share it.
 */
@SuppressWarnings("deprecation") // CloseableResource: still what JUnit 5.10-5.12 close
final class SharedCandidate implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private final CandidateConfig config;
    private final ParityLog log;
    private LiveCandidate candidate;
    private RuntimeException failure;
    private boolean closed;

    SharedCandidate(CandidateConfig config, ParityLog log) {
        this.config = config;
        this.log = log;
    }

    /** The running candidate, started on the first call; the first call's failure on every later one. */
    synchronized LiveCandidate get() {
        if (closed) {
            throw new IllegalStateException("The SchemaParity candidate was already closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (candidate == null) {
            try {
                candidate = LiveCandidate.start(config, log);
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return candidate;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (candidate != null) {
            log.info("stopping candidate " + candidate.description());
            candidate.close();
        }
    }
}
