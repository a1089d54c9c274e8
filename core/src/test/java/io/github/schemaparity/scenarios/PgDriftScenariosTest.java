package io.github.schemaparity.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schemaparity.capture.CaptureOptions;
import io.github.schemaparity.database.postgres.PgCatalogReader;
import io.github.schemaparity.diff.CatalogDiffer;
import io.github.schemaparity.diff.DiffOptions;
import io.github.schemaparity.diff.Difference;
import io.github.schemaparity.model.Catalog;
import io.github.schemaparity.testing.PgServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One drift per object kind and attribute, end to end on real PostgreSQL of two majors: the reference
 * schema ({@code scenarios/pg-base.sql}) is built twice, the second copy is drifted by one statement,
 * both are captured, and the diff must name exactly the expected object, change and attribute.
 */
class PgDriftScenariosTest {

    private static final Map<String, Catalog> BASELINES = new ConcurrentHashMap<>();

    static Stream<Arguments> scenarios() {
        return Stream.of(PgServer.OLD, PgServer.NEW)
                .flatMap(major -> PgDriftScenarios.ALL.stream().map(d -> Arguments.of(major, d.name(), d.sql(), d.expected())));
    }

    @ParameterizedTest(name = "PostgreSQL {0}: {1}")
    @MethodSource("scenarios")
    void driftIsNamedExactly(String major, String name, String sql, List<DriftScenario.Expect> expected) throws Exception {
        PgServer server = PgServer.of(major);
        Catalog reference = baseline(server);
        String drifted = server.createDatabase("drift", baseSql(), sql);

        List<Difference> differences = new CatalogDiffer(DiffOptions.defaults()).diff(reference, capture(server, drifted));

        assertThat(differences).as("differences after: %s", sql).map(DriftScenario.Expect::of)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    static Catalog baseline(PgServer server) {
        return BASELINES.computeIfAbsent(server.major(), m -> {
            try {
                return capture(server, server.createDatabase("reference", baseSql()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static Catalog capture(PgServer server, String database) throws SQLException {
        try (Connection connection = server.connect(database)) {
            return new PgCatalogReader().read(connection, CaptureOptions.defaults());
        }
    }

    static String baseSql() {
        return PgDriftScenarios.baseSql();
    }
}
