package io.github.schemaparity.junit;

import io.github.schemaparity.engine.CheckConfig;
import io.github.schemaparity.engine.LiveCandidate;
import io.github.schemaparity.log.ParityLog;
import io.github.schemaparity.engine.Source;
import io.github.schemaparity.provision.ExistingServer;
import io.github.schemaparity.provision.ProviderChoice;
import java.util.List;
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
 */
@SuppressWarnings("deprecation") // CloseableResource: still what JUnit 5.10-5.12 close
final class SharedCandidate implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    /**
     * What the candidate depends on: the migrations, the reference (its engine, major and schemas), and
     * how it is provisioned. Classes that differ only in policy or report folder share a candidate.
     */
    record Key(Source reference, List<String> flywayLocations, String liquibaseChangelog, String sqlFolder,
            ProviderChoice provider, String image, ExistingServer server, List<String> schemas, boolean privileges,
            String projectDir, boolean versionAware, String schemaMapping) {

        static Key of(CheckConfig config) {
            // versionAware decides which capture is compared: classes differing in it need their own candidate.
            return new Key(config.reference(), config.flywayLocations(), config.liquibaseChangelog(), config.sqlFolder(),
                    config.provider(), config.image(), config.server(), config.schemas(), config.privileges(),
                    config.projectDir().toAbsolutePath().normalize().toString(), config.versionAware(),
                    config.schemaMapping().toString());
        }
    }

    private final CheckConfig config;
    private final ParityLog log;
    private LiveCandidate candidate;
    private RuntimeException failure;
    private boolean closed;

    SharedCandidate(CheckConfig config, ParityLog log) {
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
